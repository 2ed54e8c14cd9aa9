// SPDX-License-Identifier: GPL-3.0-or-later
// rollcall-cli: campaigns, decisions, review packages and the attestation log (issue 6).
#include "Cli.h"
#include "TextTable.h"

#include "CsvReader.h"
#include "campaign/CampaignStore.h"
#include "campaign/ChainVerifier.h"
#include "campaign/DecisionService.h"
#include "campaign/OwnerDirectory.h"
#include "campaign/ReviewPackage.h"
#include "domain/Rules.h"
#include "remediation/RemediationPlan.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Rollcall {

namespace {

bool stdinIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stdin)) != 0;
#else
    return isatty(STDIN_FILENO) != 0;
#endif
}

std::optional<QDate> isoDate(const QString& text)
{
    const QDate d = QDate::fromString(text.trimmed(), QStringLiteral("yyyy-MM-dd"));
    return d.isValid() ? std::optional<QDate>(d) : std::nullopt;
}

// A decisions CSV through the importers' reader: spreadsheet re-saves (BOM, UTF-16, `;`) read as any export.
bool readDecisionTable(const QString& path, const QString& shownName, DecisionTable& table, QString& error)
{
    table = {};
    table.fileName = shownName;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        error = QStringLiteral("%1: %2").arg(shownName, file.errorString());
        return false;
    }
    CsvReader reader(&file);
    if (!reader.readHeader()) {
        error = reader.error().format(shownName);
        return false;
    }
    table.header = reader.header();
    {
        QFile bytes(path);
        if (bytes.open(QIODevice::ReadOnly))
            table.sha256 = sha256Hex(bytes.readAll());
    }
    CsvRecord record;
    while (reader.readRecord(record))
        table.rows.append({record.line, record.fields});
    if (reader.error().isSet()) {
        error = reader.error().format(shownName);
        return false;
    }
    return true;
}

QString percent(qint64 part, qint64 whole)
{
    return whole ? QStringLiteral("%1%").arg(part * 100 / whole) : QStringLiteral("-");
}

} // namespace

int Cli::campaign()
{
    if (m_args.isEmpty())
        return usage(tr("campaign needs a subcommand: start, status or close"));
    const QString sub = m_args.takeFirst();
    if (sub == QLatin1String("start"))
        return campaignStart();
    if (sub == QLatin1String("status"))
        return campaignStatus();
    if (sub == QLatin1String("close"))
        return campaignClose();
    return usage(tr("unknown campaign subcommand '%1'; expected start, status or close").arg(sub));
}

int Cli::campaignStart()
{
    if (m_args.size() != 1)
        return usage(tr("campaign start NAME --due YYYY-MM-DD [--tool T]... [--class C]... [--reviewer TOOL=EMAIL]... "
                        "[--owner EMAIL]"));
    StartRequest request;
    request.name = m_args.first();
    if (!CampaignStore::isValidName(request.name))
        return usage(
            tr("campaign name '%1': expected letters, digits, '.', '_' or '-', such as 2026-Q4").arg(request.name));
    const std::optional<QDate> due = isoDate(m_parser.value(QStringLiteral("due")));
    if (!due)
        return usage(tr("campaign start needs --due YYYY-MM-DD"));
    request.due = *due;
    request.tools = m_parser.values(QStringLiteral("tool"));
    request.classes = m_parser.values(QStringLiteral("class"));
    for (const QString& value : m_parser.values(QStringLiteral("reviewer"))) {
        const qsizetype eq = value.indexOf(QLatin1Char('='));
        if (eq <= 0 || eq == value.size() - 1)
            return usage(tr("--reviewer '%1': expected TOOL=EMAIL, such as aws-prod=ada@example.com").arg(value));
        const QString tool = value.left(eq).trimmed();
        if (request.reviewers.contains(tool))
            return usage(tr("--reviewer: tool '%1' is given twice").arg(tool));
        request.reviewers.insert(tool, value.mid(eq + 1).trimmed());
    }
    request.owner = m_parser.isSet(QStringLiteral("owner")) ? m_parser.value(QStringLiteral("owner")) : actor();
    if (!OwnerDirectory::looksLikeEmail(request.owner))
        return usage(tr("campaign start needs the campaign owner's e-mail: --owner EMAIL (or ROLLCALL_ACTOR)"));

    Store store;
    Rules rules;
    if (!openWorkspace(store, rules))
        return DataError;
    CampaignStore campaigns(store, rules);
    StartReport report;
    if (!campaigns.start(request, report))
        return dataError(campaigns.errorString());
    const CampaignInfo& c = report.campaign;
    QStringList snapshots;
    for (qint64 id : c.snapshotIds)
        snapshots.append(QString::number(id));
    m_out << tr("Started campaign %1 (due %2, owner %3): %n account(s) to review, from snapshots %4.", nullptr,
                int(report.items))
                 .arg(c.name, c.due.toString(Qt::ISODate), c.owner, snapshots.join(QLatin1String(", ")))
          << '\n';
    for (auto it = c.reviewers.cbegin(); it != c.reviewers.cend(); ++it)
        m_out << tr("Reviewer of %1: %2").arg(it.key(), it.value()) << '\n';
    if (!report.toolsWithoutReviewer.isEmpty())
        m_out << tr("Without a reviewer (the campaign owner reviews them): %1")
                     .arg(report.toolsWithoutReviewer.join(QLatin1String(", ")))
              << '\n';
    if (!c.previousName.isEmpty())
        m_out << tr("Carried over %n unexpired certification(s) from %1.", nullptr, int(report.carriedOver))
                     .arg(c.previousName)
              << '\n';
    if (!report.notCarried.isEmpty()) {
        m_out << tr("Not carried over:") << '\n';
        for (const CampaignItem& i : report.notCarried)
            m_out << "  " << i.label() << ": " << i.carryNote << '\n';
    }
    return Ok;
}

int Cli::campaignStatus()
{
    if (m_args.size() > 1)
        return usage(tr("campaign status [NAME] [--format table|json]"));
    QString format;
    if (!readFormat(FormatChoice::TableOrJson, format))
        return UsageError;
    Store store;
    Rules rules;
    if (!openWorkspace(store, rules))
        return DataError;
    CampaignStore campaigns(store, rules);
    const QDate today = Clock::nowUtc().date();

    if (m_args.isEmpty()) {
        // Every campaign, one line each.
        QList<CampaignInfo> all;
        if (!campaigns.campaigns(all))
            return dataError(campaigns.errorString());
        QJsonArray list;
        QList<QStringList> rows;
        for (const CampaignInfo& c : all) {
            CampaignProgress p;
            if (!campaigns.progress(c, p))
                return dataError(campaigns.errorString());
            const QString state = c.closed ? QStringLiteral("closed") : QStringLiteral("open");
            rows.append({c.name, state, c.due.toString(Qt::ISODate), QString::number(p.decided),
                         QString::number(p.total), c.owner});
            list.append(QJsonObject{{QStringLiteral("campaign"), c.name},
                                    {QStringLiteral("state"), state},
                                    {QStringLiteral("due"), c.due.toString(Qt::ISODate)},
                                    {QStringLiteral("decided"), p.decided},
                                    {QStringLiteral("total"), p.total},
                                    {QStringLiteral("owner"), c.owner}});
        }
        if (format == QLatin1String("json"))
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        else if (rows.isEmpty())
            m_out << tr("No campaign yet; start one with `campaign start NAME --due YYYY-MM-DD`.") << '\n';
        else
            printTable(m_out, {tr("campaign"), tr("state"), tr("due"), tr("decided"), tr("total"), tr("owner")}, rows);
        return Ok;
    }

    CampaignInfo c;
    if (!campaigns.load(m_args.first(), c))
        return dataError(campaigns.errorString());
    CampaignProgress p;
    if (!campaigns.progress(c, p))
        return dataError(campaigns.errorString());
    QStringList snapshots;
    for (qint64 id : c.snapshotIds)
        snapshots.append(QString::number(id));
    RemediationPlan remediation;
    QString remediationError;
    if (!RemediationPlan::compute(store, c.name, remediation, remediationError))
        return dataError(remediationError);
    const RemediationCount fixes = remediation.total();
    if (format == QLatin1String("json")) {
        auto counts = [](const QList<ProgressCount>& list, const QString& keyName, bool withReviewer) {
            QJsonArray a;
            for (const ProgressCount& pc : list) {
                QJsonObject o{{keyName, pc.key},
                              {QStringLiteral("decided"), pc.decided},
                              {QStringLiteral("total"), pc.total},
                              {QStringLiteral("needs_info"), pc.needsInfo}};
                if (withReviewer)
                    o.insert(QStringLiteral("reviewer"), pc.reviewer);
                a.append(o);
            }
            return a;
        };
        QJsonObject decisions;
        for (auto it = p.byDecision.cbegin(); it != p.byDecision.cend(); ++it)
            decisions.insert(it.key(), it.value());
        QJsonArray burnDown;
        for (const auto& [day, remaining] : p.burnDown)
            burnDown.append(QJsonObject{{QStringLiteral("date"), day.toString(Qt::ISODate)},
                                        {QStringLiteral("undecided"), remaining}});
        QJsonObject reviewers;
        for (auto it = c.reviewers.cbegin(); it != c.reviewers.cend(); ++it)
            reviewers.insert(it.key(), it.value());
        QJsonArray snapshotIds;
        for (qint64 id : c.snapshotIds)
            snapshotIds.append(id);
        const QJsonObject root{{QStringLiteral("campaign"), c.name},
                               {QStringLiteral("state"), c.closed ? QStringLiteral("closed") : QStringLiteral("open")},
                               {QStringLiteral("due"), c.due.toString(Qt::ISODate)},
                               {QStringLiteral("overdue"), c.isOverdue(today)},
                               {QStringLiteral("owner"), c.owner},
                               {QStringLiteral("started_at"), c.startedAt},
                               {QStringLiteral("closed_at"), c.closed ? QJsonValue(c.closedAt) : QJsonValue()},
                               {QStringLiteral("previous"), c.previousName.isEmpty() ? QJsonValue() : c.previousName},
                               {QStringLiteral("snapshots"), snapshotIds},
                               {QStringLiteral("reviewers"), reviewers},
                               {QStringLiteral("total"), p.total},
                               {QStringLiteral("decided"), p.decided},
                               {QStringLiteral("needs_info"), p.needsInfo},
                               {QStringLiteral("carried_over"), p.carriedOver},
                               {QStringLiteral("decisions"), decisions},
                               {QStringLiteral("by_reviewer"), counts(p.byReviewer, QStringLiteral("reviewer"), false)},
                               {QStringLiteral("by_tool"), counts(p.byTool, QStringLiteral("tool"), true)},
                               {QStringLiteral("burn_down"), burnDown},
                               {QStringLiteral("remediation"), QJsonObject{{QStringLiteral("open"), fixes.open},
                                                                           {QStringLiteral("overdue"), fixes.overdue},
                                                                           {QStringLiteral("done"), fixes.done}}}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    const QString state = c.closed ? tr("closed on %1 by %2").arg(c.closedAt, c.closedBy)
                                   : (c.isOverdue(today) ? tr("open, OVERDUE") : tr("open"));
    m_out << tr("Campaign %1: %2; due %3, owner %4, started %5, snapshots %6.")
                 .arg(c.name, state, c.due.toString(Qt::ISODate), c.owner, c.startedAt,
                      snapshots.join(QLatin1String(", ")))
          << '\n';
    m_out << tr("Decided %1 of %2 (%3); waiting for information: %4; carried over: %5.")
                 .arg(p.decided)
                 .arg(p.total)
                 .arg(percent(p.decided, p.total))
                 .arg(p.needsInfo)
                 .arg(p.carriedOver)
          << '\n';
    QStringList byDecision;
    for (auto it = p.byDecision.cbegin(); it != p.byDecision.cend(); ++it)
        byDecision.append(QStringLiteral("%1 %2").arg(it.key()).arg(it.value()));
    if (!byDecision.isEmpty())
        m_out << tr("Decisions in force: %1.").arg(byDecision.join(QLatin1String(", "))) << '\n';
    if (fixes.total() > 0)
        m_out << tr("Remediation: %1 open, %2 overdue, %3 done (`remediation %4 --status`).")
                     .arg(fixes.open)
                     .arg(fixes.overdue)
                     .arg(fixes.done)
                     .arg(c.name)
              << '\n';
    m_out << '\n';
    QList<QStringList> rows;
    for (const ProgressCount& pc : p.byReviewer)
        rows.append({pc.key, QString::number(pc.decided), QString::number(pc.total), percent(pc.decided, pc.total),
                     QString::number(pc.needsInfo)});
    printTable(m_out, {tr("reviewer"), tr("decided"), tr("total"), tr("done"), tr("needs-info")}, rows);
    m_out << '\n';
    rows.clear();
    for (const ProgressCount& pc : p.byTool)
        rows.append({pc.key, pc.reviewer, QString::number(pc.decided), QString::number(pc.total),
                     percent(pc.decided, pc.total), QString::number(pc.needsInfo)});
    printTable(m_out, {tr("tool"), tr("reviewer"), tr("decided"), tr("total"), tr("done"), tr("needs-info")}, rows);
    return Ok;
}

int Cli::campaignClose()
{
    if (m_args.size() != 1)
        return usage(tr("campaign close NAME"));
    Store store;
    Rules rules;
    if (!openWorkspace(store, rules))
        return DataError;
    CampaignStore campaigns(store, rules);
    CampaignInfo closed;
    CampaignProgress p;
    if (!campaigns.close(m_args.first(), actor(), closed, p))
        return dataError(campaigns.errorString());
    m_out << tr("Closed campaign %1: %2 of %3 account(s) decided").arg(closed.name).arg(p.decided).arg(p.total);
    if (p.total > p.decided)
        m_out << tr("; %n left undecided", nullptr, int(p.total - p.decided));
    m_out << '.' << '\n';
    return Ok;
}

int Cli::recordPlan(Store& store, const Rules& rules, const BatchPlan& plan, const QString& what)
{
    qint64 confirmed = 0;
    const qint64 count = plan.confirmationCount();
    if (count > 0) {
        const QString summary =
            tr("%1: %n account(s) would be removed or expired in campaign %2 (%3 remove, %4 expire)", nullptr,
               int(count))
                .arg(what, plan.campaign.name)
                .arg(plan.removals)
                .arg(plan.expiries);
        if (m_parser.isSet(QStringLiteral("yes"))) {
            confirmed = count;
        } else if (stdinIsTerminal()) {
            m_err << summary << '\n' << tr("Type the number of accounts (%1) to confirm: ").arg(count);
            m_err.flush();
            QTextStream in(stdin);
            const QString answer = in.readLine().trimmed();
            if (answer != QString::number(count))
                return dataError(tr("%1: not confirmed; nothing was recorded").arg(what));
            confirmed = count;
        } else {
            m_err << summary << '\n';
            return usage(tr("bulk removals and expiries need a confirmation: run again with --yes to confirm the %n "
                            "account(s); nothing was recorded",
                            nullptr, int(count)));
        }
    }
    DecisionService service(store, rules);
    QList<Attestation> recorded;
    if (!service.commit(plan, confirmed, &recorded))
        return dataError(service.errorString());
    for (const QString& w : service.warnings())
        m_err << tr("warning: %1").arg(w) << '\n';
    m_out << tr("Recorded %n decision(s) in campaign %1 as %2", nullptr, int(recorded.size()))
                 .arg(plan.campaign.name, plan.reviewer);
    if (!recorded.isEmpty())
        m_out << tr(" (attestations %1 to %2)").arg(recorded.first().seq).arg(recorded.last().seq);
    if (plan.skipped > 0)
        m_out << tr("; %n row(s) without a decision skipped", nullptr, int(plan.skipped));
    m_out << '.' << '\n';
    return Ok;
}

int Cli::decide()
{
    const bool fromCsv = m_parser.isSet(QStringLiteral("from-csv"));
    const QString reviewer = m_parser.value(QStringLiteral("reviewer"));
    if (m_parser.values(QStringLiteral("reviewer")).size() > 1)
        return usage(tr("decide takes one --reviewer"));
    if (fromCsv) {
        if (m_args.size() != 1 || reviewer.isEmpty())
            return usage(tr("decide NAME --from-csv FILE --reviewer EMAIL [--yes]"));
        for (const char* option : {"account", "owner", "until", "purpose", "rotation", "reason", "to"}) {
            if (m_parser.isSet(QLatin1String(option)))
                return usage(
                    tr("decide --from-csv takes its decisions from the file, not --%1").arg(QLatin1String(option)));
        }
    } else if (m_args.size() != 2 || reviewer.isEmpty() || !m_parser.isSet(QStringLiteral("tool")) ||
               !m_parser.isSet(QStringLiteral("account"))) {
        return usage(tr("decide NAME --tool T --account A DECISION --reviewer EMAIL [--owner EMAIL] "
                        "[--until YYYY-MM-DD] [--purpose TEXT] [--rotation YYYY-MM-DD] [--reason TEXT] [--to EMAIL]"));
    }
    const QString campaignName = m_args.first();
    // One decision: everything the command line says is checked before the workspace is opened.
    DecisionRequest r;
    if (!fromCsv) {
        const std::optional<DecisionKind> kind = decisionKindFromName(m_args.at(1));
        if (!kind)
            return usage(tr("decision '%1': expected reconcile, certify, expire, remove, reassign, needs-info or undo")
                             .arg(m_args.at(1)));
        r.kind = *kind;
        r.tool = m_parser.value(QStringLiteral("tool"));
        r.account = m_parser.value(QStringLiteral("account"));
        r.owner = m_parser.value(QStringLiteral("owner")).trimmed();
        r.purpose = m_parser.value(QStringLiteral("purpose")).trimmed();
        r.reason = m_parser.value(QStringLiteral("reason")).trimmed();
        r.to = m_parser.value(QStringLiteral("to")).trimmed();
        for (const auto& [option, target] : {std::pair{"until", &r.until}, std::pair{"rotation", &r.rotation}}) {
            if (!m_parser.isSet(QLatin1String(option)))
                continue;
            const std::optional<QDate> d = isoDate(m_parser.value(QLatin1String(option)));
            if (!d)
                return usage(tr("--%1: expected a date as YYYY-MM-DD, found '%2'")
                                 .arg(QLatin1String(option), m_parser.value(QLatin1String(option))));
            *target = *d;
        }
    }

    Store store;
    Rules rules;
    if (!openWorkspace(store, rules))
        return DataError;
    DecisionService service(store, rules);

    if (fromCsv) {
        const QString path = m_parser.value(QStringLiteral("from-csv"));
        DecisionTable table;
        QString error;
        if (!readDecisionTable(path, path, table, error))
            return dataError(error);
        QList<DecisionRequest> requests;
        qint64 skipped = 0;
        if (!service.requestsFromTable(table, requests, &skipped))
            return dataError(service.errorString());
        if (requests.isEmpty())
            return dataError(
                tr("%1: no decision in the file (the column \"decision\" is empty on every row)").arg(path));
        BatchPlan plan;
        if (!service.plan(campaignName, requests, reviewer, plan))
            return dataError(service.errorString());
        plan.skipped = skipped;
        return recordPlan(store, rules, plan, path);
    }

    Attestation a;
    if (!service.decide(campaignName, r, reviewer, &a))
        return dataError(service.errorString());
    for (const QString& w : service.warnings())
        m_err << tr("warning: %1").arg(w) << '\n';
    m_out << tr("Recorded %1 of %2/%3 in campaign %4 by %5: attestation %6 (sha256 %7).")
                 .arg(a.decision, a.tool, a.accountKey, a.campaign, a.reviewer)
                 .arg(a.seq)
                 .arg(a.hash)
          << '\n';
    return Ok;
}

int Cli::package()
{
    if (m_args.isEmpty())
        return usage(tr("package needs a subcommand: export or import"));
    const QString sub = m_args.takeFirst();
    if (sub == QLatin1String("export")) {
        if (m_args.size() != 1 || !m_parser.isSet(QStringLiteral("tool")) || !m_parser.isSet(QStringLiteral("out")))
            return usage(tr("package export NAME --tool T --out DIR"));
        Store store;
        Rules rules;
        if (!openWorkspace(store, rules))
            return DataError;
        ReviewPackage package(store, rules);
        PackageExport out;
        if (!package.exportPackage(m_args.first(), m_parser.value(QStringLiteral("tool")),
                                   m_parser.value(QStringLiteral("out")), out))
            return dataError(package.errorString());
        m_out << tr("Wrote a review package of %n account(s) for %1 to %2", nullptr, int(out.accounts))
                     .arg(out.reviewer, QDir::toNativeSeparators(out.dir));
        if (out.excluded > 0)
            m_out << tr(" (%n account(s) of the tool assigned to somebody else left out)", nullptr, int(out.excluded));
        m_out << '.' << '\n';
        return Ok;
    }
    if (sub == QLatin1String("import")) {
        if (m_args.size() != 2)
            return usage(tr("package import NAME DIR [--yes]"));
        const QString dir = m_args.at(1);
        Store store;
        Rules rules;
        if (!openWorkspace(store, rules))
            return DataError;
        ReviewPackage package(store, rules);
        PackageManifest manifest;
        QString csvPath;
        if (!package.open(dir, manifest, csvPath))
            return dataError(package.errorString());
        DecisionTable table;
        QString error;
        const QString shown = QDir(dir).dirName() + QStringLiteral("/accounts.csv");
        if (!readDecisionTable(csvPath, shown, table, error))
            return dataError(error);
        BatchPlan plan;
        if (!package.plan(m_args.first(), manifest, table, plan))
            return dataError(package.errorString());
        return recordPlan(store, rules, plan, shown);
    }
    return usage(tr("unknown package subcommand '%1'; expected export or import").arg(sub));
}

int Cli::verifyStore()
{
    if (!m_args.isEmpty())
        return usage(tr("verify-store takes no arguments"));
    Store store;
    if (!openStore(store))
        return DataError;
    ChainReport report;
    QString error;
    if (!ChainVerifier::verify(store.database(), report, error))
        return dataError(QStringLiteral("%1: %2").arg(store.path(), error));
    if (!report.ok()) {
        for (const ChainProblem& p : std::as_const(report.problems))
            m_err << store.path() << ": " << p.message << '\n';
        m_err << tr("%1: the attestation log is NOT intact; the first problem above names the first broken "
                    "attestation")
                     .arg(store.path())
              << '\n';
        return DataError;
    }
    m_out << tr("%1: the attestation log is intact: %n attestation(s)", nullptr, int(report.attestations))
                 .arg(store.path())
          << tr(" in %n campaign(s)", nullptr, int(report.campaigns)) << '.' << '\n';
    m_out << tr("Head: attestation %1, sha256 %2").arg(report.headSeq).arg(report.headHash) << '\n';
    return Ok;
}

} // namespace Rollcall
