// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QStringView>

struct sqlite3;

namespace Rollcall {

// Accounts are found by this hash of their key, through the account_key table (schema 7): FNV-1a
// over the key's UTF-8 bytes, as a signed 64-bit integer. Two keys may share a hash, so a lookup
// always compares the key as well.
qint64 keyHash(QByteArrayView utf8);
qint64 keyHash(QStringView key);

// Makes the same hash available to SQL on this connection as key_hash(text).
bool registerKeyHash(sqlite3* db);

} // namespace Rollcall
