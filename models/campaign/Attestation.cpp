// SPDX-License-Identifier: GPL-3.0-or-later
#include "Attestation.h"

#include "store/Store.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Rollcall {

QString decisionKindName(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Reconcile:
        return QStringLiteral("reconcile");
    case DecisionKind::Certify:
        return QStringLiteral("certify");
    case DecisionKind::Expire:
        return QStringLiteral("expire");
    case DecisionKind::Remove:
        return QStringLiteral("remove");
    case DecisionKind::Reassign:
        return QStringLiteral("reassign");
    case DecisionKind::NeedsInfo:
        return QStringLiteral("needs-info");
    case DecisionKind::Undo:
        return QStringLiteral("undo");
    }
    return {};
}

QList<DecisionKind> allDecisionKinds()
{
    return {DecisionKind::Reconcile, DecisionKind::Certify,   DecisionKind::Expire, DecisionKind::Remove,
            DecisionKind::Reassign,  DecisionKind::NeedsInfo, DecisionKind::Undo};
}

std::optional<DecisionKind> decisionKindFromName(const QString& name)
{
    const QString n = name.trimmed().toLower();
    for (DecisionKind kind : allDecisionKinds()) {
        if (decisionKindName(kind) == n)
            return kind;
    }
    return std::nullopt;
}

bool isFinalDecision(DecisionKind kind)
{
    return kind == DecisionKind::Reconcile || kind == DecisionKind::Certify || kind == DecisionKind::Expire ||
           kind == DecisionKind::Remove;
}

QString genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString canonicalJsonString(const QString& value)
{
    QString out;
    out.reserve(value.size() + 2);
    out += QLatin1Char('"');
    for (const QChar c : value) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
            out += QLatin1String("\\\"");
            break;
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u'\b':
            out += QLatin1String("\\b");
            break;
        case u'\t':
            out += QLatin1String("\\t");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        case u'\f':
            out += QLatin1String("\\f");
            break;
        case u'\r':
            out += QLatin1String("\\r");
            break;
        default:
            if (u < 0x20)
                out += QStringLiteral("\\u%1").arg(int(u), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
    return out;
}

QString canonicalFields(const QMap<QString, QString>& fields)
{
    // QMap orders its keys by QString::operator<, which compares UTF-16 code units, as RFC 8785 sorts.
    QString out = QStringLiteral("{");
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        if (out.size() > 1)
            out += QLatin1Char(',');
        out += canonicalJsonString(it.key()) + QLatin1Char(':') + canonicalJsonString(it.value());
    }
    return out + QLatin1Char('}');
}

QString sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

namespace {

QByteArray canonicalText(const Attestation& a, const QString* hash)
{
    // Members in sorted order; `fields` is stored in its canonical form and goes in verbatim, so any
    // change to the stored text changes the hash.
    QString text = QStringLiteral("{\"account\":") + canonicalJsonString(a.accountKey);
    text += QStringLiteral(",\"at\":") + canonicalJsonString(a.at);
    text += QStringLiteral(",\"campaign\":") + canonicalJsonString(a.campaign);
    text += QStringLiteral(",\"decision\":") + canonicalJsonString(a.decision);
    text += QStringLiteral(",\"fields\":") + a.fields;
    if (hash)
        text += QStringLiteral(",\"hash\":") + canonicalJsonString(*hash);
    text += QStringLiteral(",\"prev\":") + canonicalJsonString(a.prevHash);
    text += QStringLiteral(",\"reviewer\":") + canonicalJsonString(a.reviewer);
    text += QStringLiteral(",\"seq\":") + QString::number(a.seq);
    text +=
        QStringLiteral(",\"supersedes\":") + (a.supersedes ? QString::number(*a.supersedes) : QStringLiteral("null"));
    text += QStringLiteral(",\"tool\":") + canonicalJsonString(a.tool);
    text += QStringLiteral(",\"v\":1}");
    return text.toUtf8();
}

} // namespace

QByteArray Attestation::canonical() const
{
    return canonicalText(*this, nullptr);
}

QByteArray Attestation::canonicalRecord() const
{
    return canonicalText(*this, &hash);
}

bool Attestation::fromRecord(const QByteArray& line, Attestation& out, QString& error)
{
    out = {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        error = parseError.error != QJsonParseError::NoError
                    ? QCoreApplication::translate("Attestation", "not JSON: %1 at character %2")
                          .arg(parseError.errorString())
                          .arg(parseError.offset + 1)
                    : QCoreApplication::translate("Attestation", "not a JSON object");
        return false;
    }
    const QJsonObject o = doc.object();
    const QStringList strings = {QStringLiteral("account"),  QStringLiteral("at"),   QStringLiteral("campaign"),
                                 QStringLiteral("decision"), QStringLiteral("hash"), QStringLiteral("prev"),
                                 QStringLiteral("reviewer"), QStringLiteral("tool")};
    QStringList expected = strings;
    expected << QStringLiteral("fields") << QStringLiteral("seq") << QStringLiteral("supersedes")
             << QStringLiteral("v");
    for (const QString& key : o.keys()) {
        if (!expected.contains(key)) {
            error = QCoreApplication::translate("Attestation", "unexpected member \"%1\"").arg(key);
            return false;
        }
    }
    for (const QString& key : std::as_const(expected)) {
        if (!o.contains(key)) {
            error = QCoreApplication::translate("Attestation", "member \"%1\" is missing").arg(key);
            return false;
        }
    }
    for (const QString& key : strings) {
        if (!o.value(key).isString()) {
            error = QCoreApplication::translate("Attestation", "member \"%1\": expected a string").arg(key);
            return false;
        }
    }
    auto integer = [](const QJsonValue& v, qint64& n) {
        if (!v.isDouble() || v.toDouble() != double(v.toInteger()))
            return false;
        n = v.toInteger();
        return true;
    };
    qint64 version = 0;
    if (!integer(o.value(QStringLiteral("v")), version) || version != 1) {
        error = QCoreApplication::translate("Attestation", "member \"v\": expected 1");
        return false;
    }
    if (!integer(o.value(QStringLiteral("seq")), out.seq) || out.seq < 1) {
        error = QCoreApplication::translate("Attestation", "member \"seq\": expected a positive integer");
        return false;
    }
    const QJsonValue supersedes = o.value(QStringLiteral("supersedes"));
    qint64 superseded = 0;
    if (!supersedes.isNull()) {
        if (!integer(supersedes, superseded)) {
            error = QCoreApplication::translate("Attestation", "member \"supersedes\": expected an integer or null");
            return false;
        }
        out.supersedes = superseded;
    }
    const QJsonValue fields = o.value(QStringLiteral("fields"));
    if (!fields.isObject()) {
        error = QCoreApplication::translate("Attestation", "member \"fields\": expected an object");
        return false;
    }
    QMap<QString, QString> map;
    const QJsonObject f = fields.toObject();
    for (auto it = f.constBegin(); it != f.constEnd(); ++it) {
        if (!it.value().isString()) {
            error = QCoreApplication::translate("Attestation", "fields member \"%1\": expected a string").arg(it.key());
            return false;
        }
        map.insert(it.key(), it.value().toString());
    }
    out.fields = canonicalFields(map);
    out.accountKey = o.value(QStringLiteral("account")).toString();
    out.at = o.value(QStringLiteral("at")).toString();
    out.campaign = o.value(QStringLiteral("campaign")).toString();
    out.decision = o.value(QStringLiteral("decision")).toString();
    out.hash = o.value(QStringLiteral("hash")).toString();
    out.prevHash = o.value(QStringLiteral("prev")).toString();
    out.reviewer = o.value(QStringLiteral("reviewer")).toString();
    out.tool = o.value(QStringLiteral("tool")).toString();
    return true;
}

QString Attestation::computeHash() const
{
    return sha256Hex(canonical());
}

QMap<QString, QString> Attestation::fieldMap() const
{
    QMap<QString, QString> map;
    const QJsonObject o = QJsonDocument::fromJson(fields.toUtf8()).object();
    for (auto it = o.constBegin(); it != o.constEnd(); ++it)
        map.insert(it.key(), it.value().toString());
    return map;
}

bool AttestationLog::append(Attestation& a)
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT seq, hash FROM attestation_head WHERE id = 1")) || !q.next()) {
        m_error = tr("cannot read the head of the attestation log: %1").arg(q.lastError().text());
        return false;
    }
    a.seq = q.value(0).toLongLong() + 1;
    a.prevHash = q.value(1).toString();
    q.finish();
    a.hash = a.computeHash();
    q.prepare(
        QStringLiteral("INSERT INTO attestation (seq, campaign_id, campaign, tool, account_key, decision, reviewer, "
                       "at, fields, supersedes, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a.seq);
    q.addBindValue(a.campaignId);
    q.addBindValue(a.campaign);
    q.addBindValue(a.tool.isNull() ? QLatin1String("") : a.tool);
    q.addBindValue(a.accountKey.isNull() ? QLatin1String("") : a.accountKey);
    q.addBindValue(a.decision);
    q.addBindValue(a.reviewer);
    q.addBindValue(a.at);
    q.addBindValue(a.fields);
    q.addBindValue(a.supersedes ? QVariant(*a.supersedes) : QVariant(QMetaType::fromType<qint64>()));
    q.addBindValue(a.prevHash);
    q.addBindValue(a.hash);
    if (!q.exec()) {
        m_error = tr("cannot record the attestation: %1").arg(q.lastError().text());
        return false;
    }
    return true;
}

bool AttestationLog::read(QList<Attestation>& out, const QString& where, const QVariantList& values)
{
    return forEach(
        [&out](const Attestation& a) {
            out.append(a);
            return true;
        },
        where, values);
}

bool AttestationLog::forEach(const std::function<bool(const Attestation&)>& visit, const QString& where,
                             const QVariantList& values)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QString sql =
        QStringLiteral("SELECT seq, campaign_id, campaign, tool, account_key, decision, reviewer, at, fields, "
                       "supersedes, prev_hash, hash FROM attestation");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where;
    sql += QStringLiteral(" ORDER BY seq");
    q.prepare(sql);
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        m_error = tr("cannot read the attestation log: %1").arg(q.lastError().text());
        return false;
    }
    while (q.next()) {
        Attestation a;
        a.seq = q.value(0).toLongLong();
        a.campaignId = q.value(1).toLongLong();
        a.campaign = q.value(2).toString();
        a.tool = q.value(3).toString();
        a.accountKey = q.value(4).toString();
        a.decision = q.value(5).toString();
        a.reviewer = q.value(6).toString();
        a.at = q.value(7).toString();
        a.fields = q.value(8).toString();
        if (!q.value(9).isNull())
            a.supersedes = q.value(9).toLongLong();
        a.prevHash = q.value(10).toString();
        a.hash = q.value(11).toString();
        if (!visit(a))
            break;
    }
    return true;
}

WriteTransaction::WriteTransaction(const QSqlDatabase& db)
    : m_db(db)
{}

WriteTransaction::~WriteTransaction()
{
    rollback();
}

bool WriteTransaction::begin()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_error = describeSqlError(q.lastError());
        return false;
    }
    m_open = true;
    return true;
}

bool WriteTransaction::commit()
{
    if (!m_open)
        return false;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        m_error = describeSqlError(q.lastError());
        return false;
    }
    m_open = false;
    return true;
}

void WriteTransaction::rollback()
{
    if (!m_open)
        return;
    QSqlQuery q(m_db);
    (void)q.exec(QStringLiteral("ROLLBACK"));
    m_open = false;
}

} // namespace Rollcall
