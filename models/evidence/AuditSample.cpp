// SPDX-License-Identifier: GPL-3.0-or-later
#include "AuditSample.h"

#include "util/CsvWriter.h"

#include <limits>
#include <random>

namespace Rollcall {

bool AuditSample::isSampled(const Attestation& a)
{
    return a.decision != CampaignEvent::Start && a.decision != CampaignEvent::Close;
}

QList<qint64> AuditSample::drawIndices(quint64 seed, qint64 population, qint64 count)
{
    QList<qint64> order(population);
    for (qint64 i = 0; i < population; ++i)
        order[i] = i;
    std::mt19937_64 generator(seed);
    const qint64 n = qBound<qint64>(0, count, population);
    for (qint64 i = 0; i < n; ++i) {
        const quint64 range = quint64(population - i);
        const quint64 limit = std::numeric_limits<quint64>::max() - std::numeric_limits<quint64>::max() % range;
        quint64 x = generator();
        while (x >= limit)
            x = generator();
        std::swap(order[i], order[i + qint64(x % range)]);
    }
    order.resize(n);
    return order;
}

AuditSample AuditSample::draw(const QList<Attestation>& attestations, quint64 seed, qint64 count)
{
    QList<const Attestation*> decisions;
    for (const Attestation& a : attestations) {
        if (isSampled(a))
            decisions.append(&a);
    }
    AuditSample sample;
    sample.seed = seed;
    sample.population = decisions.size();
    for (const qint64 i : drawIndices(seed, decisions.size(), count))
        sample.drawn.append(*decisions.at(i));
    return sample;
}

QStringList AuditSample::csvColumns()
{
    return {QStringLiteral("seed"),    QStringLiteral("population"), QStringLiteral("draw"),
            QStringLiteral("seq"),     QStringLiteral("campaign"),   QStringLiteral("tool"),
            QStringLiteral("account"), QStringLiteral("decision"),   QStringLiteral("reviewer"),
            QStringLiteral("at"),      QStringLiteral("details"),    QStringLiteral("hash")};
}

QString AuditSample::details(const Attestation& a)
{
    QStringList parts;
    const QMap<QString, QString> fields = a.fieldMap();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (!it.value().isEmpty())
            parts.append(it.key() + QStringLiteral(": ") +
                         QString(it.value()).replace(QLatin1Char('\n'), QLatin1String(", ")));
    }
    return parts.join(QStringLiteral("; "));
}

QByteArray AuditSample::toCsv() const
{
    QByteArray csv = "\xEF\xBB\xBF";
    csv += csvRecord(csvColumns()).toUtf8() + "\r\n";
    int n = 0;
    for (const Attestation& a : drawn)
        csv +=
            csvRecord({QString::number(seed), QString::number(population), QString::number(++n), QString::number(a.seq),
                       a.campaign, a.tool, a.accountKey, a.decision, a.reviewer, a.at, details(a), a.hash})
                .toUtf8() +
            "\r\n";
    return csv;
}

} // namespace Rollcall
