// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace Rollcall {

// A plain-text table for the terminal: a header, a rule, and left-aligned columns two spaces apart.
void printTable(QTextStream& out, const QStringList& headers, const QList<QStringList>& rows);

} // namespace Rollcall
