// SPDX-License-Identifier: GPL-3.0-or-later
// Atlassian Cloud admin "Export users" (2021+): fixed columns plus dynamic "Last seen in <product> - <site>".
#include "CsvFormat.h"
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
        static const QStringList dateFormats = {QStringLiteral("d MMM yyyy"), QStringLiteral("d MMM yyyy HH:mm:ss")};
        static const QStringList never = {QStringLiteral("Never accessed"), QStringLiteral("Never logged in")};
        static const QRegularExpression lastSeen(QStringLiteral("^lastseenin"));
        ParseError error;
        AccountRecord r;
        r.line = row.line();
        r.raw = row.text();
        if (!row.required("userid", r.accountKey, error))
            return session.fail(error);
        // Exports with group membership repeat a user on one row per group: the first row stands for all.
        if (session.seen(r.accountKey))
            return true;
        r.email = row.value("email");
        r.login = r.email;
        r.displayName = row.value("username");
        const QString status = row.value("userstatus");
        r.state = status.startsWith(QLatin1String("active"), Qt::CaseInsensitive) ? ToolState::Active
                                                                                  : ToolState::Deactivated;
        r.toolRole = row.value("orgrole");
        r.privilege =
            r.toolRole.contains(QLatin1String("admin"), Qt::CaseInsensitive) ? Privilege::Admin : Privilege::Member;
        if (!row.timestamp("addedtoorg", r.created, error, {}, dateFormats))
            return session.fail(error);

        bool anyProduct = false;
        bool allNever = true;
        for (const QString& column : row.normalisedColumns()) {
            if (!lastSeen.match(column).hasMatch())
                continue;
            anyProduct = true;
            const QString v = row.value(column);
            if (v.isEmpty() || never.contains(v, Qt::CaseInsensitive)) {
                if (r.lastActivityRaw.isEmpty())
                    r.lastActivityRaw = v;
                continue;
            }
            allNever = false;
            // "Not active in the last 180 days", "Before 11 Feb 2017": no exact date, but used once.
            if (v.startsWith(QLatin1String("Not active"), Qt::CaseInsensitive) ||
                v.startsWith(QLatin1String("Before"), Qt::CaseInsensitive)) {
                r.lastActivityRaw = v;
                continue;
            }
            std::optional<QDateTime> seen;
            if (!row.timestamp(column, seen, error, {}, dateFormats))
                return session.fail(error);
            if (seen && (!r.lastActivity || *seen > *r.lastActivity))
                r.lastActivity = seen;
        }
        r.neverUsed = anyProduct && allNever;
        if (r.lastActivity)
            r.lastActivityRaw.clear();
        return session.addAccount(r);
    }
};

} // namespace

const Format* atlassianUsersFormat()
{
    static const AtlassianUsersFormat format;
    return &format;
}

} // namespace Rollcall
