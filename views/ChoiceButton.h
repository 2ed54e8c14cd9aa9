// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QToolButton>

class QMenu;

namespace Rollcall {

// A button that opens a menu of checkable choices, for a filter that takes several values
// ("Class: orphaned, unmanaged"). Nothing checked means any value. Keyboard: Space or Down opens
// the menu, arrows move, Enter or Space toggles.
class ChoiceButton : public QToolButton
{
    Q_OBJECT

public:
    ChoiceButton(const QString& title, QWidget* parent = nullptr);

    // (value, text) pairs; replaces the choices and keeps the selected values still offered.
    void setChoices(const QList<QPair<QString, QString>>& choices);
    QStringList choices() const;
    // The checked values, in the order of the choices.
    QStringList selected() const;
    // Checks exactly these values, without emitting selectionChanged.
    void setSelected(const QStringList& values);
    // Toggles one value as the user would, emitting selectionChanged.
    void toggle(const QString& value);

Q_SIGNALS:
    void selectionChanged();

private:
    void updateText();

    QString m_title;
    QMenu* m_menu;
    QAction* m_any;
};

} // namespace Rollcall
