// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QVarLengthArray>

#include <optional>

namespace Rollcall {

class SqliteStatement;

// One record's values for an INSERT, in the statement's order, with texts already in UTF-8. An
// import converts on the thread that parses, so the thread that stores only hands bytes to SQLite;
// the values live in one buffer, so a record is two allocations however many columns it has.
class RecordValues
{
public:
    RecordValues();
    void addText(QStringView text);
    void addText(const QString& text) { addText(QStringView(text)); }
    void addText(const std::optional<QString>& text); // NULL when absent
    void addInteger(qint64 value);
    void addNull();
    void setInteger(int index, qint64 value); // 0-based, replaces what is there

    // Binds every value, the first to parameter `first` (1-based).
    void bindTo(SqliteStatement& statement, int first) const;
    QByteArrayView text(int index) const; // 0-based; empty unless the value is a text
    qint64 integer(int index) const;
    int size() const { return int(m_values.size()); }

private:
    static constexpr qint32 Integer = -1;
    static constexpr qint32 Null = -2;
    struct Value
    {
        qint64 integer = 0;
        qint32 offset = 0;
        qint32 size = Null; // bytes of a text, or Integer, or Null
    };
    QByteArray m_utf8;
    QVarLengthArray<Value, 26> m_values;
};

} // namespace Rollcall
