// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "item/AccountFilter.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QSet>
#include <QVector>

#include <memory>

namespace Rollcall {

class AccountLoader;

// Lowers the calling worker thread's scheduling priority (Linux: its nice value, 0 to 19), so the
// GUI thread is served first when every core is busy.
void setBackgroundPriority(int niceness);

// The accounts of the current snapshots, read from the workspace a page at a time by a worker
// thread with a connection of its own, so the GUI thread never waits for SQL. Filtering and
// sorting happen in SQL. A generation counter, bumped by every filter, order or refresh, drops
// what stale queries still deliver (and interrupts them); cells show "Loading…" until their page
// arrives. The rows of the previous query stay until the first page of the new one is there;
// the full count follows in the background and the rows grow to it. Pages are cached up to a
// byte limit, least recently used first out.
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
        State,
        Recommendation,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role
    {
        AccountIdRole = Qt::UserRole + 1,
        ClassRole, // class name, "" when not reconciled
        ExplanationRole,
        LoadedRole, // bool: the row's page is here
        RiskRole,   // int, or invalid when not reconciled
    };

    static constexpr int PageSize = 500;
    static constexpr qint64 DefaultCacheLimit = 50LL * 1024 * 1024;

    // One account as the table shows it.
    struct Row
    {
        qint64 id = 0;
        QString tool;
        QString accountKey;
        QString login;
        QString email;
        QString displayName;
        QString cls;
        QString owner;
        QString rule;
        QString privilege;
        QString lastActivity; // ISO date, or "never" words, or empty
        QString state;
        QString recommendation;
        QString explanation; // the start of it, for the tooltip
        int risk = -1;       // -1: not reconciled
        qint8 mfa = -1;      // -1 unknown, 0 no, 1 yes
        qint64 bytes() const;
    };

    explicit AccountTableModel(QObject* parent = nullptr);
    ~AccountTableModel() override;

    // The workspace file; the model reads it through a connection of its own. Empty detaches.
    void setWorkspace(const QString& path);
    QString workspace() const { return m_workspace; }
    // The same, given the name of an open Store's connection (its file is used, not the connection).
    void setConnectionName(const QString& connectionName);
    void setFilter(const AccountFilter& filter);
    const AccountFilter& filter() const { return m_filter; }
    // Reload after the workspace changed (an import, a reconcile run, a manual link).
    void refresh();

    // False once the rows shown are those of the current filter and order.
    bool isLoading() const { return m_shown != m_generation; }
    // True once rowCount() is the number of matching accounts (it grows to it in the background).
    bool isCountKnown() const { return m_countKnown; }
    // Matching accounts per class name ("" for not reconciled), known with the count.
    const QMap<QString, qint64>& classCounts() const { return m_classCounts; }
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    static QString sqlColumn(int column);

    void setCacheLimit(qint64 bytes);
    qint64 cacheLimit() const { return m_cacheLimit; }
    qint64 cacheBytes() const { return m_cacheBytes; }
    int cachedPages() const { return int(m_pages.size()); }

    qint64 accountIdAt(const QModelIndex& index) const;
    QString classAt(const QModelIndex& index) const;
    // The row's data, or nullptr while its page is not here (a request for it is then on its way).
    const Row* rowAt(int row) const;
    bool isRowLoaded(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    // The number of matching accounts is known (and rowCount() is it).
    void countKnown(qint64 count);
    // Rows of a page arrived (the first page comes with modelReset instead).
    void pageLoaded(int page);
    void queryFailed(const QString& message);

private:
    friend class AccountLoader;
    struct Page
    {
        QVector<Row> rows;
        qint64 bytes = 0;
        mutable quint64 lastUse = 0;
    };
    // From the loader, on the GUI thread.
    void onFirstPage(int generation, const QVector<Row>& rows, bool countIsExact);
    void onCount(int generation, qint64 count, const QMap<QString, qint64>& perClass);
    void growRows(int generation);
    void onPage(int generation, int page, const QVector<Row>& rows);
    void onExplanations(int generation, int page, const QHash<qint64, QString>& explanations);
    void onFailed(int generation, const QString& message);

    void startQuery(bool dataChanged);
    void requestPage(int page) const;
    void flushRequests() const;
    void insertPage(int page, const QVector<Row>& rows);
    void evict();
    void detach();

    std::unique_ptr<AccountLoader> m_loader;
    QString m_workspace;
    AccountFilter m_filter;
    int m_sortColumn = Risk;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    int m_generation = 0; // of the last query asked for
    int m_shown = 0;      // of the rows shown
    static constexpr int GrowStep = 131072;
    int m_count = 0;
    int m_targetCount = 0;
    bool m_countKnown = true;
    QMap<QString, qint64> m_classCounts;
    qint64 m_cacheLimit = DefaultCacheLimit;
    qint64 m_cacheBytes = 0;
    QHash<int, Page> m_pages;
    mutable quint64 m_useClock = 0;
    mutable QSet<int> m_requested;
    mutable QList<int> m_toRequest;
    mutable bool m_flushQueued = false;
};

} // namespace Rollcall
