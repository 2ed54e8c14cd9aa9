// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item/AccountFilter.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTimer;

namespace Rollcall {

// Class, tool and text above the accounts table. Emits the whole filter whenever a part changes;
// typing is debounced so a large workspace is not queried on every key.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TextDelayMs = 250;

    explicit FilterBar(QWidget* parent = nullptr);

    AccountFilter filter() const;
    // The tools of the open workspace; keeps the chosen tool when it is still among them.
    void setTools(const QStringList& tools);
    // Back to "All classes", "All tools" and no text, without emitting.
    void clear();

    // Selections by value, for the main window and tests. Each emits filterChanged when it changes something.
    void setAccountClass(const std::optional<AccountClass>& cls);
    void setTool(const QString& tool);
    void setText(const QString& text);

    QComboBox* classCombo() const { return m_class; }
    QComboBox* toolCombo() const { return m_tool; }
    QLineEdit* textEdit() const { return m_text; }
    QCheckBox* changedCheck() const { return m_changed; }

public Q_SLOTS:
    void focusText();

Q_SIGNALS:
    void filterChanged(const Rollcall::AccountFilter& filter);

private:
    void emitIfChanged();

    QComboBox* m_class;
    QComboBox* m_tool;
    QLineEdit* m_text;
    QCheckBox* m_changed;
    QTimer* m_textTimer;
    AccountFilter m_emitted;
};

} // namespace Rollcall
