// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AccountDetails.h"
#include "campaign/Attestation.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QStackedWidget;
class QStandardItemModel;
class QTabWidget;
class QTableView;
class QVBoxLayout;

namespace Rollcall {

class DecisionBar;

// The selected account, explained: who it is, its class and risk, why (the stored explanation and
// the matching cascade step by step), its risk factors, the owners a name suggests with a link
// button each, the record exactly as imported, and its history across snapshots. Above the tabs, the
// decision bar for the active campaign; the Decisions tab lists the account's attestations.
class DetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit DetailPane(QWidget* parent = nullptr);

    void clear();
    // A request went out for this account: the pane says so until the details arrive.
    void setLoading(qint64 accountId);
    void showDetails(const AccountDetails& details);
    void showTrace(qint64 accountId, const Verdict& verdict);
    // The directory is large: the cascade is followed on request (traceRequested).
    void showTraceDeferred(qint64 accountId, qint64 identities);
    void showError(qint64 accountId, const QString& message);
    qint64 accountId() const { return m_accountId; }
    // Asks for a reason (InputDialog) and emits linkRequested; false when cancelled or empty.
    bool requestLink(const QString& owner);
    // The first suggested owner, or empty.
    QString firstSuggestion() const;

    // For tests and the keyboard.
    QString titleText() const;
    QString explanationText() const;
    QString factorsText() const;
    QString traceStatusText() const;
    QStandardItemModel* traceModel() const { return m_traceModel; }
    QStandardItemModel* fieldsModel() const { return m_fieldsModel; }
    QStandardItemModel* historyModel() const { return m_historyModel; }
    QList<QPushButton*> linkButtons() const { return m_linkButtons; }
    QTabWidget* tabs() const { return m_tabs; }
    DecisionBar* decisionBar() const { return m_decisionBar; }
    // Every attestation about the account, across campaigns, oldest first; superseded ones say so.
    void setAttestations(qint64 accountId, const QList<Attestation>& attestations);
    QStandardItemModel* attestationModel() const { return m_attestationModel; }
    enum AttestationColumn
    {
        AttestedAt,
        AttestedCampaign,
        AttestedReviewer,
        AttestedDecision,
        AttestedFields,
        AttestedSuperseded,
        AttestedHash,
        AttestationColumns
    };

Q_SIGNALS:
    void linkRequested(qint64 accountId, const QString& ownerEmail, const QString& reason);
    void traceRequested(qint64 accountId);

private:
    void setSuggestions(const QStringList& suggestions, const QStringList& candidates);
    void askForOwner();

    QStackedWidget* m_stack;
    QLabel* m_placeholder;
    QLabel* m_title;
    QLabel* m_subtitle;
    QLabel* m_summary;
    QTabWidget* m_tabs;
    QLabel* m_explanation;
    QLabel* m_factors;
    QWidget* m_suggestionBox;
    QVBoxLayout* m_suggestionLayout;
    QPushButton* m_linkOther;
    QLabel* m_traceStatus;
    QPushButton* m_traceButton;
    QLabel* m_trace; // the cascade, one step a line, wrapped
    QStandardItemModel* m_traceModel;
    QLabel* m_source;
    QTableView* m_fields;
    QStandardItemModel* m_fieldsModel;
    QLabel* m_extra;
    QTableView* m_history;
    QStandardItemModel* m_historyModel;
    QLabel* m_manual;
    DecisionBar* m_decisionBar;
    QStandardItemModel* m_attestationModel;
    QTableView* m_attestations;
    QLabel* m_attestationNote;
    QList<QPushButton*> m_linkButtons;
    QStringList m_suggestions;
    qint64 m_accountId = 0;
    QString m_accountName;
    QStringList m_storedVerdict; // class, rule and owner as the last reconcile stored them
};

} // namespace Rollcall
