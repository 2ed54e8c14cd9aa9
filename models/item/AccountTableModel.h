// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item/AccountFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Rollcall {

// The accounts of the current snapshots, read from the store a page at a time. Filtering and
// sorting happen in SQL, so the model stays light whatever the number of accounts.
class AccountTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Tool,
        Account,
        Login,
        Email,
        DisplayName,
        Class,
        Owner,
        Rule,
        Risk,
        Privilege,
        Mfa,
        LastActivity,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        ClassRole, // class name, "" when not reconciled
        ExplanationRole,
    };

    static constexpr int PageSize = 500;

    explicit AccountTableModel(QObject* parent = nullptr);

    // The connection (by name) of an open Store; empty detaches the model.
    void setConnectionName(const QString& connectionName);
    void setFilter(const AccountFilter& filter);
    const AccountFilter& filter() const { return m_filter; }
    // Reload after the store changed (an import, a reconcile run).
    void refresh();

    qint64 accountIdAt(const QModelIndex& index) const;
    QString classAt(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    struct Row
    {
        qint64 id = 0;
        QString cls;
        QString explanation;
        QVariant values[ColumnCount];
    };
    const Row* rowAt(int row) const;
    bool loadPage(int page) const;
    int queryCount() const;
    QString orderBy() const;

    QString m_connectionName;
    AccountFilter m_filter;
    int m_sortColumn = Risk;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_count = 0;
    mutable QHash<int, QVector<Row>> m_pages;
};

} // namespace Rollcall
