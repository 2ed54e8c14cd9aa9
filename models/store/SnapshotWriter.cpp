// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotWriter.h"

#include "store/KeyHash.h"
#include "util/Timestamps.h"

#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace Rollcall {

namespace {
std::optional<QString> optionalTimestamp(const std::optional<QDateTime>& dt)
{
    return dt ? std::optional<QString>(formatIsoTimestamp(*dt)) : std::nullopt;
}

std::optional<QString> optionalDate(const std::optional<QDate>& date)
{
    return date ? std::optional<QString>(date->toString(Qt::ISODate)) : std::nullopt;
}
} // namespace

SnapshotWriter::SnapshotWriter(Store& store)
    : m_store(store)
{}

SnapshotWriter::~SnapshotWriter()
{
    rollback();
}

bool SnapshotWriter::fail(const QString& message)
{
    m_error = message;
    rollback();
    return false;
}

bool SnapshotWriter::refuse(const QString& message)
{
    m_error = message;
    return false;
}

bool SnapshotWriter::begin(const SnapshotInfo& info)
{
    QSqlDatabase db = m_store.database();
    m_bulkWrite.emplace(m_store);
    if (!db.transaction()) {
        m_bulkWrite.reset();
        return fail(tr("cannot start the import transaction: %1").arg(describeSqlError(db.lastError())));
    }
    m_active = true;
    // An import only appends, so it needs few pages at hand; the store's large cache is for reading. A
    // smaller one keeps a million-row import within 100 MB, the account keys it sorts at the end included.
    QSqlQuery cache(db);
    if (cache.exec(QStringLiteral("PRAGMA cache_size")) && cache.next())
        m_cacheSize = cache.value(0).toLongLong();
    cache.exec(QStringLiteral("PRAGMA cache_size = -16384"));
    m_info = info;
    m_rows = 0;
    m_recordKeys.clear();
    m_droppedRepeats.clear();
    m_keys = KeysState::Open;
    m_errorLine = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO snapshot (source_kind, tool, format, file_name, file_sha256, file_size, "
                             "encoding, header, imported_at, row_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
    for (const QVariant& v :
         {QVariant(sourceKindName(info.kind)), QVariant(info.tool), QVariant(info.format), QVariant(info.fileName),
          QVariant(info.fileSha256), QVariant(info.fileSize), sqlText(info.encoding), sqlText(info.header),
          QVariant(formatIsoTimestamp(info.importedAt))})
        q.addBindValue(v);
    if (!q.exec())
        return fail(tr("cannot record the snapshot: %1").arg(q.lastError().text()));
    m_snapshotId = q.lastInsertId().toLongLong();

    const bool prepared =
        m_identityInsert.prepare(
            db,
            QStringLiteral(
                "INSERT INTO identity (snapshot_id, source_key, email, upn, other_emails, display_name, given_name, "
                "surname, status, guest, department, manager, end_date, raw, line, employee_id, external_ids, "
                "last_sign_in, formula_cells) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        m_accountInsert.prepare(
            db,
            QStringLiteral("INSERT INTO account (snapshot_id, tool, account_key, login, email, display_name, "
                           "privilege, mfa, disabled_in_tool, last_activity, never_used, created, raw, line, "
                           "other_emails, external_id, tool_role, state, state_expiry, last_activity_raw, "
                           "formula_cells, bot, keys_active, keys_unused, oldest_key_rotated, key_hash) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool lookups = m_keyLookup.prepare(
        db, info.kind == SourceKind::Directory ? QStringLiteral("SELECT source_key, line FROM identity WHERE id = ?")
                                               : QStringLiteral("SELECT account_key, line FROM account WHERE id = ?"));
    if (!prepared || !lookups) {
        return fail(
            tr("cannot prepare the import: %1").arg(m_identityInsert.errorString() + m_accountInsert.errorString()));
    }
    return true;
}

namespace {
// Parameters of the insert statements that come from the record, after those the writer binds.
constexpr int IdentityFirstValue = 2; // after snapshot_id
constexpr int AccountFirstValue = 3;  // after snapshot_id, tool
constexpr int AccountKeyValue = 0;
} // namespace

RecordValues SnapshotWriter::values(const IdentityRecord& r)
{
    RecordValues v;
    v.addText(r.sourceKey);
    v.addText(r.email);
    v.addText(r.upn);
    v.addText(r.otherEmails.join(QLatin1Char('\n')));
    v.addText(r.displayName);
    v.addText(r.givenName);
    v.addText(r.surname);
    v.addText(identityStatusName(r.status));
    v.addInteger(r.guest ? 1 : 0);
    v.addText(r.department);
    v.addText(r.manager);
    v.addText(optionalDate(r.endDate));
    v.addText(r.raw);
    v.addInteger(r.line);
    v.addText(r.employeeId);
    v.addText(r.externalIds.join(QLatin1Char('\n')));
    v.addText(optionalTimestamp(r.lastSignIn));
    v.addInteger(r.formulaCells ? 1 : 0);
    return v;
}

RecordValues SnapshotWriter::values(const AccountRecord& r)
{
    RecordValues v;
    v.addText(r.accountKey);
    v.addText(r.login);
    v.addText(r.email);
    v.addText(r.displayName);
    v.addText(r.privilege);
    if (r.mfa)
        v.addInteger(*r.mfa ? 1 : 0);
    else
        v.addNull();
    v.addInteger(r.disabledInTool() ? 1 : 0);
    v.addText(optionalTimestamp(r.lastActivity));
    v.addInteger(r.neverUsed ? 1 : 0);
    v.addText(optionalTimestamp(r.created));
    v.addText(r.raw);
    v.addInteger(r.line);
    v.addText(r.otherEmails.join(QLatin1Char('\n')));
    v.addText(r.externalId);
    v.addText(r.toolRole);
    v.addText(r.state);
    v.addText(optionalDate(r.stateExpiry));
    v.addText(r.lastActivityRaw);
    v.addInteger(r.formulaCells ? 1 : 0);
    v.addInteger(r.bot ? 1 : 0);
    v.addInteger(r.keysActive);
    v.addInteger(r.keysUnused);
    v.addText(optionalTimestamp(r.oldestKeyRotated));
    v.addInteger(keyHash(v.text(AccountKeyValue)));
    Q_ASSERT(v.size() == AccountKeyHashValue + 1);
    return v;
}

bool SnapshotWriter::addIdentity(const IdentityRecord& r)
{
    return addIdentity(values(r));
}

bool SnapshotWriter::addIdentity(const RecordValues& v)
{
    SqliteStatement& q = m_identityInsert;
    q.bind(1, m_snapshotId);
    v.bindTo(q, IdentityFirstValue);
    if (!q.step()) {
        return refuse(tr("cannot store identity '%1': %2; nothing was imported")
                          .arg(QString::fromUtf8(v.text(0)), describeSqlError(q.errorCode(), q.errorString())));
    }
    // Repeated keys are found by checkKeys() once every identity is in.
    m_recordKeys.push_back({keyHash(v.text(0)), q.lastInsertRowId() * 2});
    ++m_rows;
    return true;
}

bool SnapshotWriter::addAccount(const AccountRecord& r, bool skipRepeatedKey)
{
    return addAccount(values(r), skipRepeatedKey);
}

bool SnapshotWriter::addAccount(const RecordValues& v, bool skipRepeatedKey)
{
    SqliteStatement& q = m_accountInsert;
    q.bind(1, m_snapshotId);
    q.bind(2, m_info.tool);
    v.bindTo(q, AccountFirstValue);
    if (!q.step()) {
        return refuse(
            tr("cannot store account '%1': %2; nothing was imported")
                .arg(QString::fromUtf8(v.text(AccountKeyValue)), describeSqlError(q.errorCode(), q.errorString())));
    }
    m_recordKeys.push_back({v.integer(AccountKeyHashValue), q.lastInsertRowId() * 2 + (skipRepeatedKey ? 1 : 0)});
    ++m_rows;
    return true;
}

bool SnapshotWriter::checkKeys()
{
    if (m_keys != KeysState::Open)
        return m_keys != KeysState::Failed;
    m_keys = KeysState::Checked;
    std::sort(m_recordKeys.begin(), m_recordKeys.end(), [](const RecordKey& a, const RecordKey& b) {
        return a.hash != b.hash ? a.hash < b.hash : a.idAndKeepFirst < b.idAndKeepFirst;
    });

    // Keys that share a hash are rare (a few in a million, most of them different keys): read and compare.
    struct Repeat
    {
        qint64 recordId = 0;
        qint64 line = 0;
        qint64 firstLine = 0;
        QString key;
    };
    std::optional<Repeat> refused; // the one earliest in the file, as if found while reading
    const auto read = [this](qint64 recordId, QString& key, qint64& line) {
        m_keyLookup.bind(1, recordId);
        const bool found = m_keyLookup.next();
        key = found ? m_keyLookup.text(0) : QString();
        line = found ? m_keyLookup.integer(1) : 0;
        m_keyLookup.reset();
    };
    for (size_t i = 0; i < m_recordKeys.size();) {
        size_t end = i + 1;
        while (end < m_recordKeys.size() && m_recordKeys[end].hash == m_recordKeys[i].hash)
            ++end;
        if (end - i > 1) {
            QList<QString> keys(qsizetype(end - i));
            QList<qint64> lines(qsizetype(end - i));
            for (size_t k = i; k < end; ++k)
                read(m_recordKeys[k].recordId(), keys[qsizetype(k - i)], lines[qsizetype(k - i)]);
            for (size_t later = i + 1; later < end; ++later) {
                for (size_t first = i; first < later; ++first) {
                    if (keys.at(qsizetype(first - i)) != keys.at(qsizetype(later - i)))
                        continue;
                    RecordKey& repeat = m_recordKeys[later];
                    if (repeat.keepFirst())
                        m_droppedRepeats.push_back(repeat.recordId());
                    else if (!refused || repeat.recordId() < refused->recordId)
                        refused = Repeat{repeat.recordId(), lines.at(qsizetype(later - i)),
                                         lines.at(qsizetype(first - i)), keys.at(qsizetype(later - i))};
                    repeat.idAndKeepFirst = 0; // not indexed
                    break;
                }
            }
        }
        i = end;
    }
    if (refused) {
        m_keys = KeysState::Failed;
        m_errorLine = refused->line;
        return refuse((m_info.kind == SourceKind::Directory
                           ? tr("identity '%1' appears again (first at line %2); expected one record per identity")
                           : tr("account '%1' appears again (first at line %2); expected one record per account"))
                          .arg(refused->key)
                          .arg(refused->firstLine));
    }
    return true;
}

bool SnapshotWriter::indexKeys()
{
    if (m_keys == KeysState::Indexed)
        return true;
    if (!checkKeys())
        return false;
    if (m_info.kind == SourceKind::Directory) { // identities are only checked: nothing looks them up by key
        std::vector<RecordKey>().swap(m_recordKeys);
        m_keys = KeysState::Indexed;
        return true;
    }
    // Whatever fails from here leaves the snapshot unfit to commit.
    m_keys = KeysState::Failed;
    SqliteStatement drop;
    SqliteStatement index;
    const QSqlDatabase db = m_store.database();
    if (!drop.prepare(db, QStringLiteral("DELETE FROM account WHERE id = ?")) ||
        !index.prepare(db, QStringLiteral("INSERT INTO account_key (snapshot_id, key_hash, account_id) "
                                          "VALUES (?, ?, ?)"))) {
        return refuse(tr("cannot prepare the account keys: %1").arg(drop.errorString() + index.errorString()));
    }
    for (const qint64 id : m_droppedRepeats) {
        drop.bind(1, id);
        if (!drop.step())
            return refuse(tr("cannot drop a repeated account: %1; nothing was imported")
                              .arg(describeSqlError(drop.errorCode(), drop.errorString())));
        --m_rows;
    }
    // A hundred keys a statement: one statement a key spent more on stepping it than on the B-tree.
    constexpr int KeysPerInsert = 100;
    SqliteStatement group;
    {
        QString sql = QStringLiteral("INSERT INTO account_key (snapshot_id, key_hash, account_id) VALUES (?1, ?, ?)");
        for (int k = 1; k < KeysPerInsert; ++k)
            sql += QLatin1String(", (?1, ?, ?)");
        if (!group.prepare(db, sql))
            return refuse(tr("cannot prepare the account keys: %1").arg(group.errorString()));
    }
    std::vector<const RecordKey*> kept;
    kept.reserve(m_recordKeys.size());
    for (const RecordKey& k : m_recordKeys) {
        if (k.idAndKeepFirst != 0)
            kept.push_back(&k);
    }
    size_t i = 0;
    auto failed = [this](const SqliteStatement& q) {
        return refuse(tr("cannot store the account keys: %1; nothing was imported")
                          .arg(describeSqlError(q.errorCode(), q.errorString())));
    };
    for (; i + KeysPerInsert <= kept.size(); i += KeysPerInsert) {
        group.bind(1, m_snapshotId);
        for (int k = 0; k < KeysPerInsert; ++k) {
            group.bind(2 + 2 * k, kept[i + size_t(k)]->hash);
            group.bind(3 + 2 * k, kept[i + size_t(k)]->recordId());
        }
        if (!group.step())
            return failed(group);
    }
    for (; i < kept.size(); ++i) {
        index.bind(1, m_snapshotId);
        index.bind(2, kept[i]->hash);
        index.bind(3, kept[i]->recordId());
        if (!index.step())
            return failed(index);
    }
    std::vector<RecordKey>().swap(m_recordKeys);
    m_droppedRepeats.clear();
    m_keys = KeysState::Indexed;
    return true;
}

void SnapshotWriter::restoreConnection()
{
    m_bulkWrite.reset();
    if (m_cacheSize == 0)
        return;
    QSqlQuery q(m_store.database());
    q.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_cacheSize));
    m_cacheSize = 0;
}

void SnapshotWriter::setSourceDetails(const QString& encoding, const QString& header, const QStringList& warnings)
{
    m_info.encoding = encoding;
    m_info.header = header;
    m_info.warnings = warnings;
}

bool SnapshotWriter::commit()
{
    if (!m_active)
        return fail(tr("no import in progress"));
    if (!indexKeys())
        return fail(m_error);
    m_identityInsert.finalize();
    m_accountInsert.finalize();
    m_keyLookup.finalize();
    QSqlDatabase db = m_store.database();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "UPDATE snapshot SET row_count = ?, encoding = ?, header = ?, warnings = ?, time_zone = ? WHERE id = ?"));
    q.addBindValue(m_rows);
    q.addBindValue(sqlText(m_info.encoding));
    q.addBindValue(sqlText(m_info.header));
    q.addBindValue(sqlText(m_info.warnings.join(QLatin1Char('\n'))));
    q.addBindValue(m_info.timeZone.isEmpty() ? QStringLiteral("UTC") : m_info.timeZone);
    q.addBindValue(m_snapshotId);
    if (!q.exec())
        return fail(tr("cannot finish the snapshot: %1").arg(q.lastError().text()));
    if (!db.commit())
        return fail(tr("cannot commit the import: %1; nothing was imported").arg(describeSqlError(db.lastError())));
    m_active = false;
    restoreConnection();
    return true;
}

void SnapshotWriter::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_identityInsert.finalize();
    m_accountInsert.finalize();
    m_keyLookup.finalize();
    m_store.database().rollback();
    m_snapshotId = 0;
    restoreConnection();
}

} // namespace Rollcall
