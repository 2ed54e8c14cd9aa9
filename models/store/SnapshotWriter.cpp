// SPDX-License-Identifier: GPL-3.0-or-later
#include "SnapshotWriter.h"

#include <QSqlError>

namespace Rollcall {

namespace {
QVariant optionalDate(const std::optional<QDateTime>& dt)
{
    return dt ? QVariant(dt->toUTC().toString(Qt::ISODate)) : QVariant();
}
} // namespace

SnapshotWriter::SnapshotWriter(Store& store)
    : m_store(store)
    , m_identityInsert(store.database())
    , m_accountInsert(store.database())
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

bool SnapshotWriter::begin(const SnapshotInfo& info)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return fail(tr("cannot start the import transaction: %1").arg(db.lastError().text()));
    m_active = true;
    m_info = info;
    m_rows = 0;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO snapshot (source_kind, tool, format, file_name, file_sha256, file_size, "
                             "encoding, header, imported_at, row_count) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"));
    for (const QVariant& v :
         {QVariant(sourceKindName(info.kind)), QVariant(info.tool), QVariant(info.format), QVariant(info.fileName),
          QVariant(info.fileSha256), QVariant(info.fileSize), sqlText(info.encoding), sqlText(info.header),
          QVariant(info.importedAt.toUTC().toString(Qt::ISODate))})
        q.addBindValue(v);
    if (!q.exec())
        return fail(tr("cannot record the snapshot: %1").arg(q.lastError().text()));
    m_snapshotId = q.lastInsertId().toLongLong();

    const bool prepared =
        m_identityInsert.prepare(QStringLiteral(
            "INSERT INTO identity (snapshot_id, source_key, email, upn, other_emails, display_name, given_name, "
            "surname, status, guest, department, manager, end_date, raw, line, employee_id, external_ids, "
            "last_sign_in, formula_cells) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) &&
        m_accountInsert.prepare(QStringLiteral(
            "INSERT INTO account (snapshot_id, tool, account_key, login, email, display_name, privilege, mfa, "
            "disabled_in_tool, last_activity, never_used, created, raw, line, other_emails, external_id, tool_role, "
            "state, state_expiry, last_activity_raw, formula_cells) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!prepared)
        return fail(tr("cannot prepare the import: %1").arg(m_accountInsert.lastError().text()));
    return true;
}

bool SnapshotWriter::addIdentity(const IdentityRecord& r)
{
    QSqlQuery& q = m_identityInsert;
    int i = 0;
    q.bindValue(i++, m_snapshotId);
    q.bindValue(i++, sqlText(r.sourceKey));
    q.bindValue(i++, sqlText(r.email));
    q.bindValue(i++, sqlText(r.upn));
    q.bindValue(i++, sqlText(r.otherEmails.join(QLatin1Char('\n'))));
    q.bindValue(i++, sqlText(r.displayName));
    q.bindValue(i++, sqlText(r.givenName));
    q.bindValue(i++, sqlText(r.surname));
    q.bindValue(i++, identityStatusName(r.status));
    q.bindValue(i++, r.guest ? 1 : 0);
    q.bindValue(i++, sqlText(r.department));
    q.bindValue(i++, sqlText(r.manager));
    q.bindValue(i++, r.endDate ? QVariant(r.endDate->toString(Qt::ISODate)) : QVariant());
    q.bindValue(i++, sqlText(r.raw));
    q.bindValue(i++, r.line);
    q.bindValue(i++, sqlText(r.employeeId));
    q.bindValue(i++, sqlText(r.externalIds.join(QLatin1Char('\n'))));
    q.bindValue(i++, optionalDate(r.lastSignIn));
    q.bindValue(i++, r.formulaCells ? 1 : 0);
    if (!q.exec())
        return fail(tr("line %1: cannot store identity '%2': %3").arg(r.line).arg(r.sourceKey, q.lastError().text()));
    ++m_rows;
    return true;
}

bool SnapshotWriter::addAccount(const AccountRecord& r)
{
    QSqlQuery& q = m_accountInsert;
    int i = 0;
    q.bindValue(i++, m_snapshotId);
    q.bindValue(i++, sqlText(m_info.tool));
    q.bindValue(i++, sqlText(r.accountKey));
    q.bindValue(i++, sqlText(r.login));
    q.bindValue(i++, sqlText(r.email));
    q.bindValue(i++, sqlText(r.displayName));
    q.bindValue(i++, sqlText(r.privilege));
    q.bindValue(i++, r.mfa ? QVariant(*r.mfa ? 1 : 0) : QVariant());
    q.bindValue(i++, r.disabledInTool() ? 1 : 0);
    q.bindValue(i++, optionalDate(r.lastActivity));
    q.bindValue(i++, r.neverUsed ? 1 : 0);
    q.bindValue(i++, optionalDate(r.created));
    q.bindValue(i++, sqlText(r.raw));
    q.bindValue(i++, r.line);
    q.bindValue(i++, sqlText(r.otherEmails.join(QLatin1Char('\n'))));
    q.bindValue(i++, sqlText(r.externalId));
    q.bindValue(i++, sqlText(r.toolRole));
    q.bindValue(i++, sqlText(r.state));
    q.bindValue(i++, r.stateExpiry ? QVariant(r.stateExpiry->toString(Qt::ISODate)) : QVariant());
    q.bindValue(i++, sqlText(r.lastActivityRaw));
    q.bindValue(i++, r.formulaCells ? 1 : 0);
    if (!q.exec())
        return fail(tr("line %1: cannot store account '%2': %3").arg(r.line).arg(r.accountKey, q.lastError().text()));
    ++m_rows;
    return true;
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
    m_identityInsert.finish();
    m_accountInsert.finish();
    if (!db.commit())
        return fail(tr("cannot commit the import: %1").arg(db.lastError().text()));
    m_active = false;
    return true;
}

void SnapshotWriter::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    m_identityInsert.finish();
    m_accountInsert.finish();
    m_store.database().rollback();
    m_snapshotId = 0;
}

} // namespace Rollcall
