// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReviewPackage.h"

#include "campaign/CampaignStore.h"
#include "campaign/DecisionService.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/CsvWriter.h"
#include "util/Timestamps.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rollcall {

namespace {

const QString PackageFormat = QStringLiteral("rollcall-review-package");
constexpr int PackageVersion = 1;
const QString ManifestFile = QStringLiteral("package.json");
const QString CsvFile = QStringLiteral("accounts.csv");
const QString JsonFile = QStringLiteral("accounts.json");
const QString ReadmeFile = QStringLiteral("README.txt");
constexpr qint64 MaxManifestSize = 1024 * 1024;

QString currentDecision(const CampaignItem& item)
{
    if (!item.decision || !item.decisionBy)
        return {};
    const QMap<QString, QString> f = item.decisionBy->fieldMap();
    QString text = decisionKindName(*item.decision);
    if (f.contains(QStringLiteral("until")))
        text += QStringLiteral(" until ") + f.value(QStringLiteral("until"));
    if (f.contains(QStringLiteral("owner")))
        text += QStringLiteral(", owner ") + f.value(QStringLiteral("owner"));
    return text + QStringLiteral(" (%1, %2)").arg(item.decisionBy->reviewer, item.decisionBy->at.left(10));
}

QString kindsText(const QList<DecisionKind>& kinds)
{
    QStringList names;
    for (DecisionKind k : kinds)
        names.append(decisionKindName(k));
    return names.join(QLatin1Char(' '));
}

} // namespace

ReviewPackage::ReviewPackage(Store& store, const Rules& rules)
    : m_store(store)
    , m_rules(rules)
{}

bool ReviewPackage::fail(const QString& message)
{
    m_error = message;
    return false;
}

QStringList ReviewPackage::csvColumns()
{
    return {QStringLiteral("tool"),
            QStringLiteral("account"),
            QStringLiteral("login"),
            QStringLiteral("email"),
            QStringLiteral("display_name"),
            QStringLiteral("class"),
            QStringLiteral("privilege"),
            QStringLiteral("tool_role"),
            QStringLiteral("risk"),
            QStringLiteral("recommendation"),
            QStringLiteral("explanation"),
            QStringLiteral("carry_note"),
            QStringLiteral("current_decision"),
            QStringLiteral("allowed_decisions"),
            QStringLiteral("decision"),
            QStringLiteral("owner"),
            QStringLiteral("until"),
            QStringLiteral("purpose"),
            QStringLiteral("rotation"),
            QStringLiteral("reason"),
            QStringLiteral("to")};
}

QString ReviewPackage::safeFile(const QString& dir, const QString& name, QString& error)
{
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String("..") ||
        name.contains(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || QDir::isAbsolutePath(name)) {
        error = tr("%1: '%2' is not a plain file name inside the package").arg(dir, name);
        return {};
    }
    const QFileInfo folder(dir);
    if (folder.isSymLink()) {
        error = tr("%1: is a symbolic link; a package is a plain folder").arg(dir);
        return {};
    }
    if (!folder.isDir()) {
        error = tr("%1: no such folder").arg(dir);
        return {};
    }
    const QString path = QDir(dir).filePath(name);
    const QFileInfo file(path);
    if (file.isSymLink()) {
        error = tr("%1: is a symbolic link; a package holds plain files only").arg(path);
        return {};
    }
    if (!file.exists()) {
        error = tr("%1: missing from the package").arg(path);
        return {};
    }
    if (!file.isFile()) {
        error = tr("%1: not a plain file").arg(path);
        return {};
    }
    if (QFileInfo(file.canonicalFilePath()).absolutePath() != folder.canonicalFilePath()) {
        error = tr("%1: lies outside the package folder").arg(path);
        return {};
    }
    return path;
}

bool ReviewPackage::exportPackage(const QString& campaign, const QString& tool, const QString& dir, PackageExport& out)
{
    out = {};
    CampaignStore campaigns(m_store, m_rules);
    CampaignInfo info;
    if (!campaigns.load(campaign, info))
        return fail(campaigns.errorString());
    if (info.closed)
        return fail(tr("%1: campaign %2 was closed on %3; nothing left to decide")
                        .arg(m_store.path(), info.name, info.closedAt));
    const QString reviewer = info.reviewers.value(tool);
    QList<CampaignItem> items;
    if (!campaigns.items(info, items))
        return fail(campaigns.errorString());
    QList<CampaignItem> mine;
    bool toolInScope = false;
    for (const CampaignItem& i : std::as_const(items)) {
        if (i.tool != tool)
            continue;
        toolInScope = true;
        if (!reviewer.isEmpty() && i.reviewer == reviewer)
            mine.append(i);
        else
            ++out.excluded;
    }
    if (!toolInScope)
        return fail(tr("%1: tool '%2' has no account in campaign %3").arg(m_store.path(), tool, info.name));
    if (reviewer.isEmpty())
        return fail(tr("%1: tool '%2' has no reviewer in campaign %3 (name one at the start with --reviewer %2=EMAIL)")
                        .arg(m_store.path(), tool, info.name));

    const QFileInfo target(dir);
    if (target.isSymLink())
        return fail(tr("%1: is a symbolic link; give a new folder").arg(dir));
    if (target.exists()) {
        if (!target.isDir())
            return fail(tr("%1: exists and is not a folder").arg(dir));
        if (!QDir(dir).isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
            return fail(tr("%1: the folder is not empty; give a new one").arg(dir));
    } else if (!QDir().mkpath(dir)) {
        return fail(tr("%1: cannot create the folder").arg(dir));
    }

    QByteArray csv = "\xEF\xBB\xBF"; // spreadsheets read UTF-8 only with a byte order mark
    csv += csvRecord(csvColumns()).toUtf8() + "\r\n";
    QJsonArray accounts;
    for (const CampaignItem& i : std::as_const(mine)) {
        QList<DecisionKind> allowed = DecisionService::allowedDecisions(i, true);
        allowed.removeAll(DecisionKind::Undo); // an undo is for Rollcall itself, with the history in view
        QString owner = i.owner;
        if (i.decisionBy && i.decisionBy->fieldMap().contains(QStringLiteral("owner")))
            owner = i.decisionBy->field(QStringLiteral("owner"));
        const QStringList row = {i.tool,
                                 i.accountKey,
                                 i.login,
                                 i.email,
                                 i.displayName,
                                 i.cls,
                                 i.privilege,
                                 i.toolRole,
                                 QString::number(i.risk),
                                 i.recommendation,
                                 i.explanation,
                                 i.carryNote,
                                 currentDecision(i),
                                 kindsText(allowed),
                                 QString(),
                                 owner,
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString(),
                                 QString()};
        csv += csvRecord(row).toUtf8() + "\r\n";
        QJsonArray allowedJson;
        for (DecisionKind k : allowed)
            allowedJson.append(decisionKindName(k));
        accounts.append(QJsonObject{{QStringLiteral("tool"), i.tool},
                                    {QStringLiteral("account"), i.accountKey},
                                    {QStringLiteral("login"), i.login},
                                    {QStringLiteral("email"), i.email},
                                    {QStringLiteral("display_name"), i.displayName},
                                    {QStringLiteral("class"), i.cls},
                                    {QStringLiteral("privilege"), i.privilege},
                                    {QStringLiteral("tool_role"), i.toolRole},
                                    {QStringLiteral("risk"), i.risk},
                                    {QStringLiteral("recommendation"), i.recommendation},
                                    {QStringLiteral("explanation"), i.explanation},
                                    {QStringLiteral("carry_note"), i.carryNote},
                                    {QStringLiteral("owner"), owner},
                                    {QStringLiteral("owner_status"), i.ownerStatus},
                                    {QStringLiteral("current_decision"), currentDecision(i)},
                                    {QStringLiteral("allowed_decisions"), allowedJson}});
    }
    const QJsonObject header{{QStringLiteral("campaign"), info.name},
                             {QStringLiteral("tool"), tool},
                             {QStringLiteral("reviewer"), reviewer},
                             {QStringLiteral("due"), info.due.toString(Qt::ISODate)}};
    QJsonObject jsonRoot = header;
    jsonRoot.insert(QStringLiteral("accounts"), accounts);
    const QByteArray json = QJsonDocument(jsonRoot).toJson(QJsonDocument::Indented);

    const QString readme =
        tr("Review package: tool %1, campaign %2, due %3\n"
           "Reviewer: %4\n"
           "\n"
           "accounts.csv (and accounts.json, the same accounts) lists the %5 account(s) of %1 you review.\n"
           "For each one you decide now, fill in the column \"decision\" with one of the decisions its column\n"
           "\"allowed_decisions\" lists, and the columns that decision needs:\n"
           "\n"
           "  reconcile   owner: the e-mail of the person in the directory who owns the account\n"
           "  certify     owner (an active person), purpose (the business purpose) and until (the expiry,\n"
           "              YYYY-MM-DD; external accounts at most 90 days away, service accounts 365);\n"
           "              reason (the justification) for unmanaged accounts; rotation (YYYY-MM-DD, by when\n"
           "              its credentials are rotated) for break-glass accounts\n"
           "  expire      until: the day access ends (YYYY-MM-DD)\n"
           "  remove      access is revoked now; a reason is welcome\n"
           "  reassign    to: the e-mail of the reviewer who should decide instead\n"
           "  needs-info  reason: what information is missing\n"
           "\n"
           "Leave \"decision\" empty for an account you do not decide now. Do not change the columns tool and\n"
           "account; the other columns are for information. Dates as YYYY-MM-DD.\n"
           "You cannot decide on an account you own yourself: reassign it.\n"
           "Orphaned and privileged accounts cannot be certified from a package: decide them on their own in\n"
           "Rollcall, or mark them needs-info.\n"
           "\n"
           "Send the folder back. It is imported with\n"
           "    rollcall-cli package import %2 FOLDER\n"
           "which records every decision with you as reviewer, after the same checks as any decision;\n"
           "removals and expiries are recorded once their count is confirmed.\n")
            .arg(tool, info.name, info.due.toString(Qt::ISODate), reviewer)
            .arg(mine.size());
    const QByteArray readmeBytes = readme.toUtf8();

    QJsonObject files{{CsvFile, sha256Hex(csv)}, {JsonFile, sha256Hex(json)}, {ReadmeFile, sha256Hex(readmeBytes)}};
    QJsonObject decisions{
        {QStringLiteral("reconcile"), QStringLiteral("owner")},
        {QStringLiteral("certify"), QStringLiteral("owner, purpose, until; reason for unmanaged accounts; rotation "
                                                   "for break-glass accounts")},
        {QStringLiteral("expire"), QStringLiteral("until")},
        {QStringLiteral("remove"), QString()},
        {QStringLiteral("reassign"), QStringLiteral("to")},
        {QStringLiteral("needs-info"), QStringLiteral("reason")}};
    QJsonObject manifest = header;
    manifest.insert(QStringLiteral("format"), PackageFormat);
    manifest.insert(QStringLiteral("version"), PackageVersion);
    manifest.insert(QStringLiteral("exported_at"), formatIsoTimestamp(Clock::nowUtc()));
    manifest.insert(QStringLiteral("accounts"), qint64(mine.size()));
    manifest.insert(QStringLiteral("files"), files);
    manifest.insert(QStringLiteral("allowed_decisions"), decisions);
    const QByteArray manifestBytes = QJsonDocument(manifest).toJson(QJsonDocument::Indented);

    for (const auto& [name, bytes] : {std::pair{ManifestFile, manifestBytes}, std::pair{CsvFile, csv},
                                      std::pair{JsonFile, json}, std::pair{ReadmeFile, readmeBytes}}) {
        // NewOnly: never through a file (or a symbolic link) that appeared in the folder meanwhile.
        QFile f(QDir(dir).filePath(name));
        if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly) || f.write(bytes) != bytes.size() || !f.flush())
            return fail(tr("%1: cannot write: %2").arg(f.fileName(), f.errorString()));
        out.files.append(f.fileName());
    }
    out.dir = dir;
    out.reviewer = reviewer;
    out.accounts = mine.size();
    return true;
}

bool ReviewPackage::open(const QString& dir, PackageManifest& manifest, QString& csvPath)
{
    manifest = {};
    const QFileInfo folder(dir);
    if (folder.isSymLink())
        return fail(tr("%1: is a symbolic link; a package is a plain folder").arg(dir));
    if (!folder.isDir())
        return fail(tr("%1: no such folder").arg(dir));
    const QFileInfoList entries =
        QDir(dir).entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System);
    for (const QFileInfo& e : entries) {
        if (e.isSymLink())
            return fail(
                tr("%1: is a symbolic link; a package holds plain files only, so it is refused").arg(e.filePath()));
    }
    QString error;
    const QString manifestPath = safeFile(dir, ManifestFile, error);
    if (manifestPath.isEmpty())
        return fail(error);
    csvPath = safeFile(dir, CsvFile, error);
    if (csvPath.isEmpty())
        return fail(error);
    QFile f(manifestPath);
    if (f.size() > MaxManifestSize)
        return fail(tr("%1: too large for a package manifest").arg(manifestPath));
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot read: %2").arg(manifestPath, f.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &parseError);
    if (doc.isNull())
        return fail(tr("%1: not JSON: %2").arg(manifestPath, parseError.errorString()));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != PackageFormat)
        return fail(tr("%1: not a Rollcall review package").arg(manifestPath));
    if (o.value(QStringLiteral("version")).toInt() != PackageVersion)
        return fail(tr("%1: package version %2; this Rollcall reads version %3")
                        .arg(manifestPath)
                        .arg(o.value(QStringLiteral("version")).toInt())
                        .arg(PackageVersion));
    manifest.campaign = o.value(QStringLiteral("campaign")).toString();
    manifest.tool = o.value(QStringLiteral("tool")).toString();
    manifest.reviewer = o.value(QStringLiteral("reviewer")).toString();
    manifest.due = o.value(QStringLiteral("due")).toString();
    manifest.exportedAt = o.value(QStringLiteral("exported_at")).toString();
    manifest.accounts = o.value(QStringLiteral("accounts")).toInteger();
    if (manifest.campaign.isEmpty() || manifest.tool.isEmpty() || manifest.reviewer.isEmpty())
        return fail(tr("%1: campaign, tool or reviewer is missing").arg(manifestPath));
    return true;
}

bool ReviewPackage::plan(const QString& campaign, const PackageManifest& manifest, const DecisionTable& table,
                         BatchPlan& out)
{
    out = {};
    CampaignStore campaigns(m_store, m_rules);
    CampaignInfo info;
    if (!campaigns.load(campaign, info))
        return fail(campaigns.errorString());
    if (manifest.campaign != info.name)
        return fail(tr("%1: the package is for campaign %2, not %3").arg(table.fileName, manifest.campaign, info.name));
    const QString reviewer = info.reviewers.value(manifest.tool);
    if (reviewer.isEmpty())
        return fail(tr("%1: tool '%2' has no reviewer in campaign %3").arg(table.fileName, manifest.tool, info.name));
    if (reviewer != manifest.reviewer.trimmed().toLower())
        return fail(tr("%1: the package was made for %2, but the reviewer of %3 in campaign %4 is %5")
                        .arg(table.fileName, manifest.reviewer, manifest.tool, info.name, reviewer));
    DecisionService service(m_store, m_rules);
    QList<DecisionRequest> requests;
    qint64 skipped = 0;
    if (!service.requestsFromTable(table, requests, &skipped))
        return fail(service.errorString());
    for (const DecisionRequest& r : std::as_const(requests)) {
        if (r.tool != manifest.tool)
            return fail(tr("%1: tool '%2': this package is for %3 only").arg(r.source, r.tool, manifest.tool));
    }
    if (requests.isEmpty())
        return fail(
            tr("%1: no decision filled in (the column \"decision\" is empty on every row)").arg(table.fileName));
    if (!service.plan(info.name, requests, reviewer, out))
        return fail(service.errorString());
    out.skipped = skipped;
    return true;
}

} // namespace Rollcall
