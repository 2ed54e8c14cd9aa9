// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace Rollcall {

SqliteStatement::~SqliteStatement()
{
    finalize();
}

void SqliteStatement::finalize()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
}

void SqliteStatement::setError()
{
    m_error = QString::fromUtf8(sqlite3_errmsg(m_db));
    m_errorCode = sqlite3_extended_errcode(m_db);
}

bool SqliteStatement::prepare(const QSqlDatabase& db, const QString& sql)
{
    finalize();
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0) {
        m_error = QCoreApplication::translate("SqliteStatement", "not an SQLite connection");
        return false;
    }
    m_db = *static_cast<sqlite3* const*>(handle.constData());
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        setError();
        m_stmt = nullptr;
        return false;
    }
    return true;
}

void SqliteStatement::bind(int index, const QString& text)
{
    // SQLITE_STATIC: the QString outlives step(), which copies what it stores.
    static const char16_t empty[] = u"";
    const void* data = text.isNull() ? static_cast<const void*>(empty) : static_cast<const void*>(text.utf16());
    sqlite3_bind_text16(m_stmt, index, data, int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, const QByteArray& utf8)
{
    // SQLITE_STATIC as above; a null QByteArray's data() is "" already.
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bindUtf8(int index, QByteArrayView utf8)
{
    static const char empty[] = "";
    sqlite3_bind_text(m_stmt, index, utf8.isNull() ? empty : utf8.data(), int(utf8.size()), SQLITE_STATIC);
}

void SqliteStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void SqliteStatement::bindDouble(int index, double value)
{
    sqlite3_bind_double(m_stmt, index, value);
}

void SqliteStatement::bindNull(int index)
{
    sqlite3_bind_null(m_stmt, index);
}

void SqliteStatement::bindOptional(int index, const std::optional<QString>& text)
{
    if (text)
        bind(index, *text);
    else
        bindNull(index);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_stmt);
    const bool ok = rc == SQLITE_DONE || rc == SQLITE_ROW;
    if (!ok)
        setError();
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    return ok;
}

bool SqliteStatement::next()
{
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        setError();
    return false;
}

QString SqliteStatement::text(int column) const
{
    // The workspace stores UTF-8; Qt's decoder is quicker than asking SQLite for UTF-16.
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!data)
        return QString();
    return QString::fromUtf8(data, sqlite3_column_bytes(m_stmt, column));
}

QByteArrayView SqliteStatement::utf8(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QByteArrayView(data, data ? sqlite3_column_bytes(m_stmt, column) : 0);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

} // namespace Rollcall
