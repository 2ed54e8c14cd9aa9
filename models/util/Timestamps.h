// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QStringList>

#include <optional>

namespace Rollcall {

// Timestamps of exports, always as UTC. A value without a zone is taken as UTC: exports rarely
// say, and never the reviewer's local zone. Never constructs local-time QDateTimes, which cost a
// time-zone lookup each (a file system call per row in Qt 6.4).

// ISO 8601: yyyy-MM-dd, yyyy-MM-ddTHH:mm[:ss[.zzz]] with T or a space, and Z, ±HH:MM or ±HHMM.
std::optional<QDateTime> parseIsoTimestamp(QStringView value);
// ISO 8601, then each Qt date-time format in turn ("d MMM yyyy", "M/d/yyyy h:mm:ss AP"...), read
// with the C locale (English month names).
std::optional<QDateTime> parseTimestamp(const QString& value, const QStringList& formats);
// "yyyy-MM-ddTHH:mm:ssZ", as the store keeps timestamps.
QString formatIsoTimestamp(const QDateTime& utcTime);

} // namespace Rollcall
