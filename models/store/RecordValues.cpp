// SPDX-License-Identifier: GPL-3.0-or-later
#include "RecordValues.h"

#include "store/SqliteStatement.h"

#include <QStringEncoder>

#include <algorithm>

namespace Rollcall {

RecordValues::RecordValues()
{
    // An account's texts with room for its longest one in the worst case: growing the buffer value
    // by value was a sixth of the time spent parsing an Atlassian export.
    m_utf8.reserve(1024);
}

void RecordValues::addText(QStringView text)
{
    const qsizetype at = m_utf8.size();
    const qsizetype room = at + text.size() * 3; // UTF-8 takes at most three bytes per UTF-16 unit
    if (room > m_utf8.capacity())
        m_utf8.reserve(std::max(room, 2 * m_utf8.capacity()));
    m_utf8.resize(room);
    QStringEncoder encoder(QStringEncoder::Utf8);
    const char* end = encoder.appendToBuffer(m_utf8.data() + at, text);
    const qsizetype size = end - (m_utf8.constData() + at);
    m_utf8.resize(at + size);
    m_values.append({0, qint32(at), qint32(size)});
}

void RecordValues::addText(const std::optional<QString>& text)
{
    if (text)
        addText(QStringView(*text));
    else
        addNull();
}

void RecordValues::addInteger(qint64 value)
{
    m_values.append({value, 0, Integer});
}

void RecordValues::addNull()
{
    m_values.append({0, 0, Null});
}

void RecordValues::setInteger(int index, qint64 value)
{
    m_values[index] = {value, 0, Integer};
}

void RecordValues::bindTo(SqliteStatement& statement, int first) const
{
    int index = first;
    for (const Value& v : m_values) {
        if (v.size == Integer)
            statement.bind(index++, v.integer);
        else if (v.size == Null)
            statement.bindNull(index++);
        else
            statement.bindUtf8(index++, QByteArrayView(m_utf8.constData() + v.offset, v.size));
    }
}

QByteArrayView RecordValues::text(int index) const
{
    const Value& v = m_values.at(index);
    return v.size >= 0 ? QByteArrayView(m_utf8.constData() + v.offset, v.size) : QByteArrayView();
}

qint64 RecordValues::integer(int index) const
{
    return m_values.at(index).integer;
}

} // namespace Rollcall
