// SPDX-License-Identifier: GPL-3.0-or-later
#include "DecisionBar.h"

#include "campaign/DecisionService.h"
#include "domain/Records.h"
#include "util/Clock.h"

#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace Rollcall {

namespace {
constexpr int DefaultExpiryDays = 90;

QLabel* formLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}

QDateEdit* dateEdit(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    return edit;
}

QLineEdit* lineEdit(const QString& name, const QString& accessible, const QString& placeholder, QWidget* parent)
{
    auto* edit = new QLineEdit(parent);
    edit->setObjectName(name);
    edit->setAccessibleName(accessible);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}
} // namespace

QString DecisionBar::buttonText(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Reconcile:
        return tr("Reconcile");
    case DecisionKind::Certify:
        return tr("Certify");
    case DecisionKind::Expire:
        return tr("Expire");
    case DecisionKind::Remove:
        return tr("Remove");
    case DecisionKind::Reassign:
        return tr("Reassign");
    case DecisionKind::NeedsInfo:
        return tr("Needs info");
    case DecisionKind::Undo:
        return tr("Undo");
    }
    return {};
}

QKeySequence DecisionBar::shortcut(DecisionKind kind)
{
    switch (kind) {
    case DecisionKind::Reconcile:
        return QKeySequence(Qt::Key_R);
    case DecisionKind::Certify:
        return QKeySequence(Qt::Key_C);
    case DecisionKind::Expire:
        return QKeySequence(Qt::Key_E);
    case DecisionKind::Remove:
        return QKeySequence(Qt::Key_D);
    case DecisionKind::Reassign:
        return QKeySequence(Qt::Key_A);
    case DecisionKind::NeedsInfo:
        return QKeySequence(Qt::Key_N);
    case DecisionKind::Undo:
        return QKeySequence(Qt::Key_U);
    }
    return {};
}

DecisionBar::DecisionBar(QWidget* parent)
    : QWidget(parent)
    , m_status(new QLabel(this))
    , m_reviewer(new QLabel(this))
    , m_owner(lineEdit(QStringLiteral("decisionOwner"), tr("Owner"), tr("owner's e-mail in the directory"), this))
    , m_purpose(lineEdit(QStringLiteral("decisionPurpose"), tr("Business purpose"), tr("why the access stays"), this))
    , m_until(dateEdit(QStringLiteral("decisionUntil"), tr("Until: certification expiry or end of access"), this))
    , m_cap(new QLabel(this))
    , m_rotation(dateEdit(QStringLiteral("decisionRotation"), tr("Rotate credentials by"), this))
    , m_reason(lineEdit(QStringLiteral("decisionReason"), tr("Justification"),
                        tr("required to certify orphaned, unmanaged, privileged; needs-info; undo"), this))
    , m_to(lineEdit(QStringLiteral("decisionReassignTo"), tr("Reassign to"), tr("new reviewer's e-mail"), this))
    , m_error(new QLabel(this))
    , m_form(new QWidget(this))
    , m_buttonBox(new QWidget(this))
{
    setObjectName(QStringLiteral("decisionBar"));
    setAccessibleName(tr("Decision"));
    m_status->setObjectName(QStringLiteral("decisionStatus"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reviewer->setObjectName(QStringLiteral("decisionReviewer"));
    m_reviewer->setTextFormat(Qt::RichText);
    m_reviewer->setAccessibleName(tr("You decide as"));
    connect(m_reviewer, &QLabel::linkActivated, this, [this] { Q_EMIT changeReviewerRequested(); });
    m_cap->setObjectName(QStringLiteral("decisionCap"));
    m_cap->setEnabled(false);
    m_error->setObjectName(QStringLiteral("decisionError"));
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Decision outcome"));
    m_error->hide();

    auto* grid = new QGridLayout(m_form);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setHorizontalSpacing(6);
    grid->setVerticalSpacing(3);
    // One field a row (the pane is narrow), the two dates side by side.
    grid->addWidget(formLabel(tr("Owner:"), m_owner, m_form), 0, 0);
    grid->addWidget(m_owner, 0, 1, 1, 3);
    grid->addWidget(formLabel(tr("Purpose:"), m_purpose, m_form), 1, 0);
    grid->addWidget(m_purpose, 1, 1, 1, 3);
    grid->addWidget(formLabel(tr("Until:"), m_until, m_form), 2, 0);
    grid->addWidget(m_until, 2, 1);
    grid->addWidget(formLabel(tr("Rotate by:"), m_rotation, m_form), 2, 2);
    grid->addWidget(m_rotation, 2, 3);
    grid->addWidget(m_cap, 3, 1, 1, 3);
    grid->addWidget(formLabel(tr("Justification:"), m_reason, m_form), 4, 0);
    grid->addWidget(m_reason, 4, 1, 1, 3);
    grid->addWidget(formLabel(tr("Reassign to:"), m_to, m_form), 5, 0);
    grid->addWidget(m_to, 5, 1, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto* buttons = new QGridLayout(m_buttonBox);
    buttons->setContentsMargins(0, 0, 0, 0);
    buttons->setSpacing(4);
    const QList<DecisionKind> kinds = allDecisionKinds();
    for (int i = 0; i < kinds.size(); ++i) {
        const DecisionKind kind = kinds.at(i);
        const QString key = shortcut(kind).toString(QKeySequence::NativeText);
        auto* b = new QPushButton(tr("%1 (%2)").arg(buttonText(kind), key), m_buttonBox);
        b->setObjectName(QStringLiteral("decide-%1").arg(decisionKindName(kind)));
        b->setAccessibleName(buttonText(kind));
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, [this, kind] { trigger(kind); });
        m_buttons.insert(int(kind), b);
        buttons->addWidget(b, i / 4, i % 4);
    }
    m_buttons.value(int(DecisionKind::Reconcile))
        ->setToolTip(tr("Link the account to the owner given (also a manual link the reconciler keeps)"));
    m_buttons.value(int(DecisionKind::Certify))
        ->setToolTip(tr("Keep the access: owner, business purpose and an expiry (break-glass: a rotation date)"));
    m_buttons.value(int(DecisionKind::Expire))->setToolTip(tr("Access ends on the Until date"));
    m_buttons.value(int(DecisionKind::Remove))->setToolTip(tr("Revoke the access now"));
    m_buttons.value(int(DecisionKind::Reassign))->setToolTip(tr("Hand the account to the reviewer given"));
    m_buttons.value(int(DecisionKind::NeedsInfo))
        ->setToolTip(tr("Cannot decide yet: say what is missing in the justification"));
    m_buttons.value(int(DecisionKind::Undo))
        ->setToolTip(tr("Supersede the decision in force (the log keeps both), with a justification"));

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 4);
    layout->setSpacing(4);
    layout->addWidget(m_status);
    layout->addWidget(m_reviewer);
    layout->addWidget(m_form);
    layout->addWidget(m_buttonBox);
    layout->addWidget(m_error);
    clearItem(tr("No campaign is active: start one (Campaign ▸ Start Campaign…) to decide on accounts."));
}

void DecisionBar::setItem(const CampaignInfo& campaign, const CampaignItem& item)
{
    const bool same = m_item && m_item->tool == item.tool && m_item->accountKey == item.accountKey &&
                      m_campaign.name == campaign.name;
    m_campaign = campaign;
    m_item = item;
    QStringList parts;
    parts.append(
        tr("<b>%1</b> (due %2): reviewer %3")
            .arg(campaign.name.toHtmlEscaped(), campaign.due.toString(Qt::ISODate), item.reviewer.toHtmlEscaped()));
    if (item.decision && item.decisionBy) {
        const Attestation& a = *item.decisionBy;
        QString what =
            tr("<b>%1</b> by %2 on %3").arg(termTitle(a.decision), a.reviewer.toHtmlEscaped(), a.at.left(10));
        if (!a.field(QStringLiteral("until")).isEmpty())
            what += tr(" until %1").arg(a.field(QStringLiteral("until")));
        parts.append(item.isDecided() ? tr("decided: %1").arg(what) : tr("waiting: %1").arg(what));
    } else {
        parts.append(tr("<b>undecided</b>"));
    }
    if (item.isCarriedOver())
        parts.append(tr("carried over"));
    if (!item.carryNote.isEmpty())
        parts.append(item.carryNote.toHtmlEscaped());
    m_status->setText(parts.join(QStringLiteral(" · ")));

    const QDate today = Clock::nowUtc().date();
    const int cap = DecisionService::certifyCapDays(item.cls);
    if (!same) {
        m_owner->setText(item.ownerStatus == QLatin1String("active") ? item.owner : QString());
        m_purpose->clear();
        m_reason->clear();
        m_to->clear();
        m_until->setDate(today.addDays(cap > 0 ? std::min(cap, DefaultExpiryDays) : DefaultExpiryDays));
        m_rotation->setDate(today.addDays(30));
        m_error->hide();
    }
    m_until->setMinimumDate(today.addDays(1));
    m_until->setMaximumDate(cap > 0 ? today.addDays(cap) : QDate(9999, 12, 31));
    m_cap->setText(cap > 0 ? tr("%1 accounts: certified %2 days at most").arg(item.cls).arg(cap) : QString());
    m_cap->setVisible(cap > 0);
    const bool breakGlass = item.cls == QLatin1String("break-glass");
    m_rotation->setEnabled(breakGlass);
    m_rotation->setToolTip(breakGlass ? tr("Certifying a break-glass account needs the date its credentials must "
                                           "be rotated by")
                                      : tr("Only for break-glass accounts"));
    m_form->show();
    m_buttonBox->show();
    m_reviewer->show();
    updateButtons();
}

void DecisionBar::clearItem(const QString& why)
{
    m_item.reset();
    m_status->setText(why.toHtmlEscaped());
    // Only what there is to say: no campaign, or not in its scope.
    m_form->hide();
    m_buttonBox->hide();
    m_reviewer->hide();
    m_cap->clear();
    m_cap->hide();
    m_error->hide();
    updateButtons();
}

void DecisionBar::setSelectionCount(int rows)
{
    m_selection = std::max(1, rows);
    m_error->hide();
    updateButtons();
}

void DecisionBar::setReviewer(const QString& email)
{
    m_reviewer->setText(email.isEmpty() ? tr("You decide as: <a href=\"#\">set your reviewer e-mail</a>")
                                        : tr("You decide as %1 (<a href=\"#\">change</a>)").arg(email.toHtmlEscaped()));
    m_reviewer->setToolTip(tr("The reviewer your decisions are recorded as (your e-mail in the directory)"));
}

void DecisionBar::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void DecisionBar::showError(const QString& message)
{
    // The service words its refusals for the command line too; the options are the fields here.
    QString text = message;
    text.remove(QRegularExpression(QStringLiteral("\\s*\\(--[a-z-]+[^)]*\\)")));
    m_error->setStyleSheet(QStringLiteral("color: #b3261e; font-weight: 600;"));
    m_error->setText(text);
    m_error->show();
}

void DecisionBar::showMessage(const QString& message)
{
    m_error->setStyleSheet(QStringLiteral("color: #1b6e2a;"));
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString DecisionBar::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString DecisionBar::statusText() const
{
    return m_status->text();
}

bool DecisionBar::canDecide(DecisionKind kind) const
{
    if (!m_item || m_busy || m_campaign.closed)
        return false;
    if (m_selection > 1)
        return kind != DecisionKind::Undo || !m_item->decisionStack.isEmpty();
    return DecisionService::allowedDecisions(*m_item, false).contains(kind);
}

void DecisionBar::updateButtons()
{
    for (DecisionKind kind : allDecisionKinds()) {
        QPushButton* b = m_buttons.value(int(kind));
        b->setEnabled(canDecide(kind));
        b->setText(m_selection > 1
                       ? tr("%1 %2 (%3)")
                             .arg(buttonText(kind))
                             .arg(m_selection)
                             .arg(shortcut(kind).toString(QKeySequence::NativeText))
                       : tr("%1 (%2)").arg(buttonText(kind), shortcut(kind).toString(QKeySequence::NativeText)));
    }
}

DecisionRequest DecisionBar::request(DecisionKind kind) const
{
    DecisionRequest r;
    r.kind = kind;
    if (m_item) {
        r.tool = m_item->tool;
        r.account = m_item->accountKey;
    }
    r.reason = m_reason->text().trimmed();
    switch (kind) {
    case DecisionKind::Reconcile:
        r.owner = m_owner->text().trimmed();
        break;
    case DecisionKind::Certify:
        r.owner = m_owner->text().trimmed();
        r.purpose = m_purpose->text().trimmed();
        r.until = m_until->date();
        if (m_rotation->isEnabled())
            r.rotation = m_rotation->date();
        break;
    case DecisionKind::Expire:
        r.until = m_until->date();
        break;
    case DecisionKind::Reassign:
        r.to = m_to->text().trimmed();
        break;
    default:
        break;
    }
    return r;
}

void DecisionBar::trigger(DecisionKind kind)
{
    if (!canDecide(kind))
        return;
    m_error->hide();
    Q_EMIT decisionRequested(kind);
}

} // namespace Rollcall
