// SPDX-License-Identifier: GPL-3.0-or-later
// Atlassian Cloud admin "Export users" (2021+): fixed columns plus dynamic "<product> - <site>" (product access)
// and "Last seen in <product> - <site>" columns.
#include "ToolCsvSupport.h"
#include "formats/Formats.h"

#include <QRegularExpression>

namespace Rollcall {

namespace {

class AtlassianUsersFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(AtlassianUsersFormat)

public:
    QString id() const override { return QStringLiteral("atlassian-users"); }
    QString title() const override { return tr("Atlassian Cloud \"Export users\" CSV (2021+)"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override { return tr("CSV header with User id, User name, email and User status"); }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"userid", "username", "email", "userstatus"});
    }

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        ParseError error;
        AccountRecord r;
        r.line = row.line();
        r.raw = row.text();
        if (!row.required("userid", r.accountKey, error))
            return session.fail(error);
        r.email = row.value("email");
        r.login = r.email;
        r.displayName = row.value("username");
        const QString status = row.value("userstatus");
        r.state = status.startsWith(QLatin1String("active"), Qt::CaseInsensitive) ? ToolState::Active
                                                                                  : ToolState::Deactivated;
        readRoles(row, r);
        if (!row.timestamp("addedtoorg", r.created, error, {}, atlassianDateFormats()) ||
            !readAtlassianActivity(row, QStringLiteral("lastseenin"), {}, r, error))
            return session.fail(error);
        // Exports with group membership repeat a user on one row per group: the first row stands for all.
        return session.addAccount(r, ImportSession::Repeats::KeepFirst);
    }

private:
    // "Org role" and, when the export has them, the product access columns "<Product> - <site>" (User, Product
    // admin, User access admin...; empty when the user has no access to that product).
    static void readRoles(const CsvRow& row, AccountRecord& r)
    {
        static const QRegularExpression productAccess(QStringLiteral("^(?!Last seen in )(.+) - (.+)$"),
                                                      QRegularExpression::CaseInsensitiveOption);
        const QString orgRole = row.value("orgrole");
        bool admin = orgRole.contains(QLatin1String("admin"), Qt::CaseInsensitive);
        bool anyProduct = false;
        QStringList access;
        for (int column : row.columnsMatching(productAccess)) {
            const QString header = row.headerAt(column);
            anyProduct = true;
            const QString v = row.valueAt(column);
            if (v.isEmpty() || v.compare(QLatin1String("None"), Qt::CaseInsensitive) == 0 ||
                v.compare(QLatin1String("No access"), Qt::CaseInsensitive) == 0)
                continue;
            access.append(QStringLiteral("%1: %2").arg(header, v));
            admin = admin || v.contains(QLatin1String("admin"), Qt::CaseInsensitive) ||
                    v.compare(QLatin1String("Trusted"), Qt::CaseInsensitive) == 0;
        }
        if (admin)
            r.privilege = Privilege::Admin;
        else if (anyProduct && access.isEmpty())
            r.privilege = Privilege::None; // in the organisation, without access to any product
        else
            r.privilege = Privilege::Member;
        QStringList parts;
        if (!orgRole.isEmpty() &&
            (access.isEmpty() || orgRole.compare(QLatin1String("None"), Qt::CaseInsensitive) != 0))
            parts.append(orgRole);
        parts.append(access);
        r.toolRole = parts.join(QLatin1String(", "));
    }
};

} // namespace

const Format* atlassianUsersFormat()
{
    static const AtlassianUsersFormat format;
    return &format;
}

} // namespace Rollcall
