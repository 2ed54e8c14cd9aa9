// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Rollcall {

// Case and accents dropped: the compatibility decomposition without its marks, and the letters that do
// not decompose (ø, ł, ß, æ, in either case) spelt in ASCII.
QString foldAccents(const QString& text);
// Folds a person's name for comparison: case and accents dropped, "Last, First" turned round,
// punctuation and separators (. _ -) made spaces, words sorted. "Müller, Jörg" and "jorg.muller"
// give the same key. Used for suggestions only, never for links.
QString nameKey(const QString& name);
// A name part as logins spell it: lower case, accents dropped, no spaces or punctuation.
QString loginPart(const QString& namePart);
// The login shapes of a person: first.last, flast, first-last (empty when a part is missing).
QStringList loginShapes(const QString& given, const QString& surname);

} // namespace Rollcall
