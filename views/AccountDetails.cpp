// SPDX-License-Identifier: GPL-3.0-or-later
#include "AccountDetails.h"

#include "CsvReader.h"
#include "RulesLoader.h"
#include "item/AccountTableModel.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/Timestamps.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <deque>
#include <optional>

namespace Rollcall {

namespace {
QString jsonText(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return {};
    case QJsonValue::Bool:
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QString::number(v.toDouble(), 'g', 15);
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}
} // namespace

QList<QPair<QString, QString>> AccountDetails::parseRecord(const QString& header, const QString& raw,
                                                           QStringList* extraRecords)
{
    QList<QPair<QString, QString>> fields;
    const QString trimmed = raw.trimmed();
    if (trimmed.startsWith(QLatin1Char('{'))) {
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
        if (doc.isObject()) {
            const QJsonObject o = doc.object();
            for (auto it = o.begin(); it != o.end(); ++it)
                fields.append({it.key(), jsonText(it.value())});
            return fields;
        }
    }
    if (header.isEmpty())
        return fields;
    QByteArray bytes = header.toUtf8();
    bytes += '\n';
    bytes += raw.toUtf8();
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (!reader.readHeader())
        return fields;
    CsvRecord record;
    bool first = true;
    while (reader.readRecord(record)) {
        if (first) {
            for (int i = 0; i < reader.header().size(); ++i)
                fields.append({reader.header().at(i), record.fields.value(i)});
            first = false;
        } else if (extraRecords) {
            extraRecords->append(record.text);
        }
    }
    return fields;
}

bool AccountDetails::load(const QSqlDatabase& db, qint64 accountId, AccountDetails& d, QString& error)
{
    d = {};
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "SELECT a.id, a.tool, a.account_key, a.login, a.email, a.display_name, a.privilege, a.tool_role, a.mfa, "
        "a.state, a.state_expiry, a.last_activity, a.last_activity_raw, a.never_used, a.created, a.other_emails, "
        "a.external_id, a.raw, a.line, s.id, s.format, s.file_name, s.imported_at, s.header, "
        "l.class, l.rule, l.explanation, l.risk, l.risk_factors, l.recommendation, l.suggestions, l.candidates, "
        "l.matched_value, CASE WHEN i.email <> '' THEN i.email ELSE COALESCE(i.upn, '') END, i.display_name, i.status, "
        "a.keys_unused, a.oldest_key_rotated, l.reconciled_at "
        "FROM account a JOIN snapshot s ON s.id = a.snapshot_id LEFT JOIN link l ON l.account_id = a.id "
        "LEFT JOIN identity i ON i.id = l.identity_id WHERE a.id = ?"));
    q.addBindValue(accountId);
    if (!q.exec()) {
        error = q.lastError().text();
        return false;
    }
    if (!q.next()) {
        error = AccountDetailsLoader::tr("the account is no longer in the workspace");
        return false;
    }
    int c = 0;
    d.id = q.value(c++).toLongLong();
    d.tool = q.value(c++).toString();
    d.accountKey = q.value(c++).toString();
    d.login = q.value(c++).toString();
    d.email = q.value(c++).toString();
    d.displayName = q.value(c++).toString();
    d.privilege = q.value(c++).toString();
    d.toolRole = q.value(c++).toString();
    const QVariant mfa = q.value(c++);
    d.mfa = mfa.isNull() ? QStringLiteral("unknown") : mfa.toInt() ? QStringLiteral("yes") : QStringLiteral("no");
    d.state = q.value(c++).toString();
    d.stateExpiry = q.value(c++).toString();
    d.lastActivity = q.value(c++).toString();
    d.lastActivityRaw = q.value(c++).toString();
    d.neverUsed = q.value(c++).toInt() != 0;
    d.created = q.value(c++).toString();
    d.otherEmails = lines(q.value(c++).toString());
    d.externalId = q.value(c++).toString();
    d.raw = q.value(c++).toString();
    d.line = q.value(c++).toLongLong();
    d.snapshotId = q.value(c++).toLongLong();
    d.format = q.value(c++).toString();
    d.fileName = q.value(c++).toString();
    d.importedAt = q.value(c++).toString();
    const QString header = q.value(c++).toString();
    d.cls = q.value(c++).toString();
    d.rule = q.value(c++).toString();
    d.explanation = q.value(c++).toString();
    const QVariant risk = q.value(c++);
    d.risk = risk.isNull() ? -1 : risk.toInt();
    const QJsonArray factors = QJsonDocument::fromJson(q.value(c++).toString().toUtf8()).array();
    d.recommendation = q.value(c++).toString();
    d.suggestions = lines(q.value(c++).toString());
    d.candidates = lines(q.value(c++).toString());
    d.matchedValue = q.value(c++).toString();
    d.owner = q.value(c++).toString();
    d.ownerName = q.value(c++).toString();
    d.ownerStatus = q.value(c++).toString();
    // Risk factors are stored as names and points; their words are made here, in the reader's language, for the
    // account as it was when judged (verdicts of older releases carry their words).
    AccountRecord judged;
    judged.privilege = d.privilege;
    judged.toolRole = d.toolRole;
    judged.state = d.state;
    judged.lastActivity = parseIsoTimestamp(d.lastActivity);
    judged.keysUnused = q.value(c++).toInt();
    judged.oldestKeyRotated = parseIsoTimestamp(q.value(c++).toString());
    const QDateTime judgedAt = parseIsoTimestamp(q.value(c++).toString()).value_or(Clock::nowUtc());
    for (const QJsonValue& f : factors) {
        const QJsonObject o = f.toObject();
        const QString name = o.value(QLatin1String("factor")).toString();
        const QString text = o.value(QLatin1String("text")).toString();
        d.factors.append({name, o.value(QLatin1String("points")).toInt(),
                          text.isEmpty() ? Reconciler::riskFactorText(name, judged, judgedAt) : text});
    }
    d.fields = parseRecord(header, d.raw, &d.extraRecords);

    QSqlQuery h(db);
    h.prepare(
        QStringLiteral("SELECT s.id, s.imported_at, s.file_name, a.privilege, a.state, a.email, a.last_activity, "
                       "COALESCE(l.class, ''), l.risk FROM snapshot s JOIN account_key k ON k.snapshot_id = s.id AND "
                       "k.key_hash = key_hash(?) JOIN account a ON a.id = k.account_id AND a.account_key = ? "
                       "LEFT JOIN link l ON l.account_id = a.id "
                       "WHERE s.source_kind = 'tool' AND s.tool = ? ORDER BY s.id"));
    h.addBindValue(d.accountKey);
    h.addBindValue(d.accountKey);
    h.addBindValue(d.tool);
    if (!h.exec()) {
        error = h.lastError().text();
        return false;
    }
    while (h.next()) {
        HistoryEntry e;
        e.snapshotId = h.value(0).toLongLong();
        e.importedAt = h.value(1).toString();
        e.fileName = h.value(2).toString();
        e.privilege = h.value(3).toString();
        e.state = h.value(4).toString();
        e.email = h.value(5).toString();
        e.lastActivity = h.value(6).toString();
        e.cls = h.value(7).toString();
        e.risk = h.value(8).isNull() ? -1 : h.value(8).toInt();
        d.history.append(e);
    }
    QSqlQuery m(db);
    m.prepare(QStringLiteral("SELECT action, owner_email, actor, reason, at FROM manual_link_event WHERE tool = ? AND "
                             "account_key = ? ORDER BY id"));
    m.addBindValue(d.tool);
    m.addBindValue(d.accountKey);
    if (m.exec()) {
        while (m.next())
            d.manualEvents.append({m.value(0).toString(), m.value(1).toString(), m.value(2).toString(),
                                   m.value(3).toString(), m.value(4).toString()});
    }
    return true;
}

struct AccountDetailsLoader::Private
{
    struct LinkRequest
    {
        qint64 accountId = 0;
        QString owner;
        QString reason;
        QString actor;
    };

    QMutex mutex;
    QWaitCondition wake;
    bool stop = false;
    std::optional<QString> path;
    std::optional<qint64> load;
    bool forceTrace = false;
    std::deque<LinkRequest> links;
    bool invalidate = false;

    // The worker's own.
    std::unique_ptr<Store> store;
    std::unique_ptr<Reconciler> reconciler; // identities loaded
    Rules rules;
    QString workspace;

    bool ensureReconciler(QString& error)
    {
        if (reconciler)
            return true;
        if (!RulesLoader::loadForWorkspace(*store, {}, rules, error))
            return false;
        auto r = std::make_unique<Reconciler>(*store, rules);
        if (!r->loadIdentities()) {
            error = r->errorString();
            return false;
        }
        reconciler = std::move(r);
        return true;
    }
};

AccountDetailsLoader::AccountDetailsLoader(QObject* parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    m_thread = QThread::create([this] {
        setBackgroundPriority(8);
        run();
    });
    m_thread->setObjectName(QStringLiteral("rollcall-details"));
    m_thread->start();
}

AccountDetailsLoader::~AccountDetailsLoader()
{
    {
        QMutexLocker lock(&d->mutex);
        d->stop = true;
        d->wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
}

void AccountDetailsLoader::setWorkspace(const QString& path)
{
    QMutexLocker lock(&d->mutex);
    d->path = path;
    d->load.reset();
    d->links.clear();
    d->wake.wakeAll();
}

void AccountDetailsLoader::load(qint64 accountId)
{
    QMutexLocker lock(&d->mutex);
    d->load = accountId;
    d->forceTrace = false;
    d->wake.wakeAll();
}

void AccountDetailsLoader::loadTrace(qint64 accountId)
{
    QMutexLocker lock(&d->mutex);
    d->load = accountId;
    d->forceTrace = true;
    d->wake.wakeAll();
}

void AccountDetailsLoader::link(qint64 accountId, const QString& ownerEmail, const QString& reason,
                                const QString& actor)
{
    QMutexLocker lock(&d->mutex);
    d->links.push_back({accountId, ownerEmail.trimmed().toLower(), reason.trimmed(), actor});
    m_busy = true;
    d->wake.wakeAll();
}

void AccountDetailsLoader::invalidate()
{
    QMutexLocker lock(&d->mutex);
    d->invalidate = true;
}

void AccountDetailsLoader::run()
{
    for (;;) {
        std::optional<QString> path;
        std::optional<qint64> load;
        bool forceTrace = false;
        std::optional<Private::LinkRequest> link;
        {
            QMutexLocker lock(&d->mutex);
            while (!d->stop && !d->path && !d->load && d->links.empty())
                d->wake.wait(&d->mutex);
            if (d->stop)
                break;
            if (d->invalidate) {
                d->invalidate = false;
                d->reconciler.reset();
            }
            path.swap(d->path);
            if (!path && !d->links.empty()) {
                link = d->links.front();
                d->links.pop_front();
            } else if (!path) {
                load.swap(d->load);
                forceTrace = d->forceTrace;
            }
        }
        if (path) {
            d->reconciler.reset();
            d->store.reset();
            d->workspace = *path;
            if (!path->isEmpty()) {
                auto store = std::make_unique<Store>();
                if (store->open(*path, Store::OpenMode::ExistingOnly)) {
                    // Lookups of one account: a small page cache does.
                    QSqlQuery(store->database()).exec(QStringLiteral("PRAGMA cache_size = -4096"));
                    d->store = std::move(store);
                }
            }
            continue;
        }
        if (link) {
            QString message;
            bool ok = false;
            if (!d->store) {
                message = tr("no workspace is open");
            } else {
                QString error;
                AccountDetails details;
                if (AccountDetails::load(d->store->database(), link->accountId, details, error) &&
                    d->ensureReconciler(error)) {
                    QSqlQuery q(d->store->database());
                    q.prepare(QStringLiteral(
                        "SELECT count(*) FROM identity i JOIN current_snapshot s ON s.id = i.snapshot_id WHERE "
                        "s.source_kind = 'directory' AND (lower(i.email) = ? OR (i.email = '' AND lower(i.upn) = ?))"));
                    q.addBindValue(link->owner);
                    q.addBindValue(link->owner);
                    qint64 accountId = 0;
                    AccountRecord record;
                    if (!q.exec() || !q.next() || q.value(0).toInt() != 1) {
                        error = tr("no identity with the e-mail %1 in the directory; link to an owner the directory "
                                   "knows")
                                    .arg(link->owner);
                    } else if (!d->reconciler->findAccount(details.tool, details.accountKey, accountId, record)) {
                        error = d->reconciler->errorString();
                    } else {
                        q.prepare(QStringLiteral(
                            "INSERT INTO manual_link_event (tool, account_key, action, owner_email, actor, reason, at) "
                            "VALUES (?, ?, 'link', ?, ?, ?, ?)"));
                        q.addBindValue(details.tool);
                        q.addBindValue(details.accountKey);
                        q.addBindValue(link->owner);
                        q.addBindValue(link->actor);
                        q.addBindValue(link->reason);
                        q.addBindValue(formatIsoTimestamp(Clock::nowUtc()));
                        if (!q.exec()) {
                            error = tr("cannot record the link: %1").arg(q.lastError().text());
                        } else if (!d->reconciler->loadIdentities() ||
                                   !d->reconciler->rejudge(accountId, details.tool, record)) {
                            error = d->reconciler->errorString();
                        } else {
                            const Verdict v = d->reconciler->judge(details.tool, record);
                            ok = true;
                            message = tr("Linked %1 in %2 to %3; now %4: %5")
                                          .arg(details.login.isEmpty() ? details.accountKey : details.login,
                                               details.tool, link->owner, accountClassName(v.cls), v.explanation);
                        }
                    }
                }
                if (!ok)
                    message = error;
            }
            bool more = false;
            {
                QMutexLocker lock(&d->mutex);
                more = !d->links.empty();
            }
            m_busy = more;
            const qint64 id = link->accountId;
            QMetaObject::invokeMethod(
                this, [this, id, ok, message] { Q_EMIT linked(id, ok, message); }, Qt::QueuedConnection);
            continue;
        }
        if (!load || !d->store)
            continue;
        const qint64 id = *load;
        AccountDetails details;
        QString error;
        if (!AccountDetails::load(d->store->database(), id, details, error)) {
            QMetaObject::invokeMethod(
                this, [this, id, error] { Q_EMIT failed(id, error); }, Qt::QueuedConnection);
            continue;
        }
        QMetaObject::invokeMethod(
            this, [this, details] { Q_EMIT detailsLoaded(details); }, Qt::QueuedConnection);
        {
            // A newer selection, a link or a new workspace goes first; the trace of this one is moot.
            QMutexLocker lock(&d->mutex);
            if (d->load || d->path || !d->links.empty() || d->stop)
                continue;
        }
        if (!d->reconciler && !forceTrace) {
            QSqlQuery count(d->store->database());
            const qint64 identities =
                count.exec(QStringLiteral("SELECT count(*) FROM identity i JOIN current_snapshot s ON s.id = "
                                          "i.snapshot_id WHERE s.source_kind = 'directory'")) &&
                        count.next()
                    ? count.value(0).toLongLong()
                    : 0;
            if (identities > AutoTraceIdentities) {
                QMetaObject::invokeMethod(
                    this, [this, id, identities] { Q_EMIT traceDeferred(id, identities); }, Qt::QueuedConnection);
                continue;
            }
        }
        qint64 accountId = 0;
        AccountRecord record;
        if (!d->ensureReconciler(error) ||
            !d->reconciler->findAccount(details.tool, details.accountKey, accountId, record)) {
            if (error.isEmpty() && d->reconciler)
                error = d->reconciler->errorString();
            QMetaObject::invokeMethod(
                this, [this, id, error] { Q_EMIT failed(id, error); }, Qt::QueuedConnection);
            continue;
        }
        const Verdict verdict = d->reconciler->judge(details.tool, record, true);
        QMetaObject::invokeMethod(
            this, [this, id, verdict] { Q_EMIT traceLoaded(id, verdict); }, Qt::QueuedConnection);
    }
    d->reconciler.reset();
    d->store.reset();
}

} // namespace Rollcall
