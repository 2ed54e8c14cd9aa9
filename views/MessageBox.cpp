// SPDX-License-Identifier: GPL-3.0-or-later
#include "MessageBox.h"

namespace Rollcall {

namespace {
QList<MessageBox::Button> nextAnswers; // in the order the boxes come
QString lastMessage;
} // namespace

void MessageBox::setNextAnswer(Button answer)
{
    if (answer == QMessageBox::NoButton)
        nextAnswers.clear();
    else
        nextAnswers.append(answer);
}

QString MessageBox::lastText()
{
    return lastMessage;
}

MessageBox::Button MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title, const QString& text,
                                    Buttons buttons, Button defaultButton)
{
    lastMessage = text;
    if (!nextAnswers.isEmpty())
        return nextAnswers.takeFirst();
    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    // Error texts name files and lines; let the user copy them.
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    return Button(box.exec());
}

MessageBox::Button MessageBox::critical(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Critical, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::warning(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                       Button defaultButton)
{
    return show(QMessageBox::Warning, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::information(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                           Button defaultButton)
{
    return show(QMessageBox::Information, parent, title, text, buttons, defaultButton);
}

MessageBox::Button MessageBox::question(QWidget* parent, const QString& title, const QString& text, Buttons buttons,
                                        Button defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

} // namespace Rollcall
