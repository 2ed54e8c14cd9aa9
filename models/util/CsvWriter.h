// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Rollcall {

// One CSV field for files people open in spreadsheets: a cell starting with = + - @ or a tab
// (or a carriage return) is prefixed with ' so it is never evaluated as a formula, then
// quoted as RFC 4180 asks.
QString csvField(const QString& value);
// The value a guarded cell stood for: "'=x" back to "=x" (a value that itself began with ' followed by one
// of those characters cannot be told apart, and comes back without its ').
QString unguardCsvField(const QString& cell);
// A whole record, comma separated, without the line break.
QString csvRecord(const QStringList& fields);

} // namespace Rollcall
