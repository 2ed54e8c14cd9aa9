// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotWriter.h"

#include "util/Timestamps.h"

#include <QSqlError>
#include <QSqlQuery>

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
    if (!db.transaction())
        return fail(tr("cannot start the import transaction: %1").arg(describeSqlError(db.lastError())));
    m_active = true;
    m_info = info;
    m_rows = 0;
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
            db, QStringLiteral("INSERT INTO account (snapshot_id, tool, account_key, login, email, display_name, "
                               "privilege, mfa, disabled_in_tool, last_activity, never_used, created, raw, line, "
                               "other_emails, external_id, tool_role, state, state_expiry, last_activity_raw, "
                               "formula_cells, bot, keys_active, keys_unused, oldest_key_rotated) "
                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const bool lookups =
        m_identityLookup.prepare(
            db, QStringLiteral("SELECT line FROM identity WHERE snapshot_id = ? AND source_key = ?")) &&
        m_accountLookup.prepare(db,
                                QStringLiteral("SELECT line FROM account WHERE snapshot_id = ? AND account_key = ?"));
    if (!prepared || !lookups) {
        return fail(
            tr("cannot prepare the import: %1").arg(m_identityInsert.errorString() + m_accountInsert.errorString()));
    }
    return true;
}

bool SnapshotWriter::addIdentity(const IdentityRecord& r)
{
    SqliteStatement& q = m_identityInsert;
    int i = 1;
    q.bind(i++, m_snapshotId);
    q.bind(i++, r.sourceKey);
    q.bind(i++, r.email);
    q.bind(i++, r.upn);
    q.bind(i++, r.otherEmails.join(QLatin1Char('\n')));
    q.bind(i++, r.displayName);
    q.bind(i++, r.givenName);
    q.bind(i++, r.surname);
    const QString status = identityStatusName(r.status);
    q.bind(i++, status);
    q.bind(i++, qint64(r.guest ? 1 : 0));
    q.bind(i++, r.department);
    q.bind(i++, r.manager);
    const auto endDate = optionalDate(r.endDate);
    q.bindOptional(i++, endDate);
    q.bind(i++, r.raw);
    q.bind(i++, r.line);
    q.bind(i++, r.employeeId);
    const QString externalIds = r.externalIds.join(QLatin1Char('\n'));
    q.bind(i++, externalIds);
    const auto lastSignIn = optionalTimestamp(r.lastSignIn);
    q.bindOptional(i++, lastSignIn);
    q.bind(i++, qint64(r.formulaCells ? 1 : 0));
    if (!q.step()) {
        // Duplicate keys are found by the table's UNIQUE index, not by a second copy of every key in memory.
        if (q.uniqueViolated()) {
            return refuse(tr("identity '%1' appears again (first at line %2); expected one record per identity")
                              .arg(r.sourceKey)
                              .arg(firstLine(m_identityLookup, r.sourceKey)));
        }
        return refuse(tr("cannot store identity '%1': %2").arg(r.sourceKey, q.errorString()));
    }
    ++m_rows;
    return true;
}

bool SnapshotWriter::addAccount(const AccountRecord& r, bool skipRepeatedKey)
{
    SqliteStatement& q = m_accountInsert;
    int i = 1;
    q.bind(i++, m_snapshotId);
    q.bind(i++, m_info.tool);
    q.bind(i++, r.accountKey);
    q.bind(i++, r.login);
    q.bind(i++, r.email);
    q.bind(i++, r.displayName);
    q.bind(i++, r.privilege);
    if (r.mfa)
        q.bind(i++, qint64(*r.mfa ? 1 : 0));
    else
        q.bindNull(i++);
    q.bind(i++, qint64(r.disabledInTool() ? 1 : 0));
    const auto lastActivity = optionalTimestamp(r.lastActivity);
    q.bindOptional(i++, lastActivity);
    q.bind(i++, qint64(r.neverUsed ? 1 : 0));
    const auto created = optionalTimestamp(r.created);
    q.bindOptional(i++, created);
    q.bind(i++, r.raw);
    q.bind(i++, r.line);
    const QString otherEmails = r.otherEmails.join(QLatin1Char('\n'));
    q.bind(i++, otherEmails);
    q.bind(i++, r.externalId);
    q.bind(i++, r.toolRole);
    q.bind(i++, r.state);
    const auto stateExpiry = optionalDate(r.stateExpiry);
    q.bindOptional(i++, stateExpiry);
    q.bind(i++, r.lastActivityRaw);
    q.bind(i++, qint64(r.formulaCells ? 1 : 0));
    q.bind(i++, qint64(r.bot ? 1 : 0));
    q.bind(i++, qint64(r.keysActive));
    q.bind(i++, qint64(r.keysUnused));
    const auto oldestKey = optionalTimestamp(r.oldestKeyRotated);
    q.bindOptional(i++, oldestKey);
    if (!q.step()) {
        if (q.uniqueViolated() && skipRepeatedKey)
            return true; // only the failed statement was undone; the transaction goes on
        if (q.uniqueViolated()) {
            return refuse(tr("account '%1' appears again (first at line %2); expected one record per account")
                              .arg(r.accountKey)
                              .arg(firstLine(m_accountLookup, r.accountKey)));
        }
        return refuse(tr("cannot store account '%1': %2").arg(r.accountKey, q.errorString()));
    }
    ++m_rows;
    return true;
}

qint64 SnapshotWriter::firstLine(SqliteStatement& lookup, const QString& key)
{
    lookup.bind(1, m_snapshotId);
    lookup.bind(2, key);
    const qint64 line = lookup.next() ? lookup.integer(0) : 0;
    lookup.reset();
    return line;
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
    m_identityInsert.finalize();
    m_accountInsert.finalize();
    m_identityLookup.finalize();
    m_accountLookup.finalize();
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
    return true;
}

void SnapshotWriter::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_identityInsert.finalize();
    m_accountInsert.finalize();
    m_identityLookup.finalize();
    m_accountLookup.finalize();
    m_store.database().rollback();
    m_snapshotId = 0;
}

} // namespace Rollcall
