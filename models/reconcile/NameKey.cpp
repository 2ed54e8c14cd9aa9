// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameKey.h"

#include <algorithm>
#include <array>

namespace Rollcall {

namespace {
// Compatibility decomposition with the marks dropped, then the letters that do not decompose.
QString foldByDecomposition(const QString& text)
{
    QString folded;
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    folded.replace(QChar(0x00F8), QLatin1Char('o')).replace(QChar(0x00D8), QLatin1Char('o'));
    folded.replace(QChar(0x0142), QLatin1Char('l')).replace(QChar(0x0141), QLatin1Char('l'));
    folded.replace(QChar(0x00DF), QLatin1String("ss")).replace(QChar(0x1E9E), QLatin1String("ss"));
    folded.replace(QChar(0x00E6), QLatin1String("ae")).replace(QChar(0x00C6), QLatin1String("ae"));
    return folded.toLower();
}

// The Latin letters up to U+024F, each folded once by decomposition. A text's decomposition is its
// characters' decompositions one after another, so folding a name from this table gives what folding
// the whole name would, without decomposing it: that was most of the time spent on names.
struct FoldTable
{
    static constexpr char16_t End = 0x250;
    static constexpr quint8 Decompose = 0xff; // folds to more than fits: fold the whole text instead
    std::array<std::array<char16_t, 3>, End> folded{};
    std::array<quint8, End> sizes{};
};

const FoldTable& foldTable()
{
    static const FoldTable table = [] {
        FoldTable t;
        for (char16_t c = 0; c < FoldTable::End; ++c) {
            const QString f = foldByDecomposition(QString(QChar(c)));
            if (f.size() > qsizetype(t.folded[c].size())) {
                t.sizes[c] = FoldTable::Decompose;
                continue;
            }
            t.sizes[c] = quint8(f.size());
            std::copy(f.utf16(), f.utf16() + f.size(), t.folded[c].begin());
        }
        return t;
    }();
    return table;
}
} // namespace

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
    const FoldTable& table = foldTable();
    QString folded(text.size() * 3, Qt::Uninitialized);
    char16_t* out = reinterpret_cast<char16_t*>(folded.data());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= FoldTable::End || table.sizes[u] == FoldTable::Decompose)
            return foldByDecomposition(text); // other scripts, combining marks, surrogates
        out = std::copy_n(table.folded[u].begin(), table.sizes[u], out);
    }
    folded.truncate(out - reinterpret_cast<const char16_t*>(folded.constData()));
    return folded;
}

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
