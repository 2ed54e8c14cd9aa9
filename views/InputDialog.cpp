// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputDialog.h"

#include <QInputDialog>
#include <QList>

namespace Rollcall {

namespace {
QList<std::pair<QString, bool>> nextAnswers; // in the order the dialogs come
QString lastShownLabel;
} // namespace

void InputDialog::setNextText(const QString& text, bool accept)
{
    nextAnswers.append(std::make_pair(text, accept));
}

QString InputDialog::lastLabel()
{
    return lastShownLabel;
}

QString InputDialog::getText(QWidget* parent, const QString& title, const QString& label, const QString& text, bool* ok)
{
    lastShownLabel = label;
    if (!nextAnswers.isEmpty()) {
        const auto [answer, accepted] = nextAnswers.takeFirst();
        if (ok)
            *ok = accepted;
        return accepted ? answer : QString();
    }
    return QInputDialog::getText(parent, title, label, QLineEdit::Normal, text, ok);
}

} // namespace Rollcall
