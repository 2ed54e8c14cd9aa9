// SPDX-License-Identifier: GPL-3.0-or-later
#include "NameKey.h"

#include <QVarLengthArray>

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
            std::copy_n(reinterpret_cast<const char16_t*>(f.utf16()), f.size(), t.folded[c].begin());
        }
        return t;
    }();
    return table;
}

// Folds into a buffer on the stack, so that making a name's keys does not allocate a string at each step.
using Folded = QVarLengthArray<char16_t, 128>;
void foldInto(QStringView text, Folded& out)
{
    out.clear();
    const FoldTable& table = foldTable();
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= FoldTable::End || table.sizes[u] == FoldTable::Decompose) {
            // Other scripts, combining marks, surrogates.
            const QString folded = foldByDecomposition(text.toString());
            out.clear();
            out.append(reinterpret_cast<const char16_t*>(folded.utf16()), folded.size());
            return;
        }
        out.append(table.folded[u].data(), table.sizes[u]);
    }
}

QStringView viewOf(const Folded& folded)
{
    return QStringView(folded.constData(), folded.size());
}

// A name part's letters and digits, folded.
void loginPartInto(QStringView namePart, Folded& out)
{
    Folded folded;
    foldInto(namePart, folded);
    out.clear();
    for (const char16_t c : folded) {
        if (QChar(c).isLetterOrNumber())
            out.append(c);
    }
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
    Folded folded;
    foldInto(text, folded);
    return viewOf(folded).toString();
}

QString nameKey(const QString& name)
{
    QStringView n = QStringView(name).trimmed();
    const qsizetype at = n.indexOf(u'@');
    if (at > 0)
        n.truncate(at); // a login that is an e-mail: its local part
    QString turned;
    const qsizetype comma = n.indexOf(u',');
    if (comma > 0) {
        turned.reserve(n.size() + 1);
        turned.append(n.mid(comma + 1)).append(u' ').append(n.left(comma));
        n = turned;
    }
    Folded folded;
    foldInto(n, folded);
    // The words are the runs of letters; anything else separates them.
    const QStringView text = viewOf(folded);
    QVarLengthArray<QStringView, 8> words;
    qsizetype start = -1;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        const bool letter = i < text.size() && text[i].isLetter();
        if (letter && start < 0) {
            start = i;
        } else if (!letter && start >= 0) {
            words.append(text.mid(start, i - start));
            start = -1;
        }
    }
    if (words.size() < 2)
        return {}; // one word is not enough to suggest anybody
    std::sort(words.begin(), words.end());
    QString key;
    key.reserve(text.size());
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (i > 0)
            key.append(u' ');
        key.append(words[i]);
    }
    return key;
}

QString loginPart(const QString& namePart)
{
    Folded part;
    loginPartInto(namePart, part);
    return viewOf(part).toString();
}

QStringList loginShapes(const QString& given, const QString& surname)
{
    Folded firstPart, lastPart;
    loginPartInto(given, firstPart);
    loginPartInto(surname, lastPart);
    if (firstPart.isEmpty() || lastPart.isEmpty())
        return {};
    const QStringView first = viewOf(firstPart), last = viewOf(lastPart);
    auto shape = [&last](QStringView head, QStringView separator) {
        QString login;
        login.reserve(head.size() + separator.size() + last.size());
        login.append(head).append(separator).append(last);
        return login;
    };
    return {shape(first, u"."), shape(first.left(1), {}), shape(first, u"-")};
}

} // namespace Rollcall
