// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Rollcall {

// Splits a migration script into statements: `;` at the end of a line ends one, except inside
// CREATE TRIGGER ... END; blocks. `--` comment lines are dropped.
QStringList splitSqlScript(const QString& script);

} // namespace Rollcall
