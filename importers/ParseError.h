// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Rollcall {

// Where a file went wrong and what was expected there. line and column are 1-based; 0 = unknown.
struct ParseError
{
    ParseError() = default;
    ParseError(qint64 line, qint64 column, const QString& message, const QString& path = {})
        : line(line)
        , column(column)
        , message(message)
        , path(path)
    {}

    qint64 line = 0;
    qint64 column = 0;
    QString message;
    QString path; // a JSON path such as $[3].profile.email, for files without useful lines
    QString file; // when the error is in another file than the one read (a --mapping file)

    bool isSet() const { return !message.isEmpty(); }
    // "FILE:LINE[:COLUMN]: message", the form compilers use, so editors can jump to it;
    // "FILE: $[3].email: message" for a JSON record.
    QString format(const QString& fileName) const;
};

} // namespace Rollcall
