// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceReports.h"

#include "BarChart.h"
#include "PdfReport.h"
#include "evidence/AuditSample.h"
#include "remediation/RemediationPlan.h"
#include "remediation/RemediationWriter.h"
#include "util/Timestamps.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Rollcall {

namespace {

// The documents of evidence are English on purpose, whatever the language of the user interface: a
// bundle is signed and byte-for-byte reproducible (the same campaign gives the same summary.pdf under
// LANG=de and LANG=en, and TestEvidence/TestEvidenceCli compare the bytes), and an auditor compares
// documents written on different machines. So these strings are not offered to lupdate; the errors a
// user reads (summaryProducer() below) are translated.
QString en(const char* text)
{
    return QString::fromUtf8(text);
}

const QColor Interim(0xb2, 0x6a, 0x00);
const QColor Final(0x2e, 0x7d, 0x32);

QDateTime parseUtc(const QString& text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toUTC() : QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC);
}

QString orAll(const QStringList& list, const QString& all)
{
    return list.isEmpty() ? all : list.join(QStringLiteral(", "));
}

void cover(PdfReport& pdf, const EvidenceContent& c)
{
    const EvidenceManifest& m = c.manifest;
    pdf.title(en("Access review evidence"), en("Campaign %1").arg(m.campaign));
    if (m.interim)
        pdf.banner(en("INTERIM — the campaign was still open when this bundle was written (%1). Decisions may "
                      "change until it is closed.")
                       .arg(m.createdAt),
                   Interim);
    else
        pdf.banner(en("FINAL — the campaign was closed on %1 by %2.").arg(m.closedAt, m.closedBy), Final);
    const qint64 decided = c.progress.decided;
    pdf.keyValues({
        {en("Campaign"), m.campaign},
        {en("Owner"), m.owner},
        {en("Due"), m.due},
        {en("Started"), m.startedAt},
        {en("Closed"), m.closedAt.isEmpty() ? en("not yet") : en("%1 by %2").arg(m.closedAt, m.closedBy)},
        {en("Accounts reviewed"), en("%1, of which %2 decided and %3 open")
                                      .arg(m.populationTotal)
                                      .arg(decided)
                                      .arg(m.populationTotal - decided)},
        {en("Bundle written"), m.createdAt},
        {en("Written by"), en("Rollcall %1").arg(m.rollcallVersion)},
        {en("Signer"), en("Ed25519, public key SHA-256 fingerprint %1").arg(m.signerFingerprint)},
        {en("Decision chain"),
         en("attestations %1 to %2 (%3), head %4").arg(m.firstSeq).arg(m.lastSeq).arg(m.attestations).arg(m.chainHead)},
    });
    pdf.heading(en("How to verify this bundle"));
    pdf.paragraph(en("This report summarises the bundle; the signed manifest.json is authoritative. In the "
                     "bundle's folder, with Rollcall:"));
    pdf.paragraph(QStringLiteral("rollcall-cli verify . --trust SIGNER.pub.pem"), 9.5);
    pdf.paragraph(en("or with standard tools only:"));
    pdf.paragraph(QStringLiteral("sha256sum -c SHA256SUMS\nopenssl pkeyutl -verify -pubin -inkey signer.pub.pem "
                                 "-rawin -in manifest.json -sigfile manifest.sig"),
                  9.5);
    pdf.paragraph(en("Compare the signer's fingerprint above with the one the reviewer gave you through another "
                     "channel: openssl pkey -pubin -in signer.pub.pem -outform DER | sha256sum"),
                  9);
}

void scope(PdfReport& pdf, const EvidenceContent& c)
{
    const EvidenceManifest& m = c.manifest;
    pdf.newPage();
    pdf.heading(en("Scope"));
    QStringList reviewers;
    for (auto it = m.reviewers.cbegin(); it != m.reviewers.cend(); ++it)
        reviewers.append(it.key() + QStringLiteral(": ") + it.value());
    pdf.keyValues({{en("Tools"), orAll(m.scopeTools, en("every tool with a snapshot"))},
                   {en("Classes"), orAll(m.scopeClasses, en("every class but managed, plus privileged managed "
                                                            "accounts"))},
                   {en("Reviewers"), orAll(reviewers, en("the campaign owner"))},
                   {en("Previous campaign"), m.previousCampaign.isEmpty() ? en("none") : m.previousCampaign}});
    pdf.paragraph(en("The scope was frozen when the campaign started: the snapshots below are the inputs, "
                     "identified by the SHA-256 of the exported files."));
    QList<QStringList> rows;
    for (const EvidenceSnapshot& s : m.snapshots)
        rows.append({s.kind, s.tool, s.format, s.fileName, QString::number(s.rows), s.importedAt, s.sha256});
    pdf.table({en("Kind"), en("Tool"), en("Format"), en("File"), en("Rows"), en("Imported"), en("File SHA-256")},
              {0.09, 0.1, 0.16, 0.17, 0.06, 0.14, 0.28}, rows, 7.5);

    pdf.heading(en("Population tie-out"));
    pdf.paragraph(en("Accounts under review per tool and class at the freeze, beside the rows of each tool's "
                     "export. accounts.csv holds one row for each account, and rollcall-cli verify recounts them."));
    QStringList classes;
    QMap<QString, QMap<QString, qint64>> byTool;
    for (const TieOutCount& t : m.population) {
        if (!classes.contains(t.cls))
            classes.append(t.cls);
        byTool[t.tool][t.cls] += t.accounts;
    }
    std::sort(classes.begin(), classes.end());
    QMap<QString, qint64> snapshotRows;
    for (const EvidenceSnapshot& s : m.snapshots) {
        if (s.kind == QLatin1String("tool"))
            snapshotRows[s.tool] += s.rows;
    }
    QStringList header = {en("Tool"), en("Rows")};
    header += classes;
    header.append(en("In scope"));
    QList<qreal> widths = {0.11, 0.07};
    const qreal each = 0.75 / qMax<qsizetype>(1, classes.size());
    for (int i = 0; i < classes.size(); ++i)
        widths.append(each);
    widths.append(0.07);
    QList<QStringList> tie;
    QMap<QString, qint64> totals;
    qint64 exported = 0;
    for (auto it = byTool.cbegin(); it != byTool.cend(); ++it) {
        QStringList row = {it.key(), QString::number(snapshotRows.value(it.key()))};
        exported += snapshotRows.value(it.key());
        qint64 sum = 0;
        for (const QString& cls : std::as_const(classes)) {
            row.append(QString::number(it->value(cls)));
            totals[cls] += it->value(cls);
            sum += it->value(cls);
        }
        row.append(QString::number(sum));
        tie.append(row);
    }
    QStringList total = {en("Total"), QString::number(exported)};
    for (const QString& cls : std::as_const(classes))
        total.append(QString::number(totals.value(cls)));
    total.append(QString::number(m.populationTotal));
    tie.append(total);
    pdf.table(header, widths, tie, 7);
}

void charts(PdfReport& pdf, const EvidenceContent& c)
{
    pdf.newPage();
    pdf.heading(en("Charts"));
    const qreal unit = qreal(300) / 72;
    QMap<QString, qint64> byClass;
    for (const TieOutCount& t : c.manifest.population)
        byClass[t.cls] += t.accounts;
    QList<BarValue> classBars;
    for (auto it = byClass.cbegin(); it != byClass.cend(); ++it)
        classBars.append({it.key(), it.value(), QColor(0x1f, 0x78, 0xb4)});
    paintBarChart(pdf.painter(), pdf.reserve(barChartHeight(classBars.size())), en("Accounts under review by class"),
                  classBars, unit);
    pdf.space(14);
    QList<BarValue> decisionBars;
    for (auto it = c.progress.byDecision.cbegin(); it != c.progress.byDecision.cend(); ++it)
        decisionBars.append({it.key(), it.value(), decisionColor(it.key())});
    decisionBars.append({en("open"), c.progress.total - c.progress.decided - c.progress.needsInfo, QColor()});
    paintBarChart(pdf.painter(), pdf.reserve(barChartHeight(decisionBars.size())), en("Decisions in force"),
                  decisionBars, unit);
    pdf.space(14);
    QList<BarValue> toolBars;
    for (const ProgressCount& p : c.progress.byTool)
        toolBars.append(
            {en("%1 (%2 of %3)").arg(p.key).arg(p.decided).arg(p.total), p.decided, QColor(0x4c, 0x8c, 0x4a)});
    paintBarChart(pdf.painter(), pdf.reserve(barChartHeight(toolBars.size())), en("Decided accounts per tool"),
                  toolBars, unit);
}

void decisions(PdfReport& pdf, const EvidenceContent& c)
{
    pdf.newPage();
    pdf.heading(en("Decisions"));
    pdf.paragraph(en("Every account under review with the decision in force when the bundle was written; "
                     "decisions.jsonl holds each attestation, undo and reassignment included."));
    QList<QStringList> rows;
    for (const CampaignItem& i : c.items) {
        const QString decision = i.decision ? decisionKindName(*i.decision) : en("open");
        QString note;
        if (i.decisionBy) {
            const QMap<QString, QString> f = i.decisionBy->fieldMap();
            QStringList parts;
            for (const char* key : {"owner", "until", "reason"}) {
                const QString v = f.value(QLatin1String(key));
                if (!v.isEmpty())
                    parts.append(QLatin1String(key) + QStringLiteral(": ") + v);
            }
            note = parts.join(QStringLiteral("; "));
        }
        rows.append({i.tool, i.login.isEmpty() ? i.accountKey : i.login, i.cls, decision,
                     i.decisionBy ? i.decisionBy->reviewer : i.reviewer,
                     i.decisionBy ? i.decisionBy->at.left(10) : QString(), note});
    }
    pdf.table({en("Tool"), en("Account"), en("Class"), en("Decision"), en("Reviewer"), en("Date"), en("Details")},
              {0.11, 0.17, 0.11, 0.09, 0.2, 0.1, 0.22}, rows, 7.5);
}

void exceptions(PdfReport& pdf, const EvidenceContent& c)
{
    pdf.newPage();
    pdf.heading(en("Exceptions and their expiry"));
    pdf.paragraph(en("Accounts kept by a certification, until the date it expires, soonest first; days are counted "
                     "from the day the bundle was written (%1).")
                      .arg(c.manifest.createdAt.left(10)));
    const QDate today = parseUtc(c.manifest.createdAt).date();
    struct Row
    {
        QDate until;
        QStringList cells;
    };
    QList<Row> certified;
    QList<Row> expiring;
    for (const CampaignItem& i : c.items) {
        if (!i.decision || !i.decisionBy)
            continue;
        const QString untilText = i.decisionBy->field(QStringLiteral("until"));
        const QDate until = QDate::fromString(untilText, Qt::ISODate);
        const QString days = until.isValid() ? QString::number(today.daysTo(until)) : QString();
        const QString account = i.login.isEmpty() ? i.accountKey : i.login;
        if (*i.decision == DecisionKind::Certify)
            certified.append({until,
                              {i.tool, account, i.cls, i.decisionBy->field(QStringLiteral("owner")),
                               i.decisionBy->field(QStringLiteral("purpose")), untilText, days,
                               i.isCarriedOver() ? en("carried over") : QString()}});
        else if (*i.decision == DecisionKind::Expire)
            expiring.append({until, {i.tool, account, i.cls, i.decisionBy->reviewer, untilText, days}});
    }
    auto byDate = [](const Row& a, const Row& b) { return a.until < b.until; };
    std::stable_sort(certified.begin(), certified.end(), byDate);
    std::stable_sort(expiring.begin(), expiring.end(), byDate);
    QList<QStringList> rows;
    for (const Row& r : std::as_const(certified))
        rows.append(r.cells);
    pdf.table(
        {en("Tool"), en("Account"), en("Class"), en("Owner"), en("Purpose"), en("Expires"), en("Days"), en("Note")},
        {0.1, 0.15, 0.11, 0.19, 0.18, 0.1, 0.06, 0.11}, rows, 7.5);
    pdf.heading(en("Access ending on a date (expire)"));
    rows.clear();
    for (const Row& r : std::as_const(expiring))
        rows.append(r.cells);
    pdf.table({en("Tool"), en("Account"), en("Class"), en("Decided by"), en("Ends"), en("Days")},
              {0.14, 0.22, 0.12, 0.28, 0.14, 0.1}, rows, 7.5);
}

void remediation(PdfReport& pdf, const EvidenceContent& c)
{
    pdf.heading(en("Remediation status"));
    pdf.paragraph(en("Each removal is an account to revoke now, each expiry an account whose access ends on its "
                     "date: per tool, the actions these decisions ask for."));
    QMap<QString, QPair<qint64, qint64>> byTool;
    for (const CampaignItem& i : c.items) {
        if (i.decision == DecisionKind::Remove)
            ++byTool[i.tool].first;
        else if (i.decision == DecisionKind::Expire)
            ++byTool[i.tool].second;
    }
    QList<QStringList> rows;
    qint64 removals = 0;
    qint64 expiries = 0;
    for (auto it = byTool.cbegin(); it != byTool.cend(); ++it) {
        rows.append({it.key(), QString::number(it->first), QString::number(it->second),
                     QString::number(it->first + it->second)});
        removals += it->first;
        expiries += it->second;
    }
    rows.append(
        {en("Total"), QString::number(removals), QString::number(expiries), QString::number(removals + expiries)});
    pdf.table({en("Tool"), en("Remove"), en("Expire"), en("Actions")}, {0.4, 0.2, 0.2, 0.2}, rows);
}

} // namespace

QByteArray EvidenceReports::summary(const EvidenceContent& content)
{
    const QDateTime created = parseUtc(content.manifest.createdAt);
    PdfReport pdf(en("Access review evidence: %1").arg(content.manifest.campaign), created);
    pdf.setFooter(en("Rollcall evidence · campaign %1 · %2%3")
                      .arg(content.manifest.campaign, content.manifest.createdAt,
                           content.manifest.interim ? en(" · INTERIM") : QString()));
    cover(pdf, content);
    scope(pdf, content);
    charts(pdf, content);
    decisions(pdf, content);
    exceptions(pdf, content);
    remediation(pdf, content);
    return pdf.finish();
}

EvidenceWriter::Producer EvidenceReports::summaryProducer()
{
    return [](const EvidenceContent& content, const QString& dir, QString& error) {
        const QByteArray bytes = summary(content);
        QFile file(QDir(dir).filePath(EvidenceFile::Summary));
        if (bytes.isEmpty() || !file.open(QIODevice::WriteOnly | QIODevice::NewOnly) ||
            file.write(bytes) != bytes.size()) {
            error = QStringLiteral("%1: %2").arg(
                file.fileName(), bytes.isEmpty()
                                     ? QCoreApplication::translate("EvidenceReports", "the PDF could not be drawn")
                                     : file.errorString());
            return false;
        }
        return true;
    };
}

void EvidenceReports::addBundleProducers(EvidenceWriter& writer, Store& store)
{
    writer.addProducer(summaryProducer());
    writer.addProducer([&store](const EvidenceContent& content, const QString& dir, QString& error) {
        RemediationPlan plan;
        return RemediationPlan::compute(store, content.campaign.name, plan, error) &&
               writeRemediation(plan, QDir(dir).filePath(QStringLiteral("remediation")), &error);
    });
}

QByteArray EvidenceReports::sample(const AuditSample& sample, const EvidenceManifest& manifest,
                                   const QString& manifestSha256, const QDateTime& createdUtc)
{
    PdfReport pdf(en("Audit sample: %1").arg(manifest.campaign), createdUtc);
    pdf.setFooter(en("Rollcall audit sample · campaign %1 · seed %2").arg(manifest.campaign).arg(sample.seed));
    pdf.title(en("Audit sample"), en("Campaign %1").arg(manifest.campaign));
    pdf.keyValues(
        {{en("Bundle"), en("manifest.json SHA-256 %1").arg(manifestSha256)},
         {en("Signer"), manifest.signerFingerprint},
         {en("Drawn"), createdUtc.toUTC().toString(Qt::ISODate)},
         {en("Seed"), QString::number(sample.seed)},
         {en("Sample"), en("%1 of %2 decision attestation(s)").arg(sample.drawn.size()).arg(sample.population)},
         {en("Method"), en("std::mt19937_64 seeded with the seed, partial Fisher–Yates shuffle of the decision "
                           "attestations in file order; the same seed draws the same sample.")}});
    QList<QStringList> rows;
    int n = 0;
    for (const Attestation& a : sample.drawn)
        rows.append({QString::number(++n), QString::number(a.seq), a.tool, a.accountKey, a.decision, a.reviewer, a.at,
                     AuditSample::details(a)});
    pdf.table(
        {en("#"), en("Seq"), en("Tool"), en("Account"), en("Decision"), en("Reviewer"), en("Time"), en("Details")},
        {0.04, 0.05, 0.09, 0.17, 0.09, 0.18, 0.15, 0.23}, rows, 7.5);
    pdf.heading(en("Auditor's notes"));
    pdf.paragraph(en("For each drawn decision: evidence seen, conclusion, initials."), 9);
    return pdf.finish();
}

} // namespace Rollcall
