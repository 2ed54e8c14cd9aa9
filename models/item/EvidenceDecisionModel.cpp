// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceDecisionModel.h"

#include "evidence/AuditSample.h"

namespace Rollcall {

EvidenceDecisionModel::EvidenceDecisionModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void EvidenceDecisionModel::setAttestations(const QList<Attestation>& attestations)
{
    beginResetModel();
    m_rows = attestations;
    endResetModel();
}

int EvidenceDecisionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EvidenceDecisionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvidenceDecisionModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Attestation& a = m_rows.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case Seq:
            return a.seq;
        case At:
            return a.at;
        case Tool:
            return a.tool;
        case Account:
            return a.accountKey;
        case Decision:
            return a.decision;
        case Reviewer:
            return a.reviewer;
        case Details:
            return AuditSample::details(a);
        case Hash:
            return role == Qt::ToolTipRole ? a.hash : a.hash.left(16);
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant EvidenceDecisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("Seq");
    case At:
        return tr("Time (UTC)");
    case Tool:
        return tr("Tool");
    case Account:
        return tr("Account");
    case Decision:
        return tr("Decision");
    case Reviewer:
        return tr("Reviewer");
    case Details:
        return tr("Details");
    case Hash:
        return tr("SHA-256");
    }
    return {};
}

EvidenceDecisionFilter::EvidenceDecisionFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void EvidenceDecisionFilter::setDecision(const QString& decision)
{
    m_decision = decision;
    invalidateFilter();
}

void EvidenceDecisionFilter::setTool(const QString& tool)
{
    m_tool = tool;
    invalidateFilter();
}

void EvidenceDecisionFilter::setReviewer(const QString& reviewer)
{
    m_reviewer = reviewer;
    invalidateFilter();
}

void EvidenceDecisionFilter::setText(const QString& text)
{
    m_text = text.trimmed();
    invalidateFilter();
}

bool EvidenceDecisionFilter::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const auto* model = qobject_cast<const EvidenceDecisionModel*>(sourceModel());
    if (!model || sourceRow >= model->attestations().size())
        return false;
    const Attestation& a = model->attestations().at(sourceRow);
    if ((!m_decision.isEmpty() && a.decision != m_decision) || (!m_tool.isEmpty() && a.tool != m_tool) ||
        (!m_reviewer.isEmpty() && a.reviewer != m_reviewer))
        return false;
    if (m_text.isEmpty())
        return true;
    for (const QString& s : {a.accountKey, a.reviewer, a.fields, a.hash}) {
        if (s.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

bool EvidenceDecisionFilter::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (left.column() == EvidenceDecisionModel::Seq)
        return left.data().toLongLong() < right.data().toLongLong();
    return QSortFilterProxyModel::lessThan(left, right);
}

} // namespace Rollcall
