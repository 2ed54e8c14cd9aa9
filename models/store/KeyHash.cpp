// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyHash.h"

#include <QStringEncoder>
#include <QVarLengthArray>

#include <sqlite3.h>

namespace Rollcall {

qint64 keyHash(QByteArrayView utf8)
{
    quint64 h = 14695981039346656037ULL;
    for (const char c : utf8) {
        h ^= quint8(c);
        h *= 1099511628211ULL;
    }
    return qint64(h);
}

qint64 keyHash(QStringView key)
{
    QVarLengthArray<char, 256> utf8(key.size() * 3);
    QStringEncoder encoder(QStringEncoder::Utf8);
    const char* end = encoder.appendToBuffer(utf8.data(), key);
    return keyHash(QByteArrayView(utf8.data(), end - utf8.data()));
}

namespace {
void sqlKeyHash(sqlite3_context* context, int, sqlite3_value** args)
{
    if (sqlite3_value_type(args[0]) == SQLITE_NULL) {
        sqlite3_result_null(context);
        return;
    }
    const auto* text = reinterpret_cast<const char*>(sqlite3_value_text(args[0]));
    sqlite3_result_int64(context, keyHash(QByteArrayView(text, sqlite3_value_bytes(args[0]))));
}
} // namespace

bool registerKeyHash(sqlite3* db)
{
    return sqlite3_create_function_v2(db, "key_hash", 1, SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS, nullptr,
                                      sqlKeyHash, nullptr, nullptr, nullptr) == SQLITE_OK;
}

} // namespace Rollcall
