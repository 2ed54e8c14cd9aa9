// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterBar.h"

#include "ChoiceButton.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTimer>
#include <QToolButton>

namespace Rollcall {

namespace {
enum Activity
{
    AnyActivity,
    Stale,
    NeverUsed
};

QLabel* buddyLabel(const QString& text, QWidget* buddy, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(buddy);
    return label;
}
} // namespace

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_text(new QLineEdit(this))
    , m_tool(new QComboBox(this))
    , m_class(new ChoiceButton(tr("Class"), this))
    , m_riskMin(new QSpinBox(this))
    , m_riskMax(new QSpinBox(this))
    , m_privilege(new ChoiceButton(tr("Privilege"), this))
    , m_mfa(new QComboBox(this))
    , m_activity(new QComboBox(this))
    , m_owner(new QComboBox(this))
    , m_state(new ChoiceButton(tr("State"), this))
    , m_recommendation(new ChoiceButton(tr("Recommendation"), this))
    , m_noExpiry(new QCheckBox(tr("No e&xpiry"), this))
    , m_changed(new QCheckBox(tr("C&hanged since last import"), this))
    , m_clear(new QToolButton(this))
    , m_textTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("filterBar"));

    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setAccessibleName(tr("Search accounts"));
    m_text->setPlaceholderText(tr("Search login, e-mail, name or account (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    m_text->addAction(QIcon(QStringLiteral(":/icons/search.svg")), QLineEdit::LeadingPosition);

    m_tool->setObjectName(QStringLiteral("toolFilter"));
    m_tool->setAccessibleName(tr("Tool filter"));
    m_tool->setToolTip(tr("Show the accounts of one tool instance only"));
    m_tool->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tool->addItem(tr("All tools"));

    m_class->setObjectName(QStringLiteral("classFilter"));
    m_class->setAccessibleName(tr("Account class filter"));
    QList<QPair<QString, QString>> classes;
    for (AccountClass c : allAccountClasses())
        classes.append({accountClassName(c), accountClassTitle(accountClassName(c))});
    m_class->setChoices(classes);

    for (QSpinBox* spin : {m_riskMin, m_riskMax}) {
        spin->setRange(0, 100);
        spin->setAccelerated(true);
        spin->setKeyboardTracking(false);
    }
    m_riskMin->setObjectName(QStringLiteral("riskMinFilter"));
    m_riskMin->setAccessibleName(tr("Lowest risk"));
    m_riskMin->setToolTip(tr("Only accounts with at least this risk (0: no lower bound)"));
    m_riskMax->setObjectName(QStringLiteral("riskMaxFilter"));
    m_riskMax->setAccessibleName(tr("Highest risk"));
    m_riskMax->setToolTip(tr("Only accounts with at most this risk (100: no upper bound)"));
    m_riskMax->setValue(100);

    m_privilege->setObjectName(QStringLiteral("privilegeFilter"));
    m_privilege->setAccessibleName(tr("Privilege filter"));
    QList<QPair<QString, QString>> privileges;
    for (const QString& p : AccountFilter::privilegeNames())
        privileges.append({p, p});
    m_privilege->setChoices(privileges);

    m_mfa->setObjectName(QStringLiteral("mfaFilter"));
    m_mfa->setAccessibleName(tr("MFA filter"));
    m_mfa->addItem(tr("Any"), int(AccountFilter::Mfa::Any));
    m_mfa->addItem(tr("On"), int(AccountFilter::Mfa::Yes));
    m_mfa->addItem(tr("Off"), int(AccountFilter::Mfa::No));
    m_mfa->addItem(tr("Unknown"), int(AccountFilter::Mfa::Unknown));

    m_activity->setObjectName(QStringLiteral("activityFilter"));
    m_activity->setAccessibleName(tr("Activity filter"));
    m_activity->addItem(tr("Any"), AnyActivity);
    m_activity->addItem(tr("Stale"), Stale);
    m_activity->addItem(tr("Never used"), NeverUsed);

    m_owner->setObjectName(QStringLiteral("ownerFilter"));
    m_owner->setAccessibleName(tr("Owner filter"));
    m_owner->setToolTip(
        tr("Whether the account has an owner in the directory, and whether that owner is still active"));
    m_owner->addItem(tr("Any"), int(AccountFilter::Owner::Any));
    m_owner->addItem(tr("No owner"), int(AccountFilter::Owner::None));
    m_owner->addItem(tr("Active owner"), int(AccountFilter::Owner::Active));
    m_owner->addItem(tr("Owner left"), int(AccountFilter::Owner::Inactive));

    m_state->setObjectName(QStringLiteral("stateFilter"));
    m_state->setAccessibleName(tr("Tool state filter"));
    QList<QPair<QString, QString>> states;
    for (const QString& s : AccountFilter::stateNames())
        states.append({s, termTitle(s)});
    m_state->setChoices(states);

    m_recommendation->setObjectName(QStringLiteral("recommendationFilter"));
    m_recommendation->setAccessibleName(tr("Recommendation filter"));
    QList<QPair<QString, QString>> recommendations;
    for (const QString& r : AccountFilter::recommendationNames())
        recommendations.append({r, termTitle(r)});
    m_recommendation->setChoices(recommendations);

    m_noExpiry->setObjectName(QStringLiteral("noExpiryFilter"));
    m_noExpiry->setAccessibleName(tr("Only accounts without an expiry"));
    m_noExpiry->setToolTip(tr("Accounts whose access has no end date in the tool"));
    m_changed->setObjectName(QStringLiteral("changedFilter"));
    m_changed->setAccessibleName(tr("Only accounts changed since the last import"));
    m_changed->setToolTip(tr("Accounts added since the tool's previous snapshot, or whose privilege, state, e-mail or "
                             "last activity changed"));

    m_clear->setObjectName(QStringLiteral("clearFilters"));
    m_clear->setIcon(QIcon(QStringLiteral(":/icons/filter-clear.svg")));
    m_clear->setText(tr("Clear"));
    m_clear->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_clear->setAccessibleName(tr("Clear filters"));
    m_clear->setToolTip(tr("Clear every filter (Ctrl+Shift+Backspace)"));
    connect(m_clear, &QToolButton::clicked, this, &FilterBar::reset);

    auto* risk = new QHBoxLayout;
    risk->setSpacing(2);
    risk->addWidget(m_riskMin);
    risk->addWidget(new QLabel(QStringLiteral("–"), this));
    risk->addWidget(m_riskMax);

    auto* first = new QHBoxLayout;
    first->addWidget(m_text, 1);
    first->addSpacing(8);
    first->addWidget(buddyLabel(tr("&Tool:"), m_tool, this));
    first->addWidget(m_tool);
    first->addWidget(m_class);
    first->addSpacing(8);
    first->addWidget(buddyLabel(tr("&Risk:"), m_riskMin, this));
    first->addLayout(risk);
    first->addSpacing(8);
    first->addWidget(m_clear);

    auto* second = new QHBoxLayout;
    second->addWidget(m_privilege);
    second->addSpacing(6);
    second->addWidget(buddyLabel(tr("&MFA:"), m_mfa, this));
    second->addWidget(m_mfa);
    second->addSpacing(6);
    second->addWidget(buddyLabel(tr("Acti&vity:"), m_activity, this));
    second->addWidget(m_activity);
    second->addSpacing(6);
    second->addWidget(buddyLabel(tr("O&wner:"), m_owner, this));
    second->addWidget(m_owner);
    second->addSpacing(6);
    second->addWidget(m_state);
    second->addWidget(m_recommendation);
    second->addSpacing(6);
    second->addWidget(m_noExpiry);
    second->addWidget(m_changed);
    second->addStretch(1);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addLayout(first);
    layout->addLayout(second);

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(TextDelayMs);
    connect(m_textTimer, &QTimer::timeout, this, &FilterBar::emitIfChanged);
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::emitIfChanged);
    for (QComboBox* combo : {m_tool, m_mfa, m_activity, m_owner})
        connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    for (ChoiceButton* button : {m_class, m_privilege, m_state, m_recommendation})
        connect(button, &ChoiceButton::selectionChanged, this, &FilterBar::emitIfChanged);
    for (QSpinBox* spin : {m_riskMin, m_riskMax})
        connect(spin, &QSpinBox::valueChanged, this, &FilterBar::emitIfChanged);
    for (QCheckBox* check : {m_noExpiry, m_changed})
        connect(check, &QCheckBox::toggled, this, &FilterBar::emitIfChanged);
    updateClearButton();
}

AccountFilter FilterBar::filter() const
{
    AccountFilter f;
    for (const QString& name : m_class->selected()) {
        if (const auto cls = accountClassFromName(name))
            f.classes.append(*cls);
    }
    f.tool = m_tool->currentData().toString();
    f.text = m_text->text().trimmed();
    if (m_riskMin->value() > 0)
        f.riskMin = m_riskMin->value();
    if (m_riskMax->value() < 100)
        f.riskMax = m_riskMax->value();
    f.privileges = m_privilege->selected();
    f.mfa = AccountFilter::Mfa(m_mfa->currentData().toInt());
    f.stale = m_activity->currentData().toInt() == Stale;
    f.neverUsed = m_activity->currentData().toInt() == NeverUsed;
    f.staleAfterDays = m_staleAfterDays;
    f.owner = AccountFilter::Owner(m_owner->currentData().toInt());
    f.states = m_state->selected();
    f.recommendations = m_recommendation->selected();
    f.withoutExpiry = m_noExpiry->isChecked();
    f.changedSinceLastImport = m_changed->isChecked();
    f.campaign = m_campaign;
    f.reviewer = m_reviewer;
    f.undecided = m_undecided;
    return f;
}

void FilterBar::setFilter(const AccountFilter& f)
{
    {
        const QSignalBlocker b1(m_text), b2(m_tool), b3(m_riskMin), b4(m_riskMax), b5(m_mfa), b6(m_activity),
            b7(m_owner), b8(m_noExpiry), b9(m_changed);
        m_text->setText(f.text);
        const int tool = f.tool.isEmpty() ? 0 : m_tool->findData(f.tool);
        m_tool->setCurrentIndex(tool < 0 ? 0 : tool);
        QStringList classes;
        for (AccountClass c : f.classes)
            classes.append(accountClassName(c));
        m_class->setSelected(classes);
        m_riskMin->setValue(f.riskMin.value_or(0));
        m_riskMax->setValue(f.riskMax.value_or(100));
        m_privilege->setSelected(f.privileges);
        m_mfa->setCurrentIndex(m_mfa->findData(int(f.mfa)));
        m_activity->setCurrentIndex(f.neverUsed ? NeverUsed : f.stale ? Stale : AnyActivity);
        m_owner->setCurrentIndex(m_owner->findData(int(f.owner)));
        m_state->setSelected(f.states);
        m_recommendation->setSelected(f.recommendations);
        m_noExpiry->setChecked(f.withoutExpiry);
        m_changed->setChecked(f.changedSinceLastImport);
        m_campaign = f.campaign;
        m_reviewer = f.reviewer;
        m_undecided = f.undecided;
    }
    emitIfChanged();
}

void FilterBar::setTools(const QStringList& tools)
{
    const QString current = m_tool->currentData().toString();
    {
        const QSignalBlocker blocker(m_tool);
        while (m_tool->count() > 1)
            m_tool->removeItem(1);
        for (const QString& tool : tools)
            m_tool->addItem(tool, tool);
        const int index = m_tool->findData(current);
        m_tool->setCurrentIndex(index < 0 ? 0 : index);
    }
    emitIfChanged();
}

void FilterBar::setStaleAfterDays(int days)
{
    m_staleAfterDays = days;
    emitIfChanged();
}

void FilterBar::clear()
{
    {
        const QSignalBlocker b1(m_text), b2(m_tool), b3(m_riskMin), b4(m_riskMax), b5(m_mfa), b6(m_activity),
            b7(m_owner), b8(m_noExpiry), b9(m_changed);
        m_text->clear();
        m_tool->setCurrentIndex(0);
        m_riskMin->setValue(0);
        m_riskMax->setValue(100);
        m_mfa->setCurrentIndex(0);
        m_activity->setCurrentIndex(0);
        m_owner->setCurrentIndex(0);
        m_noExpiry->setChecked(false);
        m_changed->setChecked(false);
        for (ChoiceButton* button : {m_class, m_privilege, m_state, m_recommendation})
            button->setSelected({});
        m_campaign.clear();
        m_reviewer.clear();
        m_undecided = false;
    }
    m_textTimer->stop();
    m_emitted = filter();
    updateClearButton();
}

void FilterBar::reset()
{
    AccountFilter none;
    none.staleAfterDays = m_staleAfterDays;
    setFilter(none);
}

void FilterBar::setAccountClass(const std::optional<AccountClass>& cls)
{
    m_class->setSelected(cls ? QStringList{accountClassName(*cls)} : QStringList{});
    emitIfChanged();
}

void FilterBar::setTool(const QString& tool)
{
    const int index = tool.isEmpty() ? 0 : m_tool->findData(tool);
    m_tool->setCurrentIndex(index < 0 ? 0 : index);
}

void FilterBar::setText(const QString& text)
{
    m_text->setText(text);
    emitIfChanged();
}

void FilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

void FilterBar::emitIfChanged()
{
    m_textTimer->stop();
    updateClearButton();
    const AccountFilter f = filter();
    if (f == m_emitted)
        return;
    m_emitted = f;
    Q_EMIT filterChanged(f);
}

void FilterBar::updateClearButton()
{
    m_clear->setEnabled(!filter().isEmpty());
}

} // namespace Rollcall
