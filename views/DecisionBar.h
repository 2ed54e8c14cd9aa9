// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Campaign.h"
#include "campaign/Decision.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Rollcall {

// The decision bar of the detail pane: the selected account's state in the active campaign (its
// reviewer, the decision in force) and a button per decision — reconcile, certify, expire, remove,
// reassign, needs-info, undo — with the fields they take: owner, business purpose, expiry (capped for
// external and service accounts), rotation (break-glass), justification, new reviewer. It validates
// nothing itself: the window records through DecisionService and shows its refusal here (showError).
// With several rows selected, a decision applies to all of them (setSelectionCount).
class DecisionBar : public QWidget
{
    Q_OBJECT

public:
    explicit DecisionBar(QWidget* parent = nullptr);

    // The account in the active campaign, or none (with why: no campaign, not in its scope...).
    void setItem(const CampaignInfo& campaign, const CampaignItem& item);
    void clearItem(const QString& why);
    const std::optional<CampaignItem>& item() const { return m_item; }
    QString campaignName() const { return m_campaign.name; }
    // Rows selected in the table; above one, decisions are recorded in bulk.
    void setSelectionCount(int rows);
    int selectionCount() const { return m_selection; }
    void setReviewer(const QString& email);
    // While a decision is being recorded.
    void setBusy(bool busy);
    // DecisionService's refusal, in the pane (the CLI's option names left out), or a confirmation.
    void showError(const QString& message);
    void showMessage(const QString& message);
    QString errorText() const;
    QString statusText() const;

    // The request the fields make for the shown account (tool and account filled in).
    DecisionRequest request(DecisionKind kind) const;
    bool canDecide(DecisionKind kind) const;

    QPushButton* button(DecisionKind kind) const { return m_buttons.value(int(kind)); }
    QLineEdit* ownerEdit() const { return m_owner; }
    QLineEdit* purposeEdit() const { return m_purpose; }
    QDateEdit* untilEdit() const { return m_until; }
    QDateEdit* rotationEdit() const { return m_rotation; }
    QLineEdit* reasonEdit() const { return m_reason; }
    QLineEdit* reassignEdit() const { return m_to; }

    static QString buttonText(DecisionKind kind);
    static QKeySequence shortcut(DecisionKind kind); // a single key

public Q_SLOTS:
    // As a click on the decision's button (its single-key shortcut).
    void trigger(DecisionKind kind);

Q_SIGNALS:
    void decisionRequested(Rollcall::DecisionKind kind);
    void changeReviewerRequested();

private:
    void updateButtons();

    CampaignInfo m_campaign;
    std::optional<CampaignItem> m_item;
    int m_selection = 1;
    bool m_busy = false;
    QLabel* m_status;
    QLabel* m_reviewer;
    QLineEdit* m_owner;
    QLineEdit* m_purpose;
    QDateEdit* m_until;
    QLabel* m_cap;
    QDateEdit* m_rotation;
    QLineEdit* m_reason;
    QLineEdit* m_to;
    QLabel* m_error;
    QWidget* m_form;
    QWidget* m_buttonBox;
    QHash<int, QPushButton*> m_buttons;
};

} // namespace Rollcall
