// SPDX-License-Identifier: GPL-3.0-or-later
#include "DetailPane.h"

#include "DecisionBar.h"
#include "InputDialog.h"
#include "TriageStyle.h"

#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace Rollcall {

namespace {
QLabel* sectionLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setContentsMargins(0, 8, 0, 2);
    return label;
}

QLabel* textLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QTableView* smallTable(QStandardItemModel* model, QWidget* parent)
{
    auto* view = new QTableView(parent);
    view->setModel(model);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    return view;
}

QString escaped(const QString& s)
{
    return s.toHtmlEscaped();
}

QString dateOnly(const QString& iso)
{
    return iso.left(10);
}
} // namespace

DetailPane::DetailPane(QWidget* parent)
    : QWidget(parent)
    , m_stack(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_title(new QLabel(this))
    , m_subtitle(textLabel(this))
    , m_summary(textLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_explanation(textLabel(this))
    , m_factors(textLabel(this))
    , m_suggestionBox(new QWidget(this))
    , m_suggestionLayout(new QVBoxLayout(m_suggestionBox))
    , m_linkOther(new QPushButton(QIcon(QStringLiteral(":/icons/link.svg")), tr("Link to an &owner…"), this))
    , m_traceStatus(textLabel(this))
    , m_traceButton(new QPushButton(QIcon(QStringLiteral(":/icons/reconcile.svg")), tr("Follow the &Cascade"), this))
    , m_trace(textLabel(this))
    , m_traceModel(new QStandardItemModel(0, 3, this))
    , m_source(textLabel(this))
    , m_fieldsModel(new QStandardItemModel(0, 2, this))
    , m_extra(textLabel(this))
    , m_historyModel(new QStandardItemModel(0, 8, this))
    , m_manual(textLabel(this))
    , m_decisionBar(new DecisionBar(this))
    , m_attestationModel(new QStandardItemModel(0, AttestationColumns, this))
    , m_attestationNote(textLabel(this))
{
    setObjectName(QStringLiteral("detailPane"));
    setAccessibleName(tr("Account details"));
    m_fields = smallTable(m_fieldsModel, this);
    m_history = smallTable(m_historyModel, this);
    m_attestations = smallTable(m_attestationModel, this);
    m_attestations->setObjectName(QStringLiteral("detailAttestations"));
    m_attestations->setAccessibleName(tr("Decisions recorded about this account"));
    m_attestationModel->setHorizontalHeaderLabels(
        {tr("Time (UTC)"), tr("Campaign"), tr("Reviewer"), tr("Decision"), tr("Fields"), tr("Superseded"), tr("Hash")});
    m_attestationNote->setObjectName(QStringLiteral("detailAttestationNote"));

    m_placeholder->setObjectName(QStringLiteral("detailPlaceholder"));
    m_placeholder->setText(tr("Select an account to see who owns it, why it has its class, and what it looked like "
                              "in each import."));
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_title->setObjectName(QStringLiteral("detailTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_subtitle->setObjectName(QStringLiteral("detailSubtitle"));
    m_summary->setObjectName(QStringLiteral("detailSummary"));
    m_summary->setTextFormat(Qt::RichText);
    m_explanation->setObjectName(QStringLiteral("detailExplanation"));
    m_explanation->setAccessibleName(tr("Why the account has its class"));
    m_factors->setObjectName(QStringLiteral("detailFactors"));
    m_factors->setAccessibleName(tr("Risk factors"));
    m_factors->setTextFormat(Qt::RichText);
    m_traceStatus->setObjectName(QStringLiteral("detailTraceStatus"));
    m_linkOther->setObjectName(QStringLiteral("linkOtherOwner"));
    m_linkOther->setToolTip(tr("Link this account to an owner of the directory by hand, with a reason (kept across "
                               "imports, recorded with your name)"));
    connect(m_linkOther, &QPushButton::clicked, this, &DetailPane::askForOwner);
    m_traceButton->setObjectName(QStringLiteral("followCascade"));
    m_traceButton->setToolTip(tr("Follow the matching cascade for this account with today's rules and directory"));
    m_traceButton->hide();
    connect(m_traceButton, &QPushButton::clicked, this, [this] {
        m_traceButton->hide();
        m_traceStatus->setText(tr("Loading the directory and following the matching cascade…"));
        Q_EMIT traceRequested(m_accountId);
    });

    m_traceModel->setHorizontalHeaderLabels({tr("Step"), tr("Compared"), tr("Outcome")});
    m_trace->setObjectName(QStringLiteral("detailTrace"));
    m_trace->setAccessibleName(tr("Matching cascade"));
    m_trace->setTextFormat(Qt::RichText);

    m_fieldsModel->setHorizontalHeaderLabels({tr("Column"), tr("Value")});
    m_fields->setObjectName(QStringLiteral("detailFields"));
    m_fields->setAccessibleName(tr("The record as imported"));
    m_historyModel->setHorizontalHeaderLabels({tr("Snapshot"), tr("Imported"), tr("Class"), tr("Risk"), tr("Privilege"),
                                               tr("State"), tr("Last activity"), tr("E-mail")});
    m_history->setObjectName(QStringLiteral("detailHistory"));
    m_history->setAccessibleName(tr("History across snapshots"));

    m_suggestionLayout->setContentsMargins(0, 0, 0, 0);
    m_suggestionLayout->setSpacing(2);

    // Why: explanation, factors, suggested owners, cascade.
    auto* why = new QWidget;
    auto* whyLayout = new QVBoxLayout(why);
    whyLayout->addWidget(m_explanation);
    whyLayout->addWidget(sectionLabel(tr("Risk factors"), why));
    whyLayout->addWidget(m_factors);
    whyLayout->addWidget(sectionLabel(tr("Suggested owners"), why));
    whyLayout->addWidget(m_suggestionBox);
    auto* linkRow = new QHBoxLayout;
    linkRow->addWidget(m_linkOther);
    linkRow->addStretch(1);
    whyLayout->addLayout(linkRow);
    whyLayout->addWidget(sectionLabel(tr("Matching cascade"), why));
    whyLayout->addWidget(m_traceStatus);
    auto* traceRow = new QHBoxLayout;
    traceRow->addWidget(m_traceButton);
    traceRow->addStretch(1);
    whyLayout->addLayout(traceRow);
    whyLayout->addWidget(m_trace);
    whyLayout->addStretch(1);
    auto* whyScroll = new QScrollArea;
    whyScroll->setWidget(why);
    whyScroll->setWidgetResizable(true);
    whyScroll->setFrameShape(QFrame::NoFrame);

    auto* record = new QWidget;
    auto* recordLayout = new QVBoxLayout(record);
    recordLayout->addWidget(m_source);
    recordLayout->addWidget(m_fields, 1);
    recordLayout->addWidget(m_extra);

    auto* history = new QWidget;
    auto* historyLayout = new QVBoxLayout(history);
    historyLayout->addWidget(m_history, 1);
    historyLayout->addWidget(sectionLabel(tr("Manual links"), history));
    historyLayout->addWidget(m_manual);

    m_tabs->setObjectName(QStringLiteral("detailTabs"));
    m_tabs->addTab(whyScroll, tr("Why"));
    m_tabs->addTab(record, tr("Record"));
    m_tabs->addTab(history, tr("History"));
    auto* decisions = new QWidget;
    auto* decisionsLayout = new QVBoxLayout(decisions);
    decisionsLayout->addWidget(m_attestations, 1);
    decisionsLayout->addWidget(m_attestationNote);
    m_tabs->addTab(decisions, tr("Decisions"));
    m_tabs->setDocumentMode(true);

    auto* content = new QWidget;
    auto* contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(8, 4, 4, 4);
    contentLayout->addWidget(m_title);
    contentLayout->addWidget(m_subtitle);
    contentLayout->addWidget(m_summary);
    contentLayout->addWidget(m_decisionBar);
    contentLayout->addWidget(m_tabs, 1);

    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(content);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    clear();
}

void DetailPane::clear()
{
    m_accountId = 0;
    m_stack->setCurrentWidget(m_placeholder);
}

void DetailPane::setLoading(qint64 accountId)
{
    if (accountId == m_accountId)
        return;
    m_accountId = accountId;
    m_stack->setCurrentIndex(1);
    m_title->setText(tr("Loading…"));
    m_subtitle->clear();
    m_summary->clear();
    m_explanation->clear();
    m_factors->clear();
    setSuggestions({}, {});
    m_traceModel->removeRows(0, m_traceModel->rowCount());
    m_trace->clear();
    m_fieldsModel->removeRows(0, m_fieldsModel->rowCount());
    m_historyModel->removeRows(0, m_historyModel->rowCount());
    m_traceStatus->clear();
    m_source->clear();
    m_extra->clear();
    m_manual->clear();
    m_attestationModel->removeRows(0, m_attestationModel->rowCount());
    m_attestationNote->clear();
}

void DetailPane::showDetails(const AccountDetails& d)
{
    m_accountId = d.id;
    m_stack->setCurrentIndex(1);
    m_accountName = d.login.isEmpty() ? d.accountKey : d.login;
    m_title->setText(d.displayName.isEmpty() || d.displayName == m_accountName
                         ? m_accountName
                         : tr("%1 — %2").arg(m_accountName, d.displayName));
    QStringList sub = {tr("%1 in %2").arg(d.accountKey, d.tool)};
    if (!d.email.isEmpty() && d.email != m_accountName)
        sub.append(d.email);
    sub.append(d.toolRole.isEmpty() ? d.privilege : tr("%1 (%2)").arg(d.privilege, d.toolRole));
    sub.append(tr("MFA %1").arg(d.mfa));
    sub.append(d.state == QLatin1String("active") ? tr("active in the tool") : d.state);
    if (!d.stateExpiry.isEmpty())
        sub.append(tr("until %1").arg(dateOnly(d.stateExpiry)));
    sub.append(!d.lastActivity.isEmpty()      ? tr("last active %1").arg(dateOnly(d.lastActivity))
               : !d.lastActivityRaw.isEmpty() ? d.lastActivityRaw
               : d.neverUsed                  ? tr("never used")
                                              : tr("no activity date"));
    sub.removeAll(QString());
    m_subtitle->setText(sub.join(QStringLiteral(" · ")));

    const QString cls = accountClassTitle(d.cls);
    QStringList summary;
    summary.append(QStringLiteral("<span style=\"color:%1\">&#9632;</span> <b>%2</b>")
                       .arg(TriageStyle::classColor(d.cls).name(), escaped(cls)));
    if (d.risk >= 0) {
        summary.append(tr("risk <b><span style=\"color:%1\">%2</span></b>")
                           .arg(TriageStyle::riskColor(d.risk).name())
                           .arg(d.risk));
    }
    if (!d.recommendation.isEmpty() && d.recommendation != QLatin1String("none"))
        summary.append(tr("recommended: <b>%1</b>").arg(escaped(termTitle(d.recommendation))));
    if (!d.owner.isEmpty()) {
        const QString who =
            d.ownerName.isEmpty() ? d.owner : tr("%1 &lt;%2&gt;").arg(escaped(d.ownerName), escaped(d.owner));
        summary.append(d.ownerStatus == QLatin1String("active") || d.ownerStatus.isEmpty()
                           ? tr("owner %1").arg(who)
                           : tr("owner %1 (<b>%2</b>)").arg(who, escaped(d.ownerStatus)));
    } else if (!d.cls.isEmpty()) {
        summary.append(tr("no owner"));
    }
    m_summary->setText(summary.join(QStringLiteral(" · ")));

    m_storedVerdict = {d.cls, d.rule, d.owner};
    m_explanation->setText(d.explanation.isEmpty() ? tr("Not reconciled yet: run Review ▸ Reconcile.")
                                                   : tr("Why: %1").arg(d.explanation));
    QStringList factors;
    for (const RiskFactor& f : d.factors) {
        factors.append(QStringLiteral("<b>%1%2</b> %3")
                           .arg(f.points > 0 ? QStringLiteral("+") : QString())
                           .arg(f.points)
                           .arg(escaped(f.text)));
    }
    m_factors->setText(factors.isEmpty() ? tr("No risk factor.") : factors.join(QStringLiteral("<br>")));
    setSuggestions(d.suggestions, d.candidates);
    m_traceModel->removeRows(0, m_traceModel->rowCount());
    m_trace->clear();
    m_traceButton->hide();
    m_traceStatus->setText(tr("Following the matching cascade with today's rules and directory…"));

    m_source->setText(tr("From %1 (%2), line %3, imported %4 as snapshot %5.")
                          .arg(d.fileName, d.format)
                          .arg(d.line)
                          .arg(dateOnly(d.importedAt))
                          .arg(d.snapshotId));
    if (d.line <= 0)
        m_source->setText(tr("From %1 (%2), imported %3 as snapshot %4.")
                              .arg(d.fileName, d.format, dateOnly(d.importedAt))
                              .arg(d.snapshotId));
    m_fieldsModel->removeRows(0, m_fieldsModel->rowCount());
    if (d.fields.isEmpty()) {
        m_fieldsModel->appendRow({new QStandardItem(tr("(record)")), new QStandardItem(d.raw)});
    } else {
        for (const auto& [name, value] : d.fields)
            m_fieldsModel->appendRow({new QStandardItem(name), new QStandardItem(value)});
    }
    for (int row = 0; row < m_fieldsModel->rowCount(); ++row)
        m_fieldsModel->item(row, 1)->setToolTip(m_fieldsModel->item(row, 1)->text());
    m_fields->resizeColumnToContents(0);
    m_extra->setText(d.extraRecords.isEmpty()
                         ? QString()
                         : (d.extraRecords.size() == 1 ? tr("One more row of the file folded into this account:\n%1")
                                                       : tr("%2 more rows of the file folded into this account:\n%1"))
                               .arg(d.extraRecords.join(QLatin1Char('\n')))
                               .arg(d.extraRecords.size()));
    m_extra->setVisible(!d.extraRecords.isEmpty());

    m_historyModel->removeRows(0, m_historyModel->rowCount());
    for (const AccountDetails::HistoryEntry& e : d.history) {
        QList<QStandardItem*> row = {new QStandardItem(QString::number(e.snapshotId)),
                                     new QStandardItem(dateOnly(e.importedAt)),
                                     new QStandardItem(e.cls.isEmpty() ? tr("not reconciled") : e.cls),
                                     new QStandardItem(e.risk < 0 ? QString() : QString::number(e.risk)),
                                     new QStandardItem(e.privilege),
                                     new QStandardItem(e.state),
                                     new QStandardItem(dateOnly(e.lastActivity)),
                                     new QStandardItem(e.email)};
        if (e.snapshotId == d.snapshotId) {
            for (QStandardItem* item : row) {
                QFont font = item->font();
                font.setBold(true);
                item->setFont(font);
            }
        }
        m_historyModel->appendRow(row);
    }
    m_history->resizeColumnsToContents();
    QStringList manual;
    for (const AccountDetails::ManualEvent& e : d.manualEvents) {
        manual.append(e.action == QLatin1String("link")
                          ? tr("%1: %2 linked it to %3 — %4").arg(dateOnly(e.at), e.actor, e.owner, e.reason)
                          : tr("%1: %2 removed the manual link — %3").arg(dateOnly(e.at), e.actor, e.reason));
    }
    m_manual->setText(manual.isEmpty() ? tr("None.") : manual.join(QLatin1Char('\n')));
}

void DetailPane::setAttestations(qint64 accountId, const QList<Attestation>& attestations)
{
    if (accountId != m_accountId)
        return;
    m_attestationModel->removeRows(0, m_attestationModel->rowCount());
    QHash<qint64, qint64> supersededBy;
    for (const Attestation& a : attestations) {
        if (a.supersedes)
            supersededBy.insert(*a.supersedes, a.seq);
    }
    // What the item carried at the start (class, privilege, snapshot) is in every attestation: left out.
    const QStringList frozen = {QStringLiteral("class"), QStringLiteral("privilege"), QStringLiteral("snapshot")};
    for (const Attestation& a : attestations) {
        QStringList fields;
        const QMap<QString, QString> map = a.fieldMap();
        for (auto it = map.cbegin(); it != map.cend(); ++it) {
            if (!frozen.contains(it.key()))
                fields.append(QStringLiteral("%1=%2").arg(it.key(), it.value()));
        }
        const qint64 by = supersededBy.value(a.seq);
        QList<QStandardItem*> row = {new QStandardItem(a.at),
                                     new QStandardItem(a.campaign),
                                     new QStandardItem(a.reviewer),
                                     new QStandardItem(termTitle(a.decision)),
                                     new QStandardItem(fields.join(QStringLiteral("; "))),
                                     new QStandardItem(by ? tr("yes, by #%1").arg(by) : tr("no")),
                                     new QStandardItem(a.hash.left(12))};
        row.at(AttestedAt)->setToolTip(tr("Attestation #%1").arg(a.seq));
        row.at(AttestedFields)->setToolTip(a.fields);
        row.at(AttestedHash)->setToolTip(tr("SHA-256 %1\nprevious %2").arg(a.hash, a.prevHash));
        if (by) {
            for (QStandardItem* item : row)
                item->setForeground(QColor(0x80, 0x80, 0x80));
        }
        m_attestationModel->appendRow(row);
    }
    m_attestations->resizeColumnsToContents();
    m_attestationNote->setText(attestations.isEmpty()
                                   ? tr("No decision recorded about this account yet.")
                                   : tr("%n attestation(s), oldest first; each one's hash covers the one before it "
                                        "(rollcall-cli verify-store checks the chain).",
                                        nullptr, int(attestations.size())));
}

void DetailPane::showTrace(qint64 accountId, const Verdict& v)
{
    if (accountId != m_accountId)
        return;
    m_traceModel->removeRows(0, m_traceModel->rowCount());
    QStringList steps;
    for (const TraceStep& step : v.trace) {
        m_traceModel->appendRow(
            {new QStandardItem(step.rule), new QStandardItem(step.compared), new QStandardItem(step.outcome)});
        const bool decides = step.rule == v.rule;
        QString line = QStringLiteral("<b>%1</b>").arg(escaped(step.rule));
        if (!step.compared.isEmpty())
            line += QStringLiteral(" · <i>%1</i>").arg(escaped(step.compared));
        line += QStringLiteral(": %1").arg(escaped(step.outcome));
        steps.append(
            decides
                ? QStringLiteral("<li><span style=\"color:%1\">%2</span></li>")
                      .arg(TriageStyle::textColor(TriageStyle::classColor(accountClassName(v.cls)), palette()).name(),
                           line)
                : QStringLiteral("<li>%1</li>").arg(line));
    }
    m_trace->setText(
        QStringLiteral("<ol style=\"margin-left:0; -qt-list-indent:1\">%1</ol>").arg(steps.join(QString())));
    m_traceButton->hide();
    // The same verdict as stored: just the steps. Another one: the stored verdict is out of date.
    // Compared by meaning, not by the explanation's words: those are in the language of whoever reconciled.
    m_traceStatus->setText(QStringList{accountClassName(v.cls), v.rule, v.owner} == m_storedVerdict
                               ? tr("Step by step, with today's rules and directory:")
                               : tr("Today the cascade decides otherwise, by rule “%1”: %2. Reconcile to update the "
                                    "workspace.")
                                     .arg(v.rule, v.explanation));
    if (!v.suggestions.isEmpty() || !v.candidates.isEmpty())
        setSuggestions(v.suggestions, v.candidates);
}

void DetailPane::showTraceDeferred(qint64 accountId, qint64 identities)
{
    if (accountId != m_accountId)
        return;
    m_traceStatus->setText(tr("The directory has %1 identities: following the cascade loads all of them (some "
                              "seconds, about %2 MB), and then every account's cascade shows at once.")
                               .arg(QLocale().toString(identities))
                               .arg(std::max<qint64>(1, identities * 1100 / (1024 * 1024))));
    m_traceButton->show();
}

void DetailPane::showError(qint64 accountId, const QString& message)
{
    if (accountId != m_accountId)
        return;
    if (m_title->text() == tr("Loading…"))
        m_title->setText(tr("Cannot show this account"));
    m_traceStatus->setText(message);
}

void DetailPane::setSuggestions(const QStringList& suggestions, const QStringList& candidates)
{
    qDeleteAll(m_linkButtons);
    m_linkButtons.clear();
    while (QLayoutItem* item = m_suggestionLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_suggestions.clear();
    for (const QString& owner : candidates + suggestions) {
        if (!m_suggestions.contains(owner))
            m_suggestions.append(owner);
    }
    if (m_suggestions.isEmpty()) {
        auto* none = new QLabel(tr("No owner suggested by name or among candidates."), m_suggestionBox);
        none->setEnabled(false);
        m_suggestionLayout->addWidget(none);
        return;
    }
    for (int i = 0; i < m_suggestions.size(); ++i) {
        const QString owner = m_suggestions.at(i);
        auto* row = new QWidget(m_suggestionBox);
        auto* rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        auto* label = new QLabel(candidates.contains(owner) ? tr("%1 (candidate)").arg(owner) : owner, row);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto* button = new QPushButton(QIcon(QStringLiteral(":/icons/link.svg")), tr("Link…"), row);
        button->setObjectName(QStringLiteral("linkSuggestion%1").arg(i));
        button->setAccessibleName(tr("Link to %1").arg(owner));
        button->setToolTip(tr("Link this account to %1, with a reason").arg(owner));
        connect(button, &QPushButton::clicked, this, [this, owner] { requestLink(owner); });
        rowLayout->addWidget(label, 1);
        rowLayout->addWidget(button);
        m_linkButtons.append(button);
        m_suggestionLayout->addWidget(row);
    }
}

QString DetailPane::firstSuggestion() const
{
    return m_suggestions.value(0);
}

bool DetailPane::requestLink(const QString& owner)
{
    if (!m_accountId || owner.isEmpty())
        return false;
    bool ok = false;
    const QString reason =
        InputDialog::getText(this, tr("Link Account to Owner"),
                             tr("Why is %1 the owner of %2? The reason is kept with your name in the audit trail.")
                                 .arg(owner, m_accountName),
                             {}, &ok)
            .trimmed();
    if (!ok || reason.isEmpty())
        return false;
    Q_EMIT linkRequested(m_accountId, owner, reason);
    return true;
}

void DetailPane::askForOwner()
{
    bool ok = false;
    const QString owner = InputDialog::getText(this, tr("Link Account to Owner"),
                                               tr("E-mail of the owner in the directory:"), firstSuggestion(), &ok)
                              .trimmed();
    if (ok && !owner.isEmpty())
        requestLink(owner);
}

QString DetailPane::titleText() const
{
    return m_title->text();
}

QString DetailPane::explanationText() const
{
    return m_explanation->text();
}

QString DetailPane::factorsText() const
{
    return m_factors->text();
}

QString DetailPane::traceStatusText() const
{
    return m_traceStatus->text();
}

} // namespace Rollcall
