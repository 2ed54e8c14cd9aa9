// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Rollcall {

// Where a file went wrong and what was expected there. line and column are 1-based; 0 = unknown.
struct ParseError
{
    qint64 line = 0;
    qint64 column = 0;
    QString message;

    bool isSet() const { return !message.isEmpty(); }
    // "FILE:LINE[:COLUMN]: message", the form compilers use, so editors can jump to it.
    QString format(const QString& fileName) const;
};

} // namespace Rollcall
