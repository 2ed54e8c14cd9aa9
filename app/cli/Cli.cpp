// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"
#include "TextTable.h"

#include "Format.h"
#include "Importer.h"
#include "RulesLoader.h"
#include "campaign/CampaignStore.h"
#include "item/AccountFilter.h"
#include "reconcile/Reconciler.h"
#include "store/SnapshotDiff.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/CsvWriter.h"
#include "util/Timestamps.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>

namespace Rollcall {

namespace {

const QString DefaultWorkspace = QStringLiteral("workspace.rollcall");

// Columns of `accounts --format csv|json`: a public contract, extended only at the end.
const QStringList AccountColumns = {QStringLiteral("tool"),
                                    QStringLiteral("account"),
                                    QStringLiteral("login"),
                                    QStringLiteral("email"),
                                    QStringLiteral("display_name"),
                                    QStringLiteral("class"),
                                    QStringLiteral("owner"),
                                    QStringLiteral("rule"),
                                    QStringLiteral("risk"),
                                    QStringLiteral("privilege"),
                                    QStringLiteral("mfa"),
                                    QStringLiteral("last_activity"),
                                    QStringLiteral("disabled_in_tool"),
                                    QStringLiteral("explanation"),
                                    QStringLiteral("state"),
                                    QStringLiteral("tool_role"),
                                    QStringLiteral("state_expiry"),
                                    QStringLiteral("last_activity_raw"),
                                    QStringLiteral("formula_cells")};

} // namespace

Cli::Cli()
    : m_out(stdout)
    , m_err(stderr)
{
    m_parser.setApplicationDescription(
        tr("Find unmanaged users in developer tools: import exports, reconcile accounts to owners, review.\n\n"
           "Commands:\n"
           "  init                                  create the workspace\n"
           "  import --directory FILE [--format F]  import a directory export\n"
           "  import --tool NAME FILE [--format F]  import one tool instance's export (NAME e.g. github, aws-prod)\n"
           "         [--mapping FILE]               ... with a YAML column mapping (HR exports, other tools)\n"
           "  reconcile                             link accounts to identities and classify them\n"
           "  accounts [--class C] [--tool T] [--format table|csv|json]\n"
           "         [--campaign NAME [--reviewer EMAIL] [--undecided]]  a campaign's accounts; a reviewer's queue\n"
           "  summary [--format table|json]         counts by tool and class\n"
           "  formats                               the formats it reads, and how each is recognised\n"
           "  diff --tool NAME [--from ID --to ID] [--format table|csv|json]\n"
           "                                        accounts added, removed and changed between two snapshots\n"
           "  explain --tool T --account A          how the account was matched, and its risk factors\n"
           "  link --tool T --account A --owner EMAIL --reason TEXT\n"
           "                                        link an account to its owner by hand (kept across imports)\n"
           "  unlink --tool T --account A --reason TEXT\n"
           "                                        remove a manual link\n"
           "  campaign start NAME --due YYYY-MM-DD [--tool T]... [--class C]... [--reviewer TOOL=EMAIL]...\n"
           "         [--owner EMAIL]                freeze a review's scope; carry over unexpired certifications\n"
           "  campaign status [NAME] [--format table|json]\n"
           "                                        progress per reviewer and per tool (no NAME: every campaign)\n"
           "  campaign close NAME                   close a campaign; its decisions are final\n"
           "  decide NAME --tool T --account A DECISION --reviewer EMAIL [--owner EMAIL] [--until YYYY-MM-DD]\n"
           "         [--purpose TEXT] [--rotation YYYY-MM-DD] [--reason TEXT] [--to EMAIL]\n"
           "                                        DECISION: reconcile, certify, expire, remove, reassign (--to),\n"
           "                                        needs-info, undo\n"
           "  decide NAME --from-csv FILE --reviewer EMAIL [--yes]\n"
           "                                        many decisions; bulk removals and expiries need --yes\n"
           "  package export NAME --tool T --out DIR\n"
           "                                        a review package for the tool's reviewer to fill in\n"
           "  package import NAME DIR [--yes]       record the decisions of a filled-in review package\n"
           "  verify-store                          check the attestation log for edits, deletions, reordering\n"
           "  remediation NAME --out DIR            per tool: actions CSV, dry-run script (--apply runs it), SCIM\n"
           "                                        bodies; Jira tickets CSV\n"
           "  remediation NAME --status [--format table|csv|json]\n"
           "                                        open, done and overdue actions against the latest exports\n"
           "  keygen --out KEY.pem [--passphrase-file FILE]\n"
           "                                        an Ed25519 signing key (0600) and KEY.pub.pem; prints its "
           "fingerprint\n"
           "  evidence NAME --key KEY.pem --out DIR [--passphrase-file FILE]\n"
           "                                        the campaign's signed evidence bundle (interim while it is open)\n"
           "  verify DIR [--trust PUB.pem]          check a bundle: file hashes, signature, decision chain, tie-out"));
    m_parser.addHelpOption();
    m_parser.addVersionOption();
    m_parser.addOptions({
        {{QStringLiteral("w"), QStringLiteral("workspace")},
         tr("The workspace file (default: %1).").arg(DefaultWorkspace),
         tr("FILE")},
        {{QStringLiteral("c"), QStringLiteral("config")},
         tr("The organisation's rules in YAML; the workspace keeps them for later commands."),
         tr("rollcall.yaml")},
        {QStringLiteral("directory"), tr("import: the file is a directory export."), tr("FILE")},
        {QStringLiteral("tool"), tr("import: the tool instance the file comes from; accounts: only this tool."),
         tr("NAME")},
        {QStringLiteral("format"),
         tr("import: the format id (default: detected from the content); "
            "accounts, summary: table, csv or json."),
         tr("F")},
        {QStringLiteral("class"), tr("accounts: only this class (repeatable)."), tr("C")},
        {QStringLiteral("from"), tr("diff: the older snapshot (default: the one before the last)."), tr("ID")},
        {QStringLiteral("to"), tr("diff: the newer snapshot (default: the last)."), tr("ID")},
        {QStringLiteral("account"), tr("explain, link, unlink: the account key or login."), tr("A")},
        {QStringLiteral("owner"), tr("link: the owner's e-mail in the directory."), tr("EMAIL")},
        {QStringLiteral("reason"), tr("link, unlink: why, in words an auditor can check."), tr("TEXT")},
        {QStringLiteral("actor"), tr("link, unlink: who is acting (default: $ROLLCALL_ACTOR, else the login name)."),
         tr("NAME")},
        {QStringLiteral("mapping"),
         tr("import: a YAML column mapping, for HR exports and tools without a built-in format."), tr("FILE")},
        {QStringLiteral("due"), tr("campaign start: the due date."), tr("YYYY-MM-DD")},
        {QStringLiteral("reviewer"),
         tr("campaign start: a tool's reviewer, TOOL=EMAIL (repeatable); decide: who decides; accounts --campaign: "
            "whose accounts."),
         tr("EMAIL")},
        {QStringLiteral("until"), tr("decide: a certification's expiry, or the day access ends."), tr("YYYY-MM-DD")},
        {QStringLiteral("purpose"), tr("decide certify: the business purpose."), tr("TEXT")},
        {QStringLiteral("rotation"), tr("decide certify, break-glass: rotate the credentials by then."),
         tr("YYYY-MM-DD")},
        {QStringLiteral("from-csv"), tr("decide: the decisions of a CSV file."), tr("FILE")},
        {QStringLiteral("yes"), tr("decide --from-csv, package import: confirm bulk removals and expiries.")},
        {QStringLiteral("out"),
         tr("package export, remediation, evidence: the folder to create; keygen: the private key file."), tr("DIR")},
        {QStringLiteral("status"), tr("remediation: where each action stands against the tools' latest exports.")},
        {QStringLiteral("key"), tr("evidence: the Ed25519 private key that signs the bundle."), tr("KEY.pem")},
        {QStringLiteral("passphrase-file"), tr("keygen, evidence: the key's passphrase, the first line of FILE."),
         tr("FILE")},
        {QStringLiteral("trust"), tr("verify: the signer's public key, obtained from the signer."), tr("PUB.pem")},
    });
    // accounts: the filters of the window's accounts table, through the same AccountFilter.
    m_parser.addOptions({
        {QStringLiteral("view"),
         tr("accounts: start from a saved view (leavers-with-access, privileged-unowned, external-without-expiry, "
            "never-used)."),
         tr("ID")},
        {QStringLiteral("text"), tr("accounts: login, e-mail, name or account key contains TEXT."), tr("TEXT")},
        {QStringLiteral("risk-min"), tr("accounts: risk at least N (0-100)."), tr("N")},
        {QStringLiteral("risk-max"), tr("accounts: risk at most N (0-100)."), tr("N")},
        {QStringLiteral("privilege"),
         tr("accounts: only this privilege: owner, admin, billing, member, read, none (repeatable)."), tr("P")},
        {QStringLiteral("mfa"), tr("accounts: MFA yes, no or unknown."), tr("M")},
        {QStringLiteral("stale"),
         tr("accounts: no activity for more than the rules' stale_after_days, or never used.")},
        {QStringLiteral("never-used"), tr("accounts: the tool says the account was never used.")},
        {QStringLiteral("owner-status"),
         tr("accounts: none (no owner), active, or inactive (owner disabled, terminated or on leave)."), tr("S")},
        {QStringLiteral("state"),
         tr("accounts: only this state in the tool: active, suspended, deactivated, blocked, invited, guest "
            "(repeatable)."),
         tr("S")},
        {QStringLiteral("recommendation"),
         tr("accounts: only this recommendation: remove, expire, link, review, none (repeatable)."), tr("R")},
        {QStringLiteral("no-expiry"), tr("accounts: no expiry date in the tool.")},
        {QStringLiteral("changed"), tr("accounts: added or changed since the tool's previous snapshot.")},
        {QStringLiteral("campaign"),
         tr("accounts: only the accounts in this campaign's scope (with --reviewer EMAIL: assigned to that "
            "reviewer now)."),
         tr("NAME")},
        {QStringLiteral("undecided"), tr("accounts --campaign: only accounts without a decision in force yet.")},
    });
    m_parser.addPositionalArgument(QStringLiteral("command"),
                                   tr("init, import, reconcile, accounts, summary, formats"));
}

int Cli::usage(const QString& message)
{
    m_err << QCoreApplication::applicationName() << ": " << message << '\n'
          << tr("Try `%1 --help`.").arg(QCoreApplication::applicationName()) << '\n';
    m_err.flush();
    return UsageError;
}

int Cli::dataError(const QString& message)
{
    m_err << message << '\n';
    m_err.flush();
    return DataError;
}

bool Cli::openStore(Store& store)
{
    const QString path =
        m_parser.isSet(QStringLiteral("workspace")) ? m_parser.value(QStringLiteral("workspace")) : DefaultWorkspace;
    if (!store.open(path)) {
        m_err << store.errorString();
        if (!QFileInfo::exists(path))
            m_err << tr("; create one with `%1 --workspace %2 init`").arg(QCoreApplication::applicationName(), path);
        m_err << '\n';
        return false;
    }
    return true;
}

bool Cli::loadRules(Store& store, Rules& rules)
{
    QString error;
    if (!RulesLoader::loadForWorkspace(store, m_parser.value(QStringLiteral("config")), rules, error)) {
        m_err << error << '\n';
        return false;
    }
    return true;
}

bool Cli::openWorkspace(Store& store, Rules& rules)
{
    return openStore(store) && loadRules(store, rules);
}

bool Cli::readFormat(FormatChoice choice, QString& format)
{
    format =
        m_parser.isSet(QStringLiteral("format")) ? m_parser.value(QStringLiteral("format")) : QStringLiteral("table");
    if (format == QLatin1String("table") || format == QLatin1String("json"))
        return true;
    if (choice == FormatChoice::TableCsvOrJson) {
        if (format == QLatin1String("csv"))
            return true;
        usage(tr("--format: expected table, csv or json, found '%1'").arg(format));
        return false;
    }
    usage(tr("--format: expected table or json, found '%1'").arg(format));
    return false;
}

int Cli::run(const QStringList& arguments)
{
    if (!m_parser.parse(arguments))
        return usage(m_parser.errorText());
    if (m_parser.isSet(QStringLiteral("help"))) {
        m_out << m_parser.helpText();
        return Ok;
    }
    if (m_parser.isSet(QStringLiteral("version"))) {
        m_out << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << '\n';
        return Ok;
    }
    m_args = m_parser.positionalArguments();
    if (m_args.isEmpty())
        return usage(tr("no command given"));
    const QString command = m_args.takeFirst();
    int status = UsageError;
    if (command == QLatin1String("init"))
        status = init();
    else if (command == QLatin1String("import"))
        status = import();
    else if (command == QLatin1String("reconcile"))
        status = reconcile();
    else if (command == QLatin1String("accounts"))
        status = accounts();
    else if (command == QLatin1String("summary"))
        status = summary();
    else if (command == QLatin1String("formats"))
        status = formats();
    else if (command == QLatin1String("diff"))
        status = diff();
    else if (command == QLatin1String("explain"))
        status = explain();
    else if (command == QLatin1String("link"))
        status = link(false);
    else if (command == QLatin1String("unlink"))
        status = link(true);
    else if (command == QLatin1String("campaign"))
        status = campaign();
    else if (command == QLatin1String("decide"))
        status = decide();
    else if (command == QLatin1String("package"))
        status = package();
    else if (command == QLatin1String("verify-store"))
        status = verifyStore();
    else if (command == QLatin1String("remediation"))
        status = remediation();
    else if (command == QLatin1String("keygen"))
        status = keygen();
    else if (command == QLatin1String("evidence"))
        status = evidence();
    else if (command == QLatin1String("verify"))
        status = verifyEvidence();
    else
        status = usage(tr("unknown command '%1'").arg(command));
    m_out.flush();
    m_err.flush();
    return status;
}

int Cli::init()
{
    if (!m_args.isEmpty())
        return usage(tr("init takes no arguments"));
    const QString path =
        m_parser.isSet(QStringLiteral("workspace")) ? m_parser.value(QStringLiteral("workspace")) : DefaultWorkspace;
    const bool existed = QFileInfo::exists(path);
    Store store;
    if (!store.open(path, Store::OpenMode::CreateIfMissing))
        return dataError(store.errorString());
    if (m_parser.isSet(QStringLiteral("config"))) {
        Rules rules;
        if (!loadRules(store, rules))
            return DataError;
    }
    m_out << (existed ? tr("Workspace %1 already exists (schema version %2); nothing to create.")
                      : tr("Created workspace %1 (schema version %2)."))
                 .arg(path)
                 .arg(store.schemaVersion())
          << '\n';
    return Ok;
}

int Cli::import()
{
    const bool directory = m_parser.isSet(QStringLiteral("directory"));
    const bool tool = m_parser.isSet(QStringLiteral("tool"));
    if (directory == tool)
        return usage(tr("import needs either --directory FILE or --tool NAME FILE"));
    ImportRequest request;
    request.formatId = m_parser.value(QStringLiteral("format"));
    request.mappingPath = m_parser.value(QStringLiteral("mapping"));
    if (directory) {
        if (!m_args.isEmpty())
            return usage(tr("import --directory takes one file: --directory FILE"));
        request.kind = SourceKind::Directory;
        request.tool = QStringLiteral("directory");
        request.path = m_parser.value(QStringLiteral("directory"));
    } else {
        if (m_args.size() != 1)
            return usage(tr("import --tool NAME takes exactly one file"));
        request.kind = SourceKind::Tool;
        request.tool = m_parser.value(QStringLiteral("tool"));
        request.path = m_args.first();
        if (!Importer::isValidToolName(request.tool)) {
            return usage(tr("tool name '%1': expected lower-case letters, digits, '.', '_' or '-', such as aws-prod")
                             .arg(request.tool));
        }
    }
    if (!request.formatId.isEmpty() && !FormatRegistry::byId(request.formatId))
        return usage(tr("unknown format '%1'; `%2 formats` lists them")
                         .arg(request.formatId, QCoreApplication::applicationName()));

    Store store;
    if (!openStore(store))
        return DataError;
    Rules rules;
    if (m_parser.isSet(QStringLiteral("config")) && !loadRules(store, rules))
        return DataError;
    Importer importer(store);
    const ImportResult result = importer.run(request);
    if (!result.ok)
        return dataError(result.error);
    for (const QString& warning : result.warnings)
        m_err << request.path << ": " << tr("warning: %1").arg(warning) << '\n';
    if (result.alreadyImported) {
        m_out << tr("%1 was already imported into %2 (snapshot %3, %n row(s)); nothing to do.", nullptr,
                    int(result.rows))
                     .arg(request.path, request.tool)
                     .arg(result.snapshotId)
              << '\n';
    } else {
        m_out << tr("Imported %n row(s) from %1 into %2 as %3 (snapshot %4).", nullptr, int(result.rows))
                     .arg(request.path, request.tool, result.formatId)
                     .arg(result.snapshotId)
              << '\n';
        if (request.kind == SourceKind::Tool)
            printRemediationOf(store, request.tool);
    }
    return Ok;
}

int Cli::reconcile()
{
    if (!m_args.isEmpty())
        return usage(tr("reconcile takes no arguments"));
    Store store;
    Rules rules;
    if (!openWorkspace(store, rules))
        return DataError;
    Reconciler reconciler(store, rules);
    ReconcileReport report;
    if (!reconciler.run(report))
        return dataError(QStringLiteral("%1: %2").arg(store.path(), reconciler.errorString()));
    m_out << tr("Reconciled %n account(s)", nullptr, int(report.accounts))
          << tr(" against %n identities", nullptr, int(report.identities))
          << tr(" (%1 judged now, the others unchanged since the last run).").arg(report.evaluated) << '\n';
    QList<QStringList> rows;
    const bool hadRun = !report.previousCounts.isEmpty();
    for (AccountClass c : allAccountClasses()) {
        QStringList row = {accountClassName(c), QString::number(report.counts.value(c))};
        if (hadRun) {
            const qint64 delta = report.counts.value(c) - report.previousCounts.value(c);
            row.append(delta == 0 ? QStringLiteral("0")
                                  : (delta > 0 ? QStringLiteral("+%1") : QStringLiteral("%1")).arg(delta));
        }
        rows.append(row);
    }
    QStringList headers = {tr("class"), tr("accounts")};
    if (hadRun)
        headers.append(tr("since last run"));
    printTable(m_out, headers, rows);
    m_out << tr("Since the last run: %1 newly classified, %2 changed class.")
                 .arg(report.firstClassified)
                 .arg(report.changedClass)
          << '\n';
    return Ok;
}

int Cli::accounts()
{
    if (!m_args.isEmpty())
        return usage(tr("accounts takes no arguments"));
    QString format;
    if (!readFormat(FormatChoice::TableCsvOrJson, format))
        return UsageError;
    AccountFilter filter;
    QString filterError;
    if (!AccountFilter::fromArguments(m_parser, filter, filterError))
        return usage(filterError);
    Store store;
    if (!openStore(store))
        return DataError;
    if (filter.stale) {
        // "Stale" is the rules' stale_after_days, as the reconciler judged it.
        Rules rules;
        if (!loadRules(store, rules))
            return DataError;
        filter.staleAfterDays = rules.staleAfterDays;
    }
    if (filter.usesCampaign()) {
        CampaignStore campaigns(store, Rules{});
        CampaignInfo campaign;
        if (!campaigns.load(filter.campaign, campaign))
            return dataError(campaigns.errorString());
    }
    if (const qint64 pending = store.unreconciledCount()) {
        m_err << tr("%1: %n account(s) not reconciled since the last import; run `reconcile` to classify them", nullptr,
                    int(pending))
                     .arg(store.path())
              << '\n';
    }
    QVariantList binds;
    QSqlQuery q(store.database());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT tool, account_key, login, email, display_name, COALESCE(class, ''), owner, "
                       "COALESCE(rule, ''), risk, privilege, mfa, last_activity, disabled_in_tool, "
                       "COALESCE(explanation, ''), state, tool_role, state_expiry, last_activity_raw, formula_cells "
                       "FROM account_view") +
        filter.whereClause(binds) + QStringLiteral(" ORDER BY tool, account_key"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return dataError(tr("%1: cannot read accounts").arg(store.path()));

    auto cells = [&q] {
        QStringList row;
        for (int i = 0; i < AccountColumns.size(); ++i) {
            const QVariant v = q.value(i);
            if (i == 10) // mfa
                row.append(v.isNull() ? QString() : v.toInt() ? QStringLiteral("true") : QStringLiteral("false"));
            else if (i == 12 || i == 18) // disabled_in_tool, formula_cells
                row.append(v.toInt() ? QStringLiteral("true") : QStringLiteral("false"));
            else
                row.append(v.isNull() ? QString() : v.toString());
        }
        return row;
    };
    if (format == QLatin1String("csv")) {
        m_out << csvRecord(AccountColumns) << "\r\n";
        while (q.next())
            m_out << csvRecord(cells()) << "\r\n";
    } else if (format == QLatin1String("json")) {
        m_out << "[";
        bool first = true;
        while (q.next()) {
            const QStringList row = cells();
            QJsonObject o;
            for (int i = 0; i < AccountColumns.size(); ++i) {
                const QString& key = AccountColumns.at(i);
                if (key == QLatin1String("risk"))
                    o.insert(key, row.at(i).isEmpty() ? QJsonValue() : QJsonValue(row.at(i).toInt()));
                else if (key == QLatin1String("mfa"))
                    o.insert(key, row.at(i).isEmpty() ? QJsonValue() : QJsonValue(row.at(i) == QLatin1String("true")));
                else if (key == QLatin1String("disabled_in_tool") || key == QLatin1String("formula_cells"))
                    o.insert(key, row.at(i) == QLatin1String("true"));
                else
                    o.insert(key, row.at(i));
            }
            m_out << (first ? "\n" : ",\n") << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
            first = false;
        }
        m_out << "\n]\n";
    } else {
        QList<QStringList> rows;
        while (q.next()) {
            const QStringList row = cells();
            rows.append({row.at(0), row.at(2), row.at(3), row.at(5), row.at(6), row.at(7), row.at(8)});
        }
        printTable(m_out, {tr("tool"), tr("login"), tr("email"), tr("class"), tr("owner"), tr("rule"), tr("risk")},
                   rows);
    }
    return Ok;
}

int Cli::summary()
{
    if (!m_args.isEmpty())
        return usage(tr("summary takes no arguments"));
    QString format;
    if (!readFormat(FormatChoice::TableOrJson, format))
        return UsageError;
    Store store;
    if (!openStore(store))
        return DataError;
    const ClassCounts counts = countAccounts(store.database());
    QStringList classes;
    for (AccountClass c : allAccountClasses())
        classes.append(accountClassName(c));
    const bool pending = store.unreconciledCount() > 0;

    qint64 identities = 0;
    {
        QSqlQuery q(store.database());
        if (q.exec(QStringLiteral("SELECT count(*) FROM identity i JOIN current_snapshot s ON s.id = i.snapshot_id")) &&
            q.next())
            identities = q.value(0).toLongLong();
    }
    if (format == QLatin1String("json")) {
        QJsonObject tools;
        QMap<QString, qint64> totals;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
            QJsonObject perClass;
            qint64 total = 0;
            for (auto c = it->cbegin(); c != it->cend(); ++c) {
                perClass.insert(c.key().isEmpty() ? QStringLiteral("unreconciled") : c.key(), c.value());
                total += c.value();
                totals[c.key().isEmpty() ? QStringLiteral("unreconciled") : c.key()] += c.value();
            }
            perClass.insert(QStringLiteral("total"), total);
            tools.insert(it.key(), perClass);
        }
        QJsonObject all;
        for (auto it = totals.cbegin(); it != totals.cend(); ++it)
            all.insert(it.key(), it.value());
        const QJsonObject root{{QStringLiteral("workspace"), store.path()},
                               {QStringLiteral("identities"), identities},
                               {QStringLiteral("tools"), tools},
                               {QStringLiteral("totals"), all}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    QStringList headers = {tr("tool")};
    headers += classes;
    if (pending)
        headers.append(tr("unreconciled"));
    headers.append(tr("total"));
    QList<QStringList> rows;
    QMap<QString, qint64> totals;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        QStringList row = {it.key()};
        qint64 total = 0;
        for (const QString& c : classes) {
            row.append(QString::number(it->value(c)));
            totals[c] += it->value(c);
        }
        if (pending) {
            row.append(QString::number(it->value(QString())));
            totals[QString()] += it->value(QString());
        }
        for (qint64 n : *it)
            total += n;
        row.append(QString::number(total));
        totals[QStringLiteral("\x01total")] += total;
        rows.append(row);
    }
    QStringList totalRow = {tr("all tools")};
    for (const QString& c : classes)
        totalRow.append(QString::number(totals.value(c)));
    if (pending)
        totalRow.append(QString::number(totals.value(QString())));
    totalRow.append(QString::number(totals.value(QStringLiteral("\x01total"))));
    rows.append(totalRow);
    m_out << tr("Workspace %1: %n identities in the directory.", nullptr, int(identities)).arg(store.path()) << '\n';
    printTable(m_out, headers, rows);
    if (pending)
        m_out << tr("Some accounts are not reconciled yet; run `reconcile`.") << '\n';
    return Ok;
}

int Cli::formats()
{
    if (!m_args.isEmpty())
        return usage(tr("formats takes no arguments"));
    QList<QStringList> rows;
    for (const Format* format : FormatRegistry::all())
        rows.append({format->id(), sourceKindName(format->kind()), format->title(), format->detectionRule()});
    printTable(m_out, {tr("format"), tr("kind"), tr("title"), tr("recognised by")}, rows);
    return Ok;
}

int Cli::diff()
{
    if (!m_args.isEmpty())
        return usage(tr("diff takes no arguments"));
    const QString tool = m_parser.value(QStringLiteral("tool"));
    if (tool.isEmpty())
        return usage(tr("diff needs --tool NAME"));
    QString format;
    if (!readFormat(FormatChoice::TableCsvOrJson, format))
        return UsageError;
    const bool hasFrom = m_parser.isSet(QStringLiteral("from"));
    if (hasFrom != m_parser.isSet(QStringLiteral("to")))
        return usage(tr("diff takes --from and --to together, or neither"));
    qint64 from = 0, to = 0;
    if (hasFrom) {
        bool okFrom = false, okTo = false;
        from = m_parser.value(QStringLiteral("from")).toLongLong(&okFrom);
        to = m_parser.value(QStringLiteral("to")).toLongLong(&okTo);
        if (!okFrom || !okTo || from <= 0 || to <= 0)
            return usage(tr("--from and --to: expected snapshot ids, as `summary` and `import` print them"));
    }
    Store store;
    if (!openStore(store))
        return DataError;
    SnapshotDiff d;
    QString error;
    if (!SnapshotDiffer::diff(store.database(), tool, from, to, d, error))
        return dataError(QStringLiteral("%1: %2").arg(store.path(), error));

    // One row per changed field; added and removed accounts have one row with no field.
    const QStringList columns = {QStringLiteral("change"), QStringLiteral("account"), QStringLiteral("login"),
                                 QStringLiteral("email"),  QStringLiteral("field"),   QStringLiteral("before"),
                                 QStringLiteral("after")};
    QList<QStringList> rows;
    for (const AccountChange& c : d.changes) {
        const QString kind = changeKindName(c.kind);
        if (c.fields.isEmpty())
            rows.append({kind, c.accountKey, c.login, c.email, {}, {}, {}});
        for (const auto& [field, before, after] : c.fields)
            rows.append({kind, c.accountKey, c.login, c.email, field, before, after});
    }
    if (format == QLatin1String("csv")) {
        m_out << csvRecord(columns) << "\r\n";
        for (const QStringList& row : rows)
            m_out << csvRecord(row) << "\r\n";
    } else if (format == QLatin1String("json")) {
        QJsonArray changes;
        for (const QStringList& row : rows) {
            QJsonObject o;
            for (int i = 0; i < columns.size(); ++i)
                o.insert(columns.at(i), row.at(i));
            changes.append(o);
        }
        const QJsonObject root{{QStringLiteral("tool"), tool},
                               {QStringLiteral("from"), d.from},
                               {QStringLiteral("to"), d.to},
                               {QStringLiteral("added"), d.added},
                               {QStringLiteral("removed"), d.removed},
                               {QStringLiteral("changed"), d.changed},
                               {QStringLiteral("unchanged"), d.unchanged},
                               {QStringLiteral("changes"), changes}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
    } else {
        m_out << tr("%1: snapshot %2 -> %3: %4 added, %5 removed, %6 changed, %7 unchanged.")
                     .arg(tool)
                     .arg(d.from)
                     .arg(d.to)
                     .arg(d.added)
                     .arg(d.removed)
                     .arg(d.changed)
                     .arg(d.unchanged)
              << '\n';
        if (!rows.isEmpty())
            printTable(m_out, columns, rows);
    }
    return Ok;
}

struct Cli::AccountTarget
{
    Store store;
    Rules rules;
    std::unique_ptr<Reconciler> reconciler;
    QString tool;
    qint64 id = 0;
    AccountRecord record;
};

int Cli::openAccountTarget(AccountTarget& target, const QString& command)
{
    target.tool = m_parser.value(QStringLiteral("tool"));
    const QString account = m_parser.value(QStringLiteral("account"));
    if (target.tool.isEmpty() || account.isEmpty())
        return usage(tr("%1 needs --tool T and --account A").arg(command));
    if (!openWorkspace(target.store, target.rules))
        return DataError;
    target.reconciler = std::make_unique<Reconciler>(target.store, target.rules);
    if (!target.reconciler->findAccount(target.tool, account, target.id, target.record))
        return dataError(QStringLiteral("%1: %2").arg(target.store.path(), target.reconciler->errorString()));
    return Ok;
}

QString Cli::actor() const
{
    if (m_parser.isSet(QStringLiteral("actor")))
        return m_parser.value(QStringLiteral("actor"));
    const QString fromEnvironment = qEnvironmentVariable("ROLLCALL_ACTOR");
    if (!fromEnvironment.isEmpty())
        return fromEnvironment;
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? tr("unknown") : user;
}

int Cli::explain()
{
    if (!m_args.isEmpty())
        return usage(tr("explain takes no arguments"));
    AccountTarget target;
    if (const int status = openAccountTarget(target, QStringLiteral("explain")); status != Ok)
        return status;
    const QString& tool = target.tool;
    const AccountRecord& record = target.record;
    if (!target.reconciler->loadIdentities())
        return dataError(QStringLiteral("%1: %2").arg(target.store.path(), target.reconciler->errorString()));
    const Verdict v = target.reconciler->judge(tool, record, true);
    m_out << tr("%1 in %2 (%3)").arg(record.login.isEmpty() ? record.accountKey : record.login, tool, record.accountKey)
          << '\n';
    m_out << tr("Class: %1. Owner: %2. Rule: %3. Recommendation: %4.")
                 .arg(accountClassName(v.cls), v.owner.isEmpty() ? tr("none") : v.owner, v.rule, v.recommendation)
          << '\n';
    m_out << tr("Why: %1").arg(v.explanation) << '\n' << '\n' << tr("Cascade:") << '\n';
    QList<QStringList> steps;
    for (const TraceStep& step : v.trace)
        steps.append({step.rule, step.compared, step.outcome});
    printTable(m_out, {tr("step"), tr("compared"), tr("outcome")}, steps);
    m_out << '\n' << tr("Risk %1:").arg(v.risk) << '\n';
    QList<QStringList> factors;
    for (const RiskFactor& f : v.factors)
        factors.append({(f.points > 0 ? QStringLiteral("+%1") : QStringLiteral("%1")).arg(f.points), f.name, f.text});
    if (factors.isEmpty())
        m_out << tr("no risk factor") << '\n';
    else
        printTable(m_out, {tr("points"), tr("factor"), tr("why")}, factors);
    if (!v.candidates.isEmpty())
        m_out << tr("Candidates: %1").arg(v.candidates.join(QLatin1String(", "))) << '\n';
    if (!v.suggestions.isEmpty())
        m_out << tr("Suggested by name (not linked): %1").arg(v.suggestions.join(QLatin1String(", "))) << '\n';
    return Ok;
}

int Cli::link(bool unlink)
{
    const QString command = unlink ? QStringLiteral("unlink") : QStringLiteral("link");
    if (!m_args.isEmpty())
        return usage(tr("%1 takes no arguments").arg(command));
    const QString owner = m_parser.value(QStringLiteral("owner")).trimmed().toLower();
    const QString reason = m_parser.value(QStringLiteral("reason")).trimmed();
    if (reason.isEmpty() || (!unlink && owner.isEmpty()))
        return usage(unlink ? tr("unlink needs --tool T --account A --reason TEXT")
                            : tr("link needs --tool T --account A --owner EMAIL --reason TEXT"));
    if (unlink && !owner.isEmpty())
        return usage(tr("unlink takes no --owner"));
    AccountTarget target;
    if (const int status = openAccountTarget(target, command); status != Ok)
        return status;
    Store& store = target.store;
    Reconciler& reconciler = *target.reconciler;
    const QString& tool = target.tool;
    const AccountRecord& record = target.record;
    const qint64 accountId = target.id;
    QSqlQuery q(store.database());
    if (!unlink) {
        q.prepare(QStringLiteral("SELECT count(*) FROM identity i JOIN current_snapshot s ON s.id = i.snapshot_id "
                                 "WHERE s.source_kind = 'directory' AND (lower(i.email) = ? OR (i.email = '' AND "
                                 "lower(i.upn) = ?))"));
        q.addBindValue(owner);
        q.addBindValue(owner);
        if (!q.exec() || !q.next() || q.value(0).toInt() != 1)
            return dataError(tr("%1: no identity with the e-mail %2 in the directory; link to an owner the directory "
                                "knows")
                                 .arg(store.path(), owner));
    } else {
        q.prepare(QStringLiteral("SELECT count(*) FROM manual_link WHERE tool = ? AND account_key = ?"));
        q.addBindValue(tool);
        q.addBindValue(record.accountKey);
        if (!q.exec() || !q.next() || q.value(0).toInt() == 0)
            return dataError(tr("%1: %2 in %3 has no manual link").arg(store.path(), record.accountKey, tool));
    }
    q.prepare(
        QStringLiteral("INSERT INTO manual_link_event (tool, account_key, action, owner_email, actor, reason, at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(tool);
    q.addBindValue(record.accountKey);
    q.addBindValue(command);
    q.addBindValue(sqlText(owner));
    q.addBindValue(actor());
    q.addBindValue(reason);
    q.addBindValue(formatIsoTimestamp(Clock::nowUtc()));
    if (!q.exec())
        return dataError(tr("%1: cannot record the %2: %3").arg(store.path(), command, q.lastError().text()));
    if (!reconciler.loadIdentities() || !reconciler.rejudge(accountId, tool, record))
        return dataError(QStringLiteral("%1: %2").arg(store.path(), reconciler.errorString()));
    const Verdict v = reconciler.judge(tool, record);
    m_out << (unlink ? tr("Unlinked %1 in %2; now %3: %4") : tr("Linked %1 in %2; now %3: %4"))
                 .arg(record.accountKey, tool, accountClassName(v.cls), v.explanation)
          << '\n';
    return Ok;
}

} // namespace Rollcall
