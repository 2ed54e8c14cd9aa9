// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChoiceButton.h"

#include <QMenu>
#include <QSignalBlocker>

namespace Rollcall {

ChoiceButton::ChoiceButton(const QString& title, QWidget* parent)
    : QToolButton(parent)
    , m_title(title)
    , m_menu(new QMenu(this))
    , m_any(m_menu->addAction(tr("Any")))
{
    setPopupMode(QToolButton::InstantPopup);
    // The arrow is part of the text: the style's indicator would overlap it.
    setStyleSheet(QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::StrongFocus);
    setMenu(m_menu);
    m_menu->addSeparator();
    connect(m_any, &QAction::triggered, this, [this] {
        if (selected().isEmpty())
            return;
        setSelected({});
        Q_EMIT selectionChanged();
    });
    updateText();
}

void ChoiceButton::setChoices(const QList<QPair<QString, QString>>& choices)
{
    const QStringList keep = selected();
    const QList<QAction*> actions = m_menu->actions();
    for (QAction* action : actions) {
        if (action != m_any && !action->isSeparator())
            delete action;
    }
    for (const auto& [value, text] : choices) {
        QAction* action = m_menu->addAction(text);
        action->setCheckable(true);
        action->setData(value);
        action->setChecked(keep.contains(value));
        connect(action, &QAction::toggled, this, [this] {
            updateText();
            Q_EMIT selectionChanged();
        });
    }
    updateText();
}

QStringList ChoiceButton::choices() const
{
    QStringList values;
    for (const QAction* action : m_menu->actions()) {
        if (action->isCheckable())
            values.append(action->data().toString());
    }
    return values;
}

QStringList ChoiceButton::selected() const
{
    QStringList values;
    for (const QAction* action : m_menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            values.append(action->data().toString());
    }
    return values;
}

void ChoiceButton::setSelected(const QStringList& values)
{
    for (QAction* action : m_menu->actions()) {
        if (!action->isCheckable())
            continue;
        const QSignalBlocker blocker(action);
        action->setChecked(values.contains(action->data().toString()));
    }
    updateText();
}

void ChoiceButton::toggle(const QString& value)
{
    for (QAction* action : m_menu->actions()) {
        if (action->isCheckable() && action->data().toString() == value)
            action->toggle();
    }
}

void ChoiceButton::updateText()
{
    QStringList texts;
    for (const QAction* action : m_menu->actions()) {
        if (action->isCheckable() && action->isChecked())
            texts.append(action->text().remove(QLatin1Char('&')));
    }
    const QString shown = texts.isEmpty()    ? tr("any")
                          : texts.size() > 2 ? tr("%n selected", nullptr, int(texts.size()))
                                             : texts.join(QLatin1String(", "));
    setText(tr("%1: %2 ▾").arg(m_title, shown));
    setToolTip(texts.isEmpty() ? tr("%1: any (choose one or more)").arg(m_title)
                               : tr("%1: %2").arg(m_title, texts.join(QLatin1String(", "))));
    setAccessibleDescription(toolTip());
    m_any->setEnabled(!texts.isEmpty());
}

} // namespace Rollcall
