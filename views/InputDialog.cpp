// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputDialog.h"

#include <QInputDialog>

#include <optional>

namespace Rollcall {

namespace {
std::optional<std::pair<QString, bool>> nextAnswer;
QString lastShownLabel;
} // namespace

void InputDialog::setNextText(const QString& text, bool accept)
{
    nextAnswer = std::make_pair(text, accept);
}

QString InputDialog::lastLabel()
{
    return lastShownLabel;
}

QString InputDialog::getText(QWidget* parent, const QString& title, const QString& label, const QString& text, bool* ok)
{
    lastShownLabel = label;
    if (nextAnswer) {
        const auto [answer, accepted] = *nextAnswer;
        nextAnswer.reset();
        if (ok)
            *ok = accepted;
        return accepted ? answer : QString();
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, ok);
}

} // namespace Rollcall
