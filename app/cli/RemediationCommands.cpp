// SPDX-License-Identifier: GPL-3.0-or-later
// rollcall-cli remediation: the removals and expiries of a campaign, as files for the tools' admins,
// and where each stands against the tools' latest exports (issue 7).
#include "Cli.h"
#include "TextTable.h"

#include "remediation/RemediationPlan.h"
#include "remediation/RemediationWriter.h"
#include "store/Store.h"
#include "util/CsvWriter.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rollcall {

void Cli::printRemediationOf(Store& store, const QString& tool)
{
    RemediationPlan plan;
    QString error;
    if (!RemediationPlan::compute(store, QString(), plan, error)) {
        m_err << tr("warning: %1").arg(error) << '\n';
        return;
    }
    for (const RemediationCount& c : plan.counts()) {
        if (c.tool == tool)
            m_out << tr("Remediation of campaign %1 in %2: %3 open, %4 overdue, %5 done.")
                         .arg(plan.campaign.name, tool)
                         .arg(c.open)
                         .arg(c.overdue)
                         .arg(c.done)
                  << '\n';
    }
}

int Cli::remediation()
{
    const bool status = m_parser.isSet(QStringLiteral("status"));
    const bool write = m_parser.isSet(QStringLiteral("out"));
    if (m_args.size() != 1 || (!status && !write))
        return usage(tr("remediation NAME --out DIR | remediation NAME --status [--format table|csv|json]"));
    QString format;
    if (!readFormat(FormatChoice::TableCsvOrJson, format))
        return UsageError;

    Store store;
    if (!openStore(store))
        return DataError;
    RemediationPlan plan;
    QString error;
    if (!RemediationPlan::compute(store, m_args.first(), plan, error))
        return dataError(error);

    if (write) {
        const QString dir = m_parser.value(QStringLiteral("out"));
        if (!writeRemediation(plan, dir, &error))
            return dataError(error);
        const RemediationCount t = plan.total();
        // With --status the files' summary goes to stderr, so stdout stays the status alone.
        QTextStream& said = status ? m_err : m_out;
        said << tr("Wrote the remediation of campaign %1 to %2: %n action(s) in %3 tool(s)", nullptr, int(t.total()))
                    .arg(plan.campaign.name, QDir::toNativeSeparators(dir))
                    .arg(plan.tools().size())
             << tr(" (%1 open, %2 overdue, %3 done).").arg(t.open).arg(t.overdue).arg(t.done) << '\n';
        if (!status) {
            for (const QString& file : remediationFiles(plan))
                m_out << "  " << file << '\n';
            return Ok;
        }
    }

    if (format == QLatin1String("json")) {
        QJsonArray items;
        for (const RemediationItem& i : std::as_const(plan.items)) {
            items.append(QJsonObject{{QStringLiteral("tool"), i.tool},
                                     {QStringLiteral("account"), i.accountKey},
                                     {QStringLiteral("login"), i.login},
                                     {QStringLiteral("action"), i.action},
                                     {QStringLiteral("decision"), i.decision},
                                     {QStringLiteral("due"), i.due.toString(Qt::ISODate)},
                                     {QStringLiteral("status"), remediationStatusName(i.status)},
                                     {QStringLiteral("decision_id"), i.decisionSeq},
                                     {QStringLiteral("decided_by"), i.decidedBy},
                                     {QStringLiteral("decided_at"), i.decidedAt},
                                     {QStringLiteral("state_now"), i.stateNow},
                                     {QStringLiteral("checked_snapshot"), i.checkedSnapshot},
                                     {QStringLiteral("note"), i.note}});
        }
        QJsonArray tools;
        for (const RemediationCount& c : plan.counts()) {
            tools.append(QJsonObject{{QStringLiteral("tool"), c.tool},
                                     {QStringLiteral("open"), c.open},
                                     {QStringLiteral("done"), c.done},
                                     {QStringLiteral("overdue"), c.overdue}});
        }
        const RemediationCount t = plan.total();
        const QJsonObject root{{QStringLiteral("campaign"), plan.campaign.name},
                               {QStringLiteral("as_of"), plan.generatedAt},
                               {QStringLiteral("open"), t.open},
                               {QStringLiteral("done"), t.done},
                               {QStringLiteral("overdue"), t.overdue},
                               {QStringLiteral("by_tool"), tools},
                               {QStringLiteral("items"), items}};
        m_out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return Ok;
    }
    QList<QStringList> rows;
    for (const RemediationItem& i : std::as_const(plan.items))
        rows.append({i.tool, i.login.isEmpty() ? i.accountKey : i.login, i.action, i.due.toString(Qt::ISODate),
                     remediationStatusName(i.status), QString::number(i.decisionSeq), i.note});
    const QStringList header = {QStringLiteral("tool"), QStringLiteral("account"), QStringLiteral("action"),
                                QStringLiteral("due"),  QStringLiteral("status"),  QStringLiteral("decision_id"),
                                QStringLiteral("note")};
    if (format == QLatin1String("csv")) {
        m_out << csvRecord(header) << '\n';
        for (const QStringList& row : std::as_const(rows))
            m_out << csvRecord(row) << '\n';
        return Ok;
    }
    const RemediationCount t = plan.total();
    m_out << tr("Remediation of campaign %1 as of %2: %n action(s), ", nullptr, int(t.total()))
                 .arg(plan.campaign.name, plan.generatedAt)
          << tr("%1 open, %2 overdue, %3 done.").arg(t.open).arg(t.overdue).arg(t.done) << '\n';
    if (rows.isEmpty())
        return Ok;
    m_out << '\n';
    QList<QStringList> perTool;
    for (const RemediationCount& c : plan.counts())
        perTool.append({c.tool, QString::number(c.open), QString::number(c.overdue), QString::number(c.done)});
    printTable(m_out, {tr("tool"), tr("open"), tr("overdue"), tr("done")}, perTool);
    m_out << '\n';
    printTable(m_out, {tr("tool"), tr("account"), tr("action"), tr("due"), tr("status"), tr("decision"), tr("note")},
               rows);
    return Ok;
}

} // namespace Rollcall
