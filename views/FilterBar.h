// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item/AccountFilter.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSpinBox;
class QTimer;
class QToolButton;

namespace Rollcall {

class ChoiceButton;

// Every filter of the accounts table, above it: text, tool, class, risk range, privilege, MFA,
// activity (stale, never used), owner, tool-side state, recommendation, no expiry and changed
// since the last import. Emits the whole filter whenever a part changes; the keys of one burst
// (a paste, a repeat) make one query, and the model drops the queries a later key made stale.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    static constexpr int TextDelayMs = 0;

    explicit FilterBar(QWidget* parent = nullptr);

    AccountFilter filter() const;
    // Shows `filter` in the widgets and emits filterChanged once if it differs (a saved view, a chart click).
    void setFilter(const AccountFilter& filter);
    // The tools of the open workspace; keeps the chosen tool when it is still among them.
    void setTools(const QStringList& tools);
    // The rules' stale_after_days, for the "Stale" activity choice.
    void setStaleAfterDays(int days);
    // Back to no filter at all, without emitting.
    void clear();

    // Selections by value, for the main window and tests. Each emits filterChanged when it changes something.
    void setAccountClass(const std::optional<AccountClass>& cls);
    void setTool(const QString& tool);
    void setText(const QString& text);

    QComboBox* toolCombo() const { return m_tool; }
    ChoiceButton* classButton() const { return m_class; }
    QLineEdit* textEdit() const { return m_text; }
    QSpinBox* riskMinSpin() const { return m_riskMin; }
    QSpinBox* riskMaxSpin() const { return m_riskMax; }
    ChoiceButton* privilegeButton() const { return m_privilege; }
    QComboBox* mfaCombo() const { return m_mfa; }
    QComboBox* activityCombo() const { return m_activity; }
    QComboBox* ownerCombo() const { return m_owner; }
    ChoiceButton* stateButton() const { return m_state; }
    ChoiceButton* recommendationButton() const { return m_recommendation; }
    QCheckBox* noExpiryCheck() const { return m_noExpiry; }
    QCheckBox* changedCheck() const { return m_changed; }

public Q_SLOTS:
    void focusText();
    // Clears every filter and emits.
    void reset();

Q_SIGNALS:
    void filterChanged(const Rollcall::AccountFilter& filter);

private:
    void emitIfChanged();
    void updateClearButton();

    QLineEdit* m_text;
    QComboBox* m_tool;
    ChoiceButton* m_class;
    QSpinBox* m_riskMin;
    QSpinBox* m_riskMax;
    ChoiceButton* m_privilege;
    QComboBox* m_mfa;
    QComboBox* m_activity;
    QComboBox* m_owner;
    ChoiceButton* m_state;
    ChoiceButton* m_recommendation;
    QCheckBox* m_noExpiry;
    QCheckBox* m_changed;
    QToolButton* m_clear;
    QTimer* m_textTimer;
    AccountFilter m_emitted;
    // The campaign part ("my queue") has no widget here: the window's campaign bar sets it.
    QString m_campaign;
    QString m_reviewer;
    bool m_undecided = false;
    int m_staleAfterDays = 90;
    bool m_applying = false;
};

} // namespace Rollcall
