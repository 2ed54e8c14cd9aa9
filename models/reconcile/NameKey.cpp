// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameKey.h"

#include <algorithm>

namespace Rollcall {

namespace {
QString foldAccents(const QString& text)
{
    bool ascii = true;
    for (const QChar c : text) {
        if (c.unicode() > 127) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return text.toLower();
    QString folded;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    // Letters that do not decompose.
    folded.replace(QChar(0x00F8), QLatin1Char('o')).replace(QChar(0x00D8), QLatin1Char('o'));
    folded.replace(QChar(0x0142), QLatin1Char('l')).replace(QChar(0x0141), QLatin1Char('l'));
    folded.replace(QChar(0x00DF), QLatin1String("ss")).replace(QChar(0x00E6), QLatin1String("ae"));
    return folded.toLower();
}
} // namespace

QString nameKey(const QString& name)
{
    QString n = name.trimmed();
    const qsizetype at = n.indexOf(QLatin1Char('@'));
    if (at > 0)
        n.truncate(at); // a login that is an e-mail: its local part
    const qsizetype comma = n.indexOf(QLatin1Char(','));
    if (comma > 0)
        n = n.mid(comma + 1) + QLatin1Char(' ') + n.left(comma);
    n = foldAccents(n);
    QString spaced;
    spaced.reserve(n.size());
    for (const QChar c : n)
        spaced.append(c.isLetter() ? c : QChar(QLatin1Char(' ')));
    QStringList words = spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (words.size() < 2)
        return {}; // one word is not enough to suggest anybody
    std::sort(words.begin(), words.end());
    return words.join(QLatin1Char(' '));
}

QString loginPart(const QString& namePart)
{
    const QString folded = foldAccents(namePart);
    QString out;
    out.reserve(folded.size());
    for (const QChar c : folded) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

QStringList loginShapes(const QString& given, const QString& surname)
{
    const QString first = loginPart(given);
    const QString last = loginPart(surname);
    if (first.isEmpty() || last.isEmpty())
        return {};
    return {first + QLatin1Char('.') + last, first.left(1) + last, first + QLatin1Char('-') + last};
}

} // namespace Rollcall
