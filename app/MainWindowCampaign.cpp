// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's review campaigns: the campaign bar (active campaign, "my queue"), decisions from the
// detail pane's decision bar (one, or in bulk over the selected rows), the progress tab, an account's
// attestations, and starting and closing a campaign. Everything is recorded by the core's
// CampaignStore and DecisionService on CampaignRunner's worker; the window only shows what they say.
#include "MainWindow.h"

#include "AccountTableView.h"
#include "CampaignRunner.h"
#include "CampaignView.h"
#include "DecisionBar.h"
#include "DetailPane.h"
#include "EvidenceReports.h"
#include "FileDialog.h"
#include "FilterBar.h"
#include "InputDialog.h"
#include "MessageBox.h"
#include "Preferences.h"
#include "WorkspaceStats.h"
#include "campaign/CampaignStore.h"
#include "campaign/DecisionService.h"
#include "campaign/OwnerDirectory.h"
#include "evidence/EvidenceWriter.h"
#include "evidence/Signer.h"
#include "item/AccountFilter.h"
#include "item/AccountTableModel.h"
#include "store/Store.h"
#include "util/Clock.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QIcon>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

#include <memory>

namespace Rollcall {

const QString MainWindow::ReviewerKey = QStringLiteral("reviewer/email");

namespace {
constexpr int MessageMs = 15000;

struct CampaignsResult
{
    QString error;
    QList<CampaignInfo> campaigns;
    CampaignInfo active;
    CampaignProgress progress;
};

struct ItemResult
{
    QString error;
    bool inCampaign = false;
    CampaignInfo campaign;
    CampaignItem item;
    QList<Attestation> history;
};

struct DecideResult
{
    QString error;
    QList<Attestation> recorded;
    QStringList warnings;
    BatchPlan plan;
};

struct StartResult
{
    QString error;
    StartReport report;
};

QString recordedText(const QList<Attestation>& recorded, const QStringList& warnings)
{
    QString text = recorded.size() == 1
                       ? MainWindow::tr("Recorded %1 of %2/%3 as attestation #%4.")
                             .arg(recorded.first().decision, recorded.first().tool, recorded.first().accountKey)
                             .arg(recorded.first().seq)
                       : MainWindow::tr("Recorded %1 decisions in bulk (attestations #%2 to #%3).")
                             .arg(recorded.size())
                             .arg(recorded.isEmpty() ? 0 : recorded.first().seq)
                             .arg(recorded.isEmpty() ? 0 : recorded.last().seq);
    if (!warnings.isEmpty())
        text += QLatin1Char(' ') + warnings.join(QLatin1Char(' '));
    return text;
}

// "2026-Q4" and the quarter's last day, for the start dialog.
QPair<QString, QDate> currentQuarter()
{
    const QDate today = Clock::nowUtc().date();
    const int quarter = (today.month() - 1) / 3 + 1;
    const QDate end = QDate(today.year(), quarter * 3, 1).addMonths(1).addDays(-1);
    return {QStringLiteral("%1-Q%2").arg(today.year()).arg(quarter), end};
}
} // namespace

QWidget* MainWindow::createCampaignBar()
{
    auto* bar = new QWidget;
    bar->setObjectName(QStringLiteral("campaignBar"));
    m_campaignCombo = new QComboBox(bar);
    m_campaignCombo->setObjectName(QStringLiteral("campaignCombo"));
    m_campaignCombo->setAccessibleName(tr("Active campaign"));
    m_campaignCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* label = new QLabel(tr("Ca&mpaign:"), bar);
    label->setBuddy(m_campaignCombo);
    m_myQueue = new QCheckBox(tr("My &queue"), bar);
    m_myQueue->setObjectName(QStringLiteral("myQueue"));
    m_myQueue->setToolTip(tr("Only the accounts of the active campaign assigned to you and still undecided (M)"));
    m_campaignProgress = new QLabel(bar);
    m_campaignProgress->setObjectName(QStringLiteral("campaignBarProgress"));
    auto* layout = new QHBoxLayout(bar);
    layout->setContentsMargins(0, 0, 0, 2);
    layout->addWidget(label);
    layout->addWidget(m_campaignCombo);
    layout->addWidget(m_myQueue);
    layout->addWidget(m_campaignProgress, 1);
    connect(m_campaignCombo, &QComboBox::currentIndexChanged, this,
            [this] { setActiveCampaign(m_campaignCombo->currentData().toString()); });
    connect(m_myQueue, &QCheckBox::toggled, this, &MainWindow::setMyQueue);

    DecisionBar* decisions = m_detail->decisionBar();
    decisions->setReviewer(reviewerEmail(false));
    connect(decisions, &DecisionBar::decisionRequested, this, &MainWindow::decide);
    connect(decisions, &DecisionBar::changeReviewerRequested, this, &MainWindow::changeReviewer);
    connect(m_campaignView, &CampaignView::startRequested, this, &MainWindow::startCampaign);
    connect(m_campaignView, &CampaignView::closeRequested, this, &MainWindow::closeCampaign);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onSelectionChanged);
    // A reset clears the selection without saying so.
    connect(m_model, &QAbstractItemModel::modelReset, this, &MainWindow::onSelectionChanged);
    return bar;
}

void MainWindow::createCampaignActions(QMenu* menu)
{
    auto make = [this](const QString& name, const QString& text, const QKeySequence& key, const QString& tip) {
        auto* action = new QAction(text, this);
        action->setObjectName(name);
        if (!key.isEmpty())
            action->setShortcut(key);
        action->setShortcutContext(Qt::WindowShortcut);
        action->setStatusTip(tip);
        return action;
    };
    m_campaignAction = make(QStringLiteral("showCampaign"), tr("&Progress"), QKeySequence(Qt::CTRL | Qt::Key_3),
                            tr("The active campaign's progress per reviewer and per tool, and its burn-down"));
    m_campaignAction->setIcon(QIcon(QStringLiteral(":/icons/dashboard.svg")));
    connect(m_campaignAction, &QAction::triggered, this, &MainWindow::showCampaign);
    m_myQueueAction = make(QStringLiteral("myQueue"), tr("&My Queue"), QKeySequence(Qt::Key_M),
                           tr("Only the accounts of the active campaign assigned to you and still undecided"));
    m_myQueueAction->setCheckable(true);
    connect(m_myQueueAction, &QAction::triggered, this, [this](bool on) { m_myQueue->setChecked(on); });
    menu->addAction(m_campaignAction);
    menu->addAction(m_myQueueAction);
    menu->addSeparator();
    for (DecisionKind kind : allDecisionKinds()) {
        QAction* action = make(QStringLiteral("decide-%1").arg(decisionKindName(kind)),
                               tr("%1 Selected").arg(DecisionBar::buttonText(kind)), DecisionBar::shortcut(kind),
                               tr("Record this decision for the selected account(s) with the decision bar's fields"));
        // A single key: text fields take it as a letter first (they accept the shortcut override).
        connect(action, &QAction::triggered, this, [this, kind] { decide(kind); });
        menu->addAction(action);
        m_decisionActions.append(action);
    }
    menu->addSeparator();
    m_startCampaignAction = make(QStringLiteral("startCampaign"), tr("&Start Campaign…"), {},
                                 tr("Freeze the scope of a new review period, with a due date and reviewers"));
    connect(m_startCampaignAction, &QAction::triggered, this, &MainWindow::startCampaign);
    m_closeCampaignAction = make(QStringLiteral("closeCampaign"), tr("C&lose Campaign…"), {},
                                 tr("Close the active campaign: its decisions become final"));
    connect(m_closeCampaignAction, &QAction::triggered, this, &MainWindow::closeCampaign);
    m_writeEvidenceAction = make(QStringLiteral("writeEvidence"), tr("&Write Evidence…"), {},
                                 tr("The active campaign's signed evidence bundle, for the auditors"));
    connect(m_writeEvidenceAction, &QAction::triggered, this, &MainWindow::writeEvidence);
    m_reviewerAction = make(QStringLiteral("changeReviewer"), tr("Reviewer &E-mail…"), {},
                            tr("The e-mail your decisions are recorded with"));
    connect(m_reviewerAction, &QAction::triggered, this, &MainWindow::changeReviewer);
    menu->addAction(m_startCampaignAction);
    menu->addAction(m_closeCampaignAction);
    menu->addAction(m_writeEvidenceAction);
    menu->addAction(m_reviewerAction);
}

void MainWindow::updateCampaignActions()
{
    const bool open = m_store != nullptr;
    const bool active = open && !m_activeCampaign.name.isEmpty();
    m_campaignAction->setEnabled(open);
    m_myQueueAction->setEnabled(active);
    m_myQueue->setEnabled(active);
    m_startCampaignAction->setEnabled(open && !m_busy);
    m_closeCampaignAction->setEnabled(active && !m_activeCampaign.closed);
    m_writeEvidenceAction->setEnabled(active);
    for (QAction* action : std::as_const(m_decisionActions))
        action->setEnabled(active && !m_activeCampaign.closed);
}

bool MainWindow::isCampaignBusy() const
{
    return m_campaignRunner->pending() > 0;
}

void MainWindow::showCampaign()
{
    if (m_tabs)
        m_tabs->setCurrentWidget(m_campaignView);
}

QString MainWindow::reviewerEmail(bool ask)
{
    QString email = QSettings().value(ReviewerKey).toString().trimmed();
    if (!email.isEmpty() || !ask)
        return email;
    bool ok = false;
    email =
        InputDialog::getText(this, tr("Your Reviewer E-mail"),
                             tr("Decisions are recorded with the reviewer's e-mail in the directory. Yours:"), {}, &ok)
            .trimmed()
            .toLower();
    if (!ok || email.isEmpty())
        return {};
    if (!OwnerDirectory::looksLikeEmail(email)) {
        MessageBox::warning(
            this, tr("Not an E-mail Address"),
            tr("'%1' is not an e-mail address; decisions need your e-mail in the directory.").arg(email));
        return {};
    }
    QSettings().setValue(ReviewerKey, email);
    m_detail->decisionBar()->setReviewer(email);
    return email;
}

void MainWindow::changeReviewer()
{
    bool ok = false;
    const QString email =
        InputDialog::getText(this, tr("Your Reviewer E-mail"),
                             tr("Decisions are recorded with the reviewer's e-mail in the directory. Yours:"),
                             reviewerEmail(false), &ok)
            .trimmed()
            .toLower();
    if (!ok)
        return;
    if (!email.isEmpty() && !OwnerDirectory::looksLikeEmail(email)) {
        MessageBox::warning(this, tr("Not an E-mail Address"), tr("'%1' is not an e-mail address.").arg(email));
        return;
    }
    QSettings().setValue(ReviewerKey, email);
    m_detail->decisionBar()->setReviewer(email);
    if (m_myQueue->isChecked())
        setMyQueue(!email.isEmpty());
}

void MainWindow::loadCampaigns(const QString& preferred)
{
    if (!m_store)
        return;
    const QString wanted = preferred.isEmpty() ? m_activeCampaign.name : preferred;
    // Progress replays the whole log: while one load is on its way, later asks make one more, not one each.
    if (m_campaignsLoading) {
        m_campaignsAgain = true;
        m_campaignsWanted = wanted;
        return;
    }
    m_campaignsLoading = true;
    m_campaignsAgain = false;
    m_campaignRunner->run<CampaignsResult>(
        [wanted](Store& store, const Rules& rules) {
            CampaignsResult r;
            CampaignStore campaigns(store, rules);
            if (!campaigns.campaigns(r.campaigns)) {
                r.error = campaigns.errorString();
                return r;
            }
            if (r.campaigns.isEmpty())
                return r;
            // The one asked for, else the open one, else the latest.
            r.active = r.campaigns.last();
            for (const CampaignInfo& c : std::as_const(r.campaigns)) {
                if (!c.closed)
                    r.active = c;
            }
            for (const CampaignInfo& c : std::as_const(r.campaigns)) {
                if (c.name == wanted)
                    r.active = c;
            }
            if (!campaigns.progress(r.active, r.progress))
                r.error = campaigns.errorString();
            return r;
        },
        [this](const CampaignsResult& r) {
            m_campaignsLoading = false;
            if (m_campaignsAgain) {
                loadCampaigns(m_campaignsWanted);
                return;
            }
            if (!r.error.isEmpty()) {
                // Said in the campaign bar, the state shown so far kept (the next refresh tries again);
                // the status bar's message about an import or a reconcile run stays.
                m_campaignProgress->setText(tr("Cannot read the campaigns: %1").arg(r.error));
                return;
            }
            m_campaigns = r.campaigns;
            m_activeCampaign = r.active;
            {
                const QSignalBlocker blocker(m_campaignCombo);
                m_campaignCombo->clear();
                for (const CampaignInfo& c : std::as_const(m_campaigns))
                    m_campaignCombo->addItem(c.closed ? tr("%1 (closed)").arg(c.name) : c.name, c.name);
                if (m_campaigns.isEmpty())
                    m_campaignCombo->addItem(tr("none yet"), QString());
                m_campaignCombo->setCurrentIndex(std::max(0, m_campaignCombo->findData(r.active.name)));
            }
            if (r.active.name.isEmpty()) {
                m_campaignView->clear();
                m_campaignProgress->setText(tr("No campaign yet: Campaign ▸ Start Campaign…"));
            } else {
                m_campaignView->setProgress(r.active, r.progress);
                const CampaignProgress& p = r.progress;
                m_campaignProgress->setText(tr("%1 of %2 decided · %3 waiting for information · %4")
                                                .arg(QLocale().toString(p.decided), QLocale().toString(p.total),
                                                     QLocale().toString(p.needsInfo),
                                                     r.active.closed
                                                         ? tr("closed %1").arg(r.active.closedAt.left(10))
                                                         : tr("due %1").arg(r.active.due.toString(Qt::ISODate))));
            }
            // "My queue" follows the active campaign.
            const AccountFilter f = m_filterBar->filter();
            if (f.usesCampaign() && f.campaign != r.active.name)
                setMyQueue(m_myQueue->isChecked() && !r.active.name.isEmpty());
            updateCampaignActions();
            loadCampaignItem();
        });
}

void MainWindow::setActiveCampaign(const QString& name)
{
    if (name != m_activeCampaign.name)
        loadCampaigns(name);
}

void MainWindow::loadCampaignItem()
{
    const qint64 accountId = m_detail->accountId();
    if (!accountId || m_detailTool.isEmpty())
        return;
    const QString tool = m_detailTool;
    const QString key = m_detailKey;
    const QString campaign = m_activeCampaign.name;
    m_campaignRunner->run<ItemResult>(
        [tool, key, campaign](Store& store, const Rules& rules) {
            ItemResult r;
            CampaignStore campaigns(store, rules);
            if (!campaigns.history(tool, key, r.history)) {
                r.error = campaigns.errorString();
                return r;
            }
            if (campaign.isEmpty())
                return r;
            if (!campaigns.load(campaign, r.campaign)) {
                r.error = campaigns.errorString();
                return r;
            }
            QList<CampaignItem> found;
            if (!CampaignStore::loadItems(store.database(), r.campaign.id, found, r.error,
                                          QStringLiteral("tool = ? AND account_key = ?"), {tool, key}) ||
                found.isEmpty())
                return r;
            QList<Attestation> log;
            for (const Attestation& a : std::as_const(r.history)) {
                if (a.campaignId == r.campaign.id)
                    log.append(a);
            }
            CampaignStore::replay(found, log);
            r.item = found.first();
            r.inCampaign = true;
            return r;
        },
        [this, accountId](const ItemResult& r) {
            if (accountId != m_detail->accountId())
                return;
            DecisionBar* bar = m_detail->decisionBar();
            m_detail->setAttestations(accountId, r.history);
            if (!r.error.isEmpty())
                bar->clearItem(r.error);
            else if (m_activeCampaign.name.isEmpty())
                bar->clearItem(tr("No campaign is active: start one (Campaign ▸ Start Campaign…) to decide on "
                                  "accounts."));
            else if (!r.inCampaign)
                bar->clearItem(tr("Not in the scope of campaign %1: its accounts were frozen at its start on %2.")
                                   .arg(m_activeCampaign.name, m_activeCampaign.startedAt.left(10)));
            else
                bar->setItem(r.campaign, r.item);
        });
}

void MainWindow::onSelectionChanged()
{
    m_detail->decisionBar()->setSelectionCount(int(m_view->selectionModel()->selectedRows().size()));
}

void MainWindow::setMyQueue(bool on)
{
    AccountFilter f = m_filterBar->filter();
    f.campaign.clear();
    f.reviewer.clear();
    f.undecided = false;
    if (on) {
        const QString me = m_activeCampaign.name.isEmpty() ? QString() : reviewerEmail(true);
        if (me.isEmpty()) {
            const QSignalBlocker blocker(m_myQueue);
            m_myQueue->setChecked(false);
            m_myQueueAction->setChecked(false);
            statusBar()->showMessage(m_activeCampaign.name.isEmpty() ? tr("No campaign is active: start one first.")
                                                                     : tr("My queue needs your reviewer e-mail."),
                                     MessageMs);
            return;
        }
        f.campaign = m_activeCampaign.name;
        f.reviewer = me;
        f.undecided = true;
    }
    applyFilter(f);
    showAccounts();
}

void MainWindow::decide(DecisionKind kind)
{
    DecisionBar* bar = m_detail->decisionBar();
    if (!m_store || !bar->canDecide(kind))
        return;
    const QString reviewer = reviewerEmail(true);
    if (reviewer.isEmpty()) {
        bar->showError(tr("Nothing recorded: decisions need your reviewer e-mail."));
        return;
    }
    const DecisionRequest base = bar->request(kind);
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.size() <= 1) {
        recordDecisions({base}, false);
        return;
    }
    qsizetype missing = 0;
    for (const QModelIndex& index : rows) {
        if (!m_model->rowAt(index.row())) {
            m_model->data(index); // asks for its page
            ++missing;
        }
    }
    if (missing > 0) {
        bar->showError(tr("%1 of the %2 selected rows are still loading; they are on their way: decide again in a "
                          "moment.")
                           .arg(missing)
                           .arg(rows.size()));
        return;
    }
    QList<DecisionRequest> requests;
    for (const QModelIndex& index : rows) {
        const AccountTableModel::Row* row = m_model->rowAt(index.row());
        DecisionRequest r = base;
        r.tool = row->tool;
        r.account = row->accountKey;
        requests.append(r);
    }
    recordDecisions(requests, true);
}

void MainWindow::recordDecisions(const QList<DecisionRequest>& requests, bool bulk)
{
    DecisionBar* bar = m_detail->decisionBar();
    const QString campaign = m_activeCampaign.name;
    const QString reviewer = reviewerEmail(false);
    bar->setBusy(true);
    if (!bulk) {
        statusBar()->showMessage(tr("Recording…"));
        m_campaignRunner->run<DecideResult>(
            [campaign, reviewer, request = requests.first()](Store& store, const Rules& rules) {
                DecideResult r;
                DecisionService service(store, rules);
                Attestation a;
                if (service.decide(campaign, request, reviewer, &a))
                    r.recorded = {a};
                else
                    r.error = service.errorString();
                r.warnings = service.warnings();
                return r;
            },
            [this](const DecideResult& r) {
                afterDecisions(r.error.isEmpty(), r.error.isEmpty() ? recordedText(r.recorded, r.warnings) : r.error);
            });
        return;
    }
    statusBar()->showMessage(tr("Checking %n decision(s)…", nullptr, int(requests.size())));
    m_campaignRunner->run<DecideResult>(
        [campaign, reviewer, requests](Store& store, const Rules& rules) {
            DecideResult r;
            DecisionService service(store, rules);
            if (!service.plan(campaign, requests, reviewer, r.plan))
                r.error = service.errorString();
            return r;
        },
        [this](const DecideResult& r) {
            if (!r.error.isEmpty()) {
                afterDecisions(false, r.error);
                return;
            }
            const qint64 count = r.plan.confirmationCount();
            if (count > 0) {
                const QString text =
                    tr("This ends the access of %n account(s) in campaign %1 (removals: %2, expiries: %3), of the "
                       "%4 selected. Each decision is recorded under your name and can only be superseded, never "
                       "deleted.\n\nRecord them?",
                       nullptr, int(count))
                        .arg(r.plan.campaign.name)
                        .arg(r.plan.removals)
                        .arg(r.plan.expiries)
                        .arg(r.plan.requests.size());
                if (MessageBox::question(this, tr("Confirm %n Removal(s) or Expiries", nullptr, int(count)), text,
                                         QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes) {
                    afterDecisions(false, tr("Nothing recorded: the bulk decision was not confirmed."));
                    return;
                }
            }
            commitPlan(r.plan, count);
        });
}

void MainWindow::commitPlan(const BatchPlan& plan, qint64 confirmed)
{
    statusBar()->showMessage(tr("Recording %n decision(s)…", nullptr, int(plan.requests.size())));
    m_campaignRunner->run<DecideResult>(
        [plan, confirmed](Store& store, const Rules& rules) {
            DecideResult r;
            DecisionService service(store, rules);
            if (!service.commit(plan, confirmed, &r.recorded))
                r.error = service.errorString();
            r.warnings = service.warnings();
            return r;
        },
        [this](const DecideResult& r) {
            afterDecisions(r.error.isEmpty(), r.error.isEmpty() ? recordedText(r.recorded, r.warnings) : r.error);
        });
}

void MainWindow::afterDecisions(bool ok, const QString& message)
{
    DecisionBar* bar = m_detail->decisionBar();
    bar->setBusy(false);
    if (ok) {
        bar->showMessage(message);
        statusBar()->showMessage(message, MessageMs);
        // A reconcile links the account, "my queue" loses it: the table, counts and progress follow. The
        // cursor stays on the same row, which in "my queue" is the next account to decide on.
        const QModelIndex current = m_view->currentIndex();
        if (current.isValid()) {
            connect(
                m_model, &QAbstractItemModel::modelReset, this,
                [this, row = current.row(), column = current.column()] {
                    if (m_model->rowCount() > 0 && !m_view->currentIndex().isValid())
                        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), column));
                },
                Qt::SingleShotConnection);
        }
        m_model->refresh();
        m_statsLoader->start(m_store->path(), m_staleAfterDays);
        loadCampaigns();
    } else {
        bar->showError(message);
        statusBar()->clearMessage();
    }
    Q_EMIT decisionsFinished(ok);
}

void MainWindow::startCampaign()
{
    if (!m_store || isBusy())
        return;
    const QString owner = reviewerEmail(true);
    if (owner.isEmpty())
        return;
    const auto [defaultName, defaultDue] = currentQuarter();
    bool ok = false;
    const QString name =
        InputDialog::getText(this, tr("Start Campaign"),
                             tr("Name of the review period (letters, digits, '.', '_', '-'):"), defaultName, &ok)
            .trimmed();
    if (!ok || name.isEmpty())
        return;
    const QString dueText = InputDialog::getText(this, tr("Start Campaign"), tr("Due date (YYYY-MM-DD):"),
                                                 defaultDue.toString(Qt::ISODate), &ok)
                                .trimmed();
    if (!ok)
        return;
    QStringList previous;
    if (!m_campaigns.isEmpty()) {
        const QMap<QString, QString>& last = m_campaigns.last().reviewers;
        for (auto it = last.cbegin(); it != last.cend(); ++it)
            previous.append(QStringLiteral("%1=%2").arg(it.key(), it.value()));
    }
    const QString reviewersText =
        InputDialog::getText(this, tr("Start Campaign"),
                             tr("Reviewer of each tool, as TOOL=EMAIL separated by commas (tools without one go to "
                                "you, the campaign owner %1):")
                                 .arg(owner),
                             previous.join(QStringLiteral(", ")), &ok);
    if (!ok)
        return;
    StartRequest request;
    request.name = name;
    request.due = QDate::fromString(dueText, QStringLiteral("yyyy-MM-dd"));
    request.owner = owner;
    for (const QString& part : reviewersText.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = part.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            MessageBox::critical(
                this, tr("Cannot Start Campaign"),
                tr("Reviewer '%1': expected TOOL=EMAIL, such as aws-prod=ada@example.com").arg(part.trimmed()));
            return;
        }
        request.reviewers.insert(part.left(eq).trimmed(), part.mid(eq + 1).trimmed());
    }
    statusBar()->showMessage(tr("Starting campaign %1…").arg(name));
    m_campaignRunner->run<StartResult>(
        [request](Store& store, const Rules& rules) {
            StartResult r;
            CampaignStore campaigns(store, rules);
            if (!campaigns.start(request, r.report))
                r.error = campaigns.errorString();
            return r;
        },
        [this](const StartResult& r) {
            if (!r.error.isEmpty()) {
                statusBar()->clearMessage();
                MessageBox::critical(this, tr("Cannot Start Campaign"), r.error);
                return;
            }
            const StartReport& report = r.report;
            QString text = tr("Started campaign %1: %n account(s) to review, due %2.", nullptr, int(report.items))
                               .arg(report.campaign.name, report.campaign.due.toString(Qt::ISODate));
            if (report.carriedOver)
                text += QLatin1Char(' ') + tr("%n certification(s) carried over.", nullptr, int(report.carriedOver));
            if (!report.notCarried.isEmpty())
                text += QLatin1Char(' ') + tr("%n not carried over (see each account's decision bar).", nullptr,
                                              int(report.notCarried.size()));
            statusBar()->showMessage(text, MessageMs);
            loadCampaigns(report.campaign.name);
            showCampaign();
        });
}

void MainWindow::closeCampaign()
{
    if (!m_store || m_activeCampaign.name.isEmpty() || m_activeCampaign.closed)
        return;
    const QString actor = reviewerEmail(true);
    if (actor.isEmpty())
        return;
    const CampaignProgress& p = m_campaignView->progress();
    if (MessageBox::question(this, tr("Close Campaign"),
                             tr("Close campaign %1? %2 of %3 accounts are decided; no decision is accepted "
                                "afterwards.")
                                 .arg(m_activeCampaign.name)
                                 .arg(p.decided)
                                 .arg(p.total),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No) != QMessageBox::Yes)
        return;
    const QString name = m_activeCampaign.name;
    m_campaignRunner->run<CampaignsResult>(
        [name, actor](Store& store, const Rules& rules) {
            CampaignsResult r;
            CampaignStore campaigns(store, rules);
            if (!campaigns.close(name, actor, r.active, r.progress))
                r.error = campaigns.errorString();
            return r;
        },
        [this, name](const CampaignsResult& r) {
            if (!r.error.isEmpty()) {
                MessageBox::critical(this, tr("Cannot Close Campaign"), r.error);
                return;
            }
            statusBar()->showMessage(tr("Closed campaign %1.").arg(name), MessageMs);
            loadCampaigns(name);
            if (!Preferences::load().signingKey.isEmpty() &&
                MessageBox::question(this, tr("Write Evidence"),
                                     tr("Campaign %1 is closed. Write its signed evidence bundle now?").arg(name),
                                     QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes) == QMessageBox::Yes)
                writeEvidenceOf(name, true);
        });
}

void MainWindow::writeEvidence()
{
    if (m_store && !m_activeCampaign.name.isEmpty())
        writeEvidenceOf(m_activeCampaign.name, m_activeCampaign.closed);
}

void MainWindow::writeEvidenceOf(const QString& name, bool closed)
{
    const QString keyPath = Preferences::load().signingKey;
    if (keyPath.isEmpty()) {
        MessageBox::information(this, tr("Write Evidence"),
                                tr("Evidence is signed with your key: choose it in Edit ▸ Preferences. "
                                   "`rollcall-cli keygen --out KEY.pem` makes one."));
        return;
    }
    auto key = std::make_shared<SigningKey>();
    QString error;
    if (!SigningKey::readPrivateKey(keyPath, {}, *key, error)) {
        // An encrypted key: ask for its passphrase once.
        bool ok = false;
        const QString passphrase = QInputDialog::getText(
            this, tr("Write Evidence"), tr("Passphrase of %1:").arg(keyPath), QLineEdit::Password, {}, &ok);
        if (!ok)
            return;
        if (!SigningKey::readPrivateKey(keyPath, passphrase.toUtf8(), *key, error)) {
            MessageBox::critical(this, tr("Cannot Write Evidence"), error);
            return;
        }
    }
    const QString parent = FileDialog::getExistingDirectory(this, tr("Write the evidence bundle into…"));
    if (parent.isEmpty())
        return;
    const QString dir = QDir(parent).filePath(closed ? QStringLiteral("evidence-%1").arg(name)
                                                     : QStringLiteral("evidence-%1-interim").arg(name));
    m_campaignRunner->run<CampaignsResult>(
        [name, key, dir](Store& store, const Rules& rules) {
            EvidenceWriter writer(store, rules);
            EvidenceReports::addBundleProducers(writer, store);
            EvidenceResult result;
            CampaignsResult r;
            if (!writer.write(name, *key, dir, result))
                r.error = writer.errorString();
            return r;
        },
        [this, dir](const CampaignsResult& r) {
            if (!r.error.isEmpty()) {
                MessageBox::critical(this, tr("Cannot Write Evidence"), r.error);
                return;
            }
            statusBar()->showMessage(tr("Wrote the evidence bundle %1; `rollcall-cli verify` checks it anywhere.")
                                         .arg(QDir::toNativeSeparators(dir)),
                                     MessageMs);
        });
}

} // namespace Rollcall
