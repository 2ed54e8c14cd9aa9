// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Attestation.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Rollcall {

// The attestations of an evidence bundle's decisions.jsonl, read-only: a few thousand rows at most,
// held in memory.
class EvidenceDecisionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Seq,
        At,
        Tool,
        Account,
        Decision,
        Reviewer,
        Details,
        Hash,
        ColumnCount
    };

    explicit EvidenceDecisionModel(QObject* parent = nullptr);
    void setAttestations(const QList<Attestation>& attestations);
    const Attestation& attestationAt(const QModelIndex& index) const { return m_rows.at(index.row()); }
    const QList<Attestation>& attestations() const { return m_rows; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Attestation> m_rows;
};

// Filters of the decisions browser: decision, tool, reviewer (exact; empty = any) and a text found in
// the account, the reviewer or the fields.
class EvidenceDecisionFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EvidenceDecisionFilter(QObject* parent = nullptr);
    void setDecision(const QString& decision);
    void setTool(const QString& tool);
    void setReviewer(const QString& reviewer);
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    QString m_decision;
    QString m_tool;
    QString m_reviewer;
    QString m_text;
};

} // namespace Rollcall
