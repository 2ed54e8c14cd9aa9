// SPDX-License-Identifier: GPL-3.0-or-later
#include "ToolCsvSupport.h"

#include <QRegularExpression>

namespace Rollcall {

AccountRecord& foldRow(ImportSession& session, const CsvRow& row, const QString& key, bool* created)
{
    bool first = false;
    AccountRecord& r = session.foldAccount(key, &first);
    if (first) {
        r.line = row.line();
        r.raw = row.text();
    } else {
        r.raw += QLatin1Char('\n') + row.text();
    }
    if (created)
        *created = first;
    return r;
}

const QString* gitLabAccessPrivilege(const QString& name)
{
    // Owner and Maintainer administer the group or project, Developer pushes code, Reporter, Planner and Guest
    // read, Minimal Access sees only the group. Ranked by privilegeRank, the privileges keep GitLab's order.
    static const struct
    {
        const char* name;
        const QString* privilege;
    } levels[] = {{"owner", &Privilege::Owner},        {"maintainer", &Privilege::Admin},
                  {"developer", &Privilege::Member},   {"reporter", &Privilege::Read},
                  {"planner", &Privilege::Read},       {"guest", &Privilege::Read},
                  {"minimal access", &Privilege::None}};
    const QString n = name.simplified().toLower();
    for (const auto& level : levels) {
        if (n == QLatin1String(level.name))
            return level.privilege;
    }
    return nullptr;
}

void addGitLabMembership(ImportSession& session, AccountRecord& r, const QString& path, const QString& role,
                         const QString& privilege, const std::optional<QDateTime>& lastActivity)
{
    if (lastActivity && (!r.lastActivity || *lastActivity > *r.lastActivity))
        r.lastActivity = lastActivity;
    if (privilegeRank(privilege) > privilegeRank(r.privilege))
        r.privilege = privilege;
    session.foldedMemberships(r.accountKey).append(QStringLiteral("%1: %2").arg(path, role));
}

QString firstColumn(const CsvRow& row, const QStringList& normalisedNames)
{
    for (const QString& name : normalisedNames) {
        if (row.has(name))
            return name;
    }
    return {};
}

QString firstValue(const CsvRow& row, const QStringList& normalisedNames)
{
    const QString name = firstColumn(row, normalisedNames);
    return name.isEmpty() ? QString() : row.value(name);
}

void addOtherEmails(AccountRecord& r, const QString& cell)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString& address : cell.split(separators, Qt::SkipEmptyParts)) {
        if (address.compare(r.email, Qt::CaseInsensitive) != 0 && !r.otherEmails.contains(address, Qt::CaseInsensitive))
            r.otherEmails.append(address);
    }
}

bool readGitHubTwoFactor(const CsvRow& row, const QString& normalisedName, std::optional<bool>& mfa, ParseError& error)
{
    if (normalisedName.isEmpty())
        return true;
    const QString v = row.value(normalisedName).toLower();
    if (v == QLatin1String("enabled")) {
        mfa = true;
        return true;
    }
    if (v == QLatin1String("disabled")) {
        mfa = false;
        return true;
    }
    if (row.boolean(normalisedName, mfa, error))
        return true;
    error = row.fieldError(normalisedName,
                           QCoreApplication::translate("ToolCsvSupport", "true, false, enabled or disabled"));
    return false;
}

const QStringList& atlassianDateFormats()
{
    static const QStringList formats = {QStringLiteral("d MMM yyyy"), QStringLiteral("d MMM yyyy HH:mm:ss")};
    return formats;
}

bool readAtlassianActivity(const CsvRow& row, const QString& productPrefix, const QStringList& otherColumns,
                           AccountRecord& r, ParseError& error)
{
    static const QStringList never = {QStringLiteral("Never logged in"), QStringLiteral("Never accessed")};
    bool anyProduct = false;
    bool allNever = true;
    for (const QString& column : row.normalisedColumns()) {
        const bool product = column.startsWith(productPrefix);
        if (!product && !otherColumns.contains(column))
            continue;
        anyProduct = anyProduct || product;
        const QString v = row.value(column);
        if (v.isEmpty() || never.contains(v, Qt::CaseInsensitive)) {
            if (r.lastActivityRaw.isEmpty())
                r.lastActivityRaw = v;
            continue;
        }
        if (product)
            allNever = false;
        // "Not active in the last 180 days", "Before 11 Feb 2017": used once, no exact date.
        if (v.startsWith(QLatin1String("Not active"), Qt::CaseInsensitive) ||
            v.startsWith(QLatin1String("Before"), Qt::CaseInsensitive)) {
            r.lastActivityRaw = v;
            continue;
        }
        std::optional<QDateTime> seen;
        if (!row.timestamp(column, seen, error, {}, atlassianDateFormats()))
            return false;
        if (seen && (!r.lastActivity || *seen > *r.lastActivity))
            r.lastActivity = seen;
    }
    r.neverUsed = anyProduct && allNever && !r.lastActivity;
    if (r.lastActivity)
        r.lastActivityRaw.clear();
    return true;
}

} // namespace Rollcall
