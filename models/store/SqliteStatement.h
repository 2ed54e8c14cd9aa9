// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Rollcall {

// A prepared statement on the SQLite handle under a Qt connection, for bulk inserts: Qt's
// QVariant binding costs more than SQLite's own insert. Same connection, same transaction.
class SqliteStatement
{
public:
    SqliteStatement() = default;
    ~SqliteStatement();
    Q_DISABLE_COPY_MOVE(SqliteStatement)

    // False when the connection is not SQLite or the SQL does not compile (see errorString()).
    [[nodiscard]] bool prepare(const QSqlDatabase& db, const QString& sql);
    void bind(int index, const QString& text);     // 1-based; a null QString binds ""
    void bind(int index, const QByteArray& utf8);  // kept alive by the caller until step()
    void bindUtf8(int index, QByteArrayView utf8); // the same for any UTF-8 bytes
    void bind(int index, qint64 value);
    void bindDouble(int index, double value);
    void bindNull(int index);
    void bindOptional(int index, const std::optional<QString>& text);
    // Runs the statement once and resets it for the next row.
    [[nodiscard]] bool step();
    // For queries: the next row, false at the end (check errorString() for an error).
    bool next();
    QString text(int column) const;        // 0-based
    QByteArrayView utf8(int column) const; // valid until the next step
    qint64 integer(int column) const;
    bool isNull(int column) const;
    void reset();
    qint64 lastInsertRowId() const;
    void finalize();
    QString errorString() const { return m_error; }
    int errorCode() const { return m_errorCode; } // SQLite's (extended) result code of the last error

private:
    void setError();

    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_error;
    int m_errorCode = 0;
};

} // namespace Rollcall
