// SPDX-License-Identifier: GPL-3.0-or-later
#include "RemediationWriter.h"

#include "RemediationPlan.h"
#include "RemediationScripts.h"

#include "util/CsvWriter.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace Rollcall {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(RemediationWriter)
};

// The files' text stays English whatever the reviewer's language: they go into signed evidence
// bundles, which must come out byte for byte the same on every machine (report/EvidenceReports.cpp);
// only the messages about writing them are translated.
QString en(const char* text)
{
    return QString::fromUtf8(text);
}

const QString Readme = QStringLiteral("README.txt");
const QString JiraFile = QStringLiteral("jira-tickets.csv");
const QString ScimBody = QStringLiteral(
    R"({"schemas":["urn:ietf:params:scim:api:messages:2.0:PatchOp"],"Operations":[{"op":"replace","path":"active","value":false}]})"
    "\n");

// Columns of <tool>-actions.csv: extended only at the end.
const QStringList ActionColumns = {QStringLiteral("tool"),         QStringLiteral("account"),
                                   QStringLiteral("login"),        QStringLiteral("email"),
                                   QStringLiteral("display_name"), QStringLiteral("action"),
                                   QStringLiteral("decision"),     QStringLiteral("due"),
                                   QStringLiteral("status"),       QStringLiteral("owner"),
                                   QStringLiteral("assignee"),     QStringLiteral("reason"),
                                   QStringLiteral("decision_id"),  QStringLiteral("decided_by"),
                                   QStringLiteral("decided_at"),   QStringLiteral("attestation_sha256"),
                                   QStringLiteral("class"),        QStringLiteral("privilege"),
                                   QStringLiteral("state_now"),    QStringLiteral("checked_snapshot"),
                                   QStringLiteral("note"),         QStringLiteral("step")};

// Jira's CSV import maps these on its "Map fields" page; a repeated Labels column adds labels.
const QStringList JiraColumns = {QStringLiteral("Summary"),  QStringLiteral("Issue Type"), QStringLiteral("Priority"),
                                 QStringLiteral("Due date"), QStringLiteral("Labels"),     QStringLiteral("Labels"),
                                 QStringLiteral("Labels"),   QStringLiteral("Description")};

bool isSafeName(const QString& name)
{
    static const QRegularExpression re(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,63}$"));
    return re.match(name).hasMatch();
}

QString scriptName(const QString& tool)
{
    return tool + QStringLiteral("-remediate.sh");
}

QString actionsName(const QString& tool)
{
    return tool + QStringLiteral("-actions.csv");
}

QString scimFolder(const QString& tool)
{
    return tool + QStringLiteral("-scim");
}

// A file name for an account's SCIM body: letters, digits, '_' and '-' only, made unique.
QStringList scimNames(const QList<RemediationItem>& items)
{
    QStringList names;
    QSet<QString> used;
    for (const RemediationItem& i : items) {
        QString base;
        for (const QChar c : i.accountKey)
            base += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('-') || c == QLatin1Char('_')
                        ? c
                        : QLatin1Char('_');
        if (base.isEmpty())
            base = QStringLiteral("account");
        base = base.left(80);
        QString name = base;
        for (int n = 2; used.contains(name); ++n)
            name = QStringLiteral("%1-%2").arg(base).arg(n);
        used.insert(name);
        names.append(scimFolder(i.tool) + QLatin1Char('/') + name + QStringLiteral(".json"));
    }
    return names;
}

QList<RemediationItem> actionable(const QList<RemediationItem>& items)
{
    QList<RemediationItem> out;
    for (const RemediationItem& i : items) {
        if (i.isActionable())
            out.append(i);
    }
    return out;
}

// A URL path segment: everything but unreserved characters (and ':', which account ids hold) encoded.
QString pathSegment(const QString& value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value, QByteArrayLiteral(":")));
}

QString csvText(const QStringList& header, const QList<QStringList>& rows)
{
    QString text = QChar(0xFEFF); // spreadsheets read UTF-8 only with a byte order mark
    text += csvRecord(header) + QStringLiteral("\r\n");
    for (const QStringList& row : rows)
        text += csvRecord(row) + QStringLiteral("\r\n");
    return text;
}

QString accountLabel(const RemediationItem& i)
{
    if (i.login.isEmpty() || i.login == i.accountKey)
        return i.accountKey;
    return QStringLiteral("%1 (%2)").arg(i.login, i.accountKey);
}

QStringList actionRow(const RemediationItem& i)
{
    return {i.tool,
            i.accountKey,
            i.login,
            i.email,
            i.displayName,
            i.action,
            i.decision,
            i.due.toString(Qt::ISODate),
            remediationStatusName(i.status),
            i.owner,
            i.assignee,
            i.reason,
            QString::number(i.decisionSeq),
            i.decidedBy,
            i.decidedAt,
            i.decisionHash,
            i.cls,
            i.privilege,
            i.stateNow,
            i.checkedSnapshot ? QString::number(i.checkedSnapshot) : QString(),
            i.note,
            i.step()};
}

// The shell command of one item, with every value from the data quoted.
QString itemCommand(const RemediationItem& i, const QString& scimBody, const QString& campaign)
{
    const QString id = i.vendorId();
    switch (i.vendor) {
    case RemediationVendor::GitHub:
        return QStringLiteral("github_remove ") + shellQuoted(pathSegment(id));
    case RemediationVendor::GitHubServer:
        return QStringLiteral("github_suspend %1 %2")
            .arg(shellQuoted(pathSegment(id)), shellQuoted(QStringLiteral("Rollcall %1, decision %2: %3")
                                                               .arg(campaign)
                                                               .arg(i.decisionSeq)
                                                               .arg(shellCommentText(i.reason))));
    case RemediationVendor::GitLab:
        if (i.format == QLatin1String("gitlab-users-api"))
            return QStringLiteral("gitlab_block ") + shellQuoted(pathSegment(id));
        return QStringLiteral("gitlab_block_username ") + shellQuoted(pathSegment(i.login.isEmpty() ? id : i.login));
    case RemediationVendor::Aws:
        if (i.accountKey.endsWith(QLatin1String(":root")))
            break;
        return (i.decision == QLatin1String("remove") ? QStringLiteral("aws_delete ")
                                                      : QStringLiteral("aws_disable ")) +
               shellQuoted(id);
    case RemediationVendor::Atlassian:
        return QStringLiteral("atlassian_disable ") + shellQuoted(pathSegment(id));
    case RemediationVendor::Slack:
        return QStringLiteral("slack_deactivate %1 %2").arg(shellQuoted(pathSegment(id)), shellQuoted(scimBody));
    case RemediationVendor::Manual:
        break;
    }
    const QString what =
        i.vendor == RemediationVendor::Aws
            ? en("secure the AWS root user of %1 in the console (it cannot be deleted)").arg(i.accountKey)
            : en("%1 %2 in %3 (%4)")
                  .arg(i.action == QLatin1String("remove") ? en("remove") : en("disable"), accountLabel(i), i.tool,
                       i.format);
    return QStringLiteral("manual ") + shellQuoted(shellCommentText(what));
}

QString scriptText(const RemediationPlan& plan, const QString& tool, const QList<RemediationItem>& items)
{
    const QList<RemediationItem> todo = actionable(items);
    const QStringList bodies = scimNames(todo);
    const QString format = items.isEmpty() ? QString() : items.constFirst().format;
    const RemediationVendor vendor = items.isEmpty() ? RemediationVendor::Manual : items.constFirst().vendor;
    QString text = QString::fromUtf8(RemediationScripts::Header);
    const QList<QPair<QString, QString>> fill = {
        {QStringLiteral("@TOOL@"), tool},
        {QStringLiteral("@FORMAT@"), format},
        {QStringLiteral("@CAMPAIGN@"), plan.campaign.name},
        {QStringLiteral("@AT@"), plan.generatedAt},
        {QStringLiteral("@FILE@"), scriptName(tool)},
        {QStringLiteral("@OPEN@"), QString::number(todo.size())},
        {QStringLiteral("@DONE@"), QString::number(items.size() - todo.size())}};
    for (const auto& [key, value] : fill)
        text.replace(key, shellCommentText(value));
    switch (vendor) {
    case RemediationVendor::GitHub:
        text += QString::fromUtf8(RemediationScripts::GitHub);
        break;
    case RemediationVendor::GitHubServer:
        text += QString::fromUtf8(RemediationScripts::GitHubServer);
        break;
    case RemediationVendor::GitLab:
        text += QString::fromUtf8(RemediationScripts::Api) + QString::fromUtf8(RemediationScripts::GitLab);
        break;
    case RemediationVendor::Aws:
        text += QString::fromUtf8(RemediationScripts::Aws);
        break;
    case RemediationVendor::Atlassian:
        text += QString::fromUtf8(RemediationScripts::Api) + QString::fromUtf8(RemediationScripts::Atlassian);
        break;
    case RemediationVendor::Slack:
        text += QString::fromUtf8(RemediationScripts::Api) + QString::fromUtf8(RemediationScripts::Slack);
        break;
    case RemediationVendor::Manual:
        break;
    }

    text += QStringLiteral("\n# The actions, one per decision.\n");
    for (qsizetype n = 0; n < todo.size(); ++n) {
        const RemediationItem& i = todo.at(n);
        const QStringList comment = {
            en("Decision %1: %2, by %3 on %4 (attestation sha256 %5).")
                .arg(QString::number(i.decisionSeq), i.decision, i.decidedBy, i.decidedAt, i.decisionHash),
            en("Reason: %1").arg(i.reason),
            en("Account: %1; owner: %2; action: %3, due %4; status: %5.")
                .arg(accountLabel(i), i.owner.isEmpty() ? en("none") : i.owner, i.action, i.due.toString(Qt::ISODate),
                     remediationStatusName(i.status)),
            en("Status: %1").arg(i.note)};
        text += QLatin1Char('\n');
        for (const QString& line : comment)
            text += QStringLiteral("# ") + shellCommentText(line) + QLatin1Char('\n');
        text += QStringLiteral("if due %1 %2; then\n    %3\nfi\n")
                    .arg(shellQuoted(i.due.toString(Qt::ISODate)),
                         shellQuoted(shellCommentText(QStringLiteral("%1 %2").arg(i.decision, accountLabel(i)))),
                         itemCommand(i, bodies.at(n), plan.campaign.name));
    }
    if (todo.isEmpty())
        text += QStringLiteral("printf 'nothing to do: every action is done\\n'\n");
    bool doneHeader = false;
    for (const RemediationItem& i : items) {
        if (i.isActionable())
            continue;
        if (!doneHeader)
            text += QStringLiteral("\n# Done already (the latest export says so):\n");
        doneHeader = true;
        text += QStringLiteral("# ") +
                shellCommentText(en("%1: %2 (decision %3 by %4)")
                                     .arg(accountLabel(i), i.note, QString::number(i.decisionSeq), i.decidedBy)) +
                QLatin1Char('\n');
    }
    return text;
}

QString jiraText(const RemediationPlan& plan)
{
    QList<QStringList> rows;
    const QString campaignLabel = QStringLiteral("rollcall-") + plan.campaign.name;
    for (const RemediationItem& i : plan.items) {
        if (!i.isActionable())
            continue;
        const QString priority = i.status == RemediationStatus::Overdue  ? QStringLiteral("Highest")
                                 : i.decision == QLatin1String("remove") ? QStringLiteral("High")
                                                                         : QStringLiteral("Medium");
        const QString summary = en("%1 %2 in %3 (Rollcall %4, decision %5)")
                                    .arg(i.action == QLatin1String("remove")    ? en("Remove")
                                         : i.action == QLatin1String("disable") ? en("Disable")
                                                                                : en("Expire"))
                                    .arg(accountLabel(i), i.tool, plan.campaign.name)
                                    .arg(i.decisionSeq);
        const QString description =
            en("Campaign %1 decided to %2 this account of %3.\n"
               "Account: %4\nE-mail: %5\nName: %6\nOwner: %7\nAction: %8, due %9\n")
                .arg(plan.campaign.name, i.decision, i.tool, accountLabel(i), i.email, i.displayName,
                     i.owner.isEmpty() ? en("none") : i.owner, i.action, i.due.toString(Qt::ISODate)) +
            en("Reason: %1\nDecided by %2 on %3; attestation %4, sha256 %5\nStatus: %6 (%7)\nHow: %8 (%9)")
                .arg(i.reason, i.decidedBy, i.decidedAt, QString::number(i.decisionSeq), i.decisionHash,
                     remediationStatusName(i.status), i.note, i.step(), scriptName(i.tool));
        rows.append({summary, QStringLiteral("Task"), priority, i.due.toString(Qt::ISODate), QStringLiteral("rollcall"),
                     campaignLabel, QStringLiteral("tool-") + i.tool, description});
    }
    return csvText(JiraColumns, rows);
}

QString readmeText(const RemediationPlan& plan)
{
    const RemediationCount t = plan.total();
    QString text = en("Rollcall remediation: campaign %1, generated %2\n"
                      "%3 action(s): %4 open, %5 overdue, %6 done.\n\n")
                       .arg(plan.campaign.name, plan.generatedAt)
                       .arg(t.total())
                       .arg(t.open)
                       .arg(t.overdue)
                       .arg(t.done);
    text += en("Per tool instance:\n"
               "  TOOL-actions.csv     every remove and expire decision in force: account, action (remove, disable,\n"
               "                       expire), due date, status (open, done, overdue), owner, reason, decision id\n"
               "                       (the attestation's seq and sha256). Cells are spreadsheet-safe.\n"
               "  TOOL-remediate.sh    the vendor's own commands for the actions not done yet, each under a comment\n"
               "                       naming its decision. A DRY RUN by default: `bash TOOL-remediate.sh` prints\n"
               "                       the commands; `bash TOOL-remediate.sh --apply` runs them.\n"
               "  TOOL-scim/ID.json    SCIM 2.0 PatchOp bodies (active: false) for tools whose account id is the\n"
               "                       SCIM User id (Slack); the script sends them.\n"
               "jira-tickets.csv       one ticket per action not done yet (Jira: System > External system import >\n"
               "                       CSV; date format yyyy-MM-dd).\n\n"
               "After the actions, import a newer export of each tool: `rollcall-cli remediation %1 --status`\n"
               "marks an action done when its account is gone from the tool or disabled in it.\n")
                .arg(plan.campaign.name);
    return text;
}

bool writeFile(const QString& path, const QByteArray& bytes, bool executable, QString* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = Tr::tr("%1: cannot write: %2").arg(path, file.errorString());
        return false;
    }
    if (executable) {
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner | QFile::ReadGroup |
                                        QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
    }
    return true;
}

} // namespace

QString shellQuoted(const QString& value)
{
    QString v = value;
    v.remove(QChar(0)); // a shell word cannot hold NUL
    v.replace(QLatin1Char('\''), QStringLiteral("'\\''"));
    return QLatin1Char('\'') + v + QLatin1Char('\'');
}

QString shellCommentText(const QString& value)
{
    QString out;
    out.reserve(value.size());
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        const bool breaks = u < 0x20 || u == 0x7F || u == 0x85 || u == 0x2028 || u == 0x2029;
        out += breaks ? QLatin1Char(' ') : c;
    }
    return out;
}

QStringList remediationFiles(const RemediationPlan& plan)
{
    QStringList files = {Readme, JiraFile};
    for (const QString& tool : plan.tools()) {
        const QList<RemediationItem> items = plan.itemsOf(tool);
        files << actionsName(tool) << scriptName(tool);
        if (!items.isEmpty() && isScimCapable(items.constFirst().vendor))
            files << scimNames(actionable(items));
    }
    std::sort(files.begin(), files.end());
    return files;
}

bool writeRemediation(const RemediationPlan& plan, const QString& dir, QString* error)
{
    auto fail = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    const QFileInfo target(dir);
    if (target.isSymLink())
        return fail(Tr::tr("%1: is a symbolic link; give a new folder").arg(dir));
    if (target.exists()) {
        if (!target.isDir())
            return fail(Tr::tr("%1: exists and is not a folder").arg(dir));
        if (!QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return fail(Tr::tr("%1: the folder is not empty; give a new one").arg(dir));
    } else if (!QDir().mkpath(dir)) {
        return fail(Tr::tr("%1: cannot create the folder").arg(dir));
    }
    const QDir out(dir);
    for (const QString& tool : plan.tools()) {
        if (!isSafeName(tool))
            return fail(Tr::tr("tool instance '%1': expected lower-case letters, digits, '.', '_' or '-' for a file "
                               "name")
                            .arg(tool));
    }
    if (!writeFile(out.filePath(Readme), readmeText(plan).toUtf8(), false, error) ||
        !writeFile(out.filePath(JiraFile), jiraText(plan).toUtf8(), false, error))
        return false;
    for (const QString& tool : plan.tools()) {
        const QList<RemediationItem> items = plan.itemsOf(tool);
        QList<QStringList> rows;
        for (const RemediationItem& i : items)
            rows.append(actionRow(i));
        if (!writeFile(out.filePath(actionsName(tool)), csvText(ActionColumns, rows).toUtf8(), false, error) ||
            !writeFile(out.filePath(scriptName(tool)), scriptText(plan, tool, items).toUtf8(), true, error))
            return false;
        if (items.isEmpty() || !isScimCapable(items.constFirst().vendor))
            continue;
        const QStringList bodies = scimNames(actionable(items));
        if (!bodies.isEmpty() && !out.mkpath(scimFolder(tool)))
            return fail(Tr::tr("%1: cannot create the folder").arg(out.filePath(scimFolder(tool))));
        for (const QString& body : bodies) {
            if (!writeFile(out.filePath(body), ScimBody.toUtf8(), false, error))
                return false;
        }
    }
    return true;
}

} // namespace Rollcall
