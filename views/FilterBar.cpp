// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace Rollcall {

FilterBar::FilterBar(QWidget* parent)
    : QWidget(parent)
    , m_class(new QComboBox(this))
    , m_tool(new QComboBox(this))
    , m_text(new QLineEdit(this))
    , m_changed(new QCheckBox(tr("C&hanged since last import"), this))
    , m_textTimer(new QTimer(this))
{
    m_class->setObjectName(QStringLiteral("classFilter"));
    m_class->setAccessibleName(tr("Account class filter"));
    m_class->setToolTip(tr("Show accounts of one class only"));
    m_class->addItem(tr("All classes"));
    for (AccountClass c : allAccountClasses())
        m_class->addItem(accountClassName(c), accountClassName(c));

    m_tool->setObjectName(QStringLiteral("toolFilter"));
    m_tool->setAccessibleName(tr("Tool filter"));
    m_tool->setToolTip(tr("Show the accounts of one tool instance only"));
    m_tool->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_tool->addItem(tr("All tools"));

    m_text->setObjectName(QStringLiteral("textFilter"));
    m_text->setAccessibleName(tr("Search accounts"));
    m_text->setPlaceholderText(tr("Search login, e-mail, name, account or owner (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);

    m_changed->setObjectName(QStringLiteral("changedFilter"));
    m_changed->setAccessibleName(tr("Only accounts changed since the last import"));
    m_changed->setToolTip(tr("Accounts added since the tool's previous snapshot, or whose privilege, state, e-mail or "
                             "last activity changed"));

    auto* classLabel = new QLabel(tr("&Class:"), this);
    classLabel->setBuddy(m_class);
    auto* toolLabel = new QLabel(tr("&Tool:"), this);
    toolLabel->setBuddy(m_tool);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(classLabel);
    layout->addWidget(m_class);
    layout->addSpacing(8);
    layout->addWidget(toolLabel);
    layout->addWidget(m_tool);
    layout->addSpacing(8);
    layout->addSpacing(8);
    layout->addWidget(m_changed);
    layout->addSpacing(8);
    layout->addWidget(m_text, 1);

    m_textTimer->setSingleShot(true);
    m_textTimer->setInterval(TextDelayMs);
    connect(m_textTimer, &QTimer::timeout, this, &FilterBar::emitIfChanged);
    connect(m_text, &QLineEdit::textChanged, m_textTimer, qOverload<>(&QTimer::start));
    connect(m_text, &QLineEdit::returnPressed, this, &FilterBar::emitIfChanged);
    connect(m_class, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    connect(m_tool, &QComboBox::currentIndexChanged, this, &FilterBar::emitIfChanged);
    connect(m_changed, &QCheckBox::toggled, this, &FilterBar::emitIfChanged);
}

AccountFilter FilterBar::filter() const
{
    AccountFilter f;
    if (const auto cls = accountClassFromName(m_class->currentData().toString()))
        f.classes.append(*cls);
    f.tool = m_tool->currentData().toString();
    f.text = m_text->text().trimmed();
    f.changedSinceLastImport = m_changed->isChecked();
    return f;
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

void FilterBar::clear()
{
    const QSignalBlocker classBlocker(m_class);
    const QSignalBlocker toolBlocker(m_tool);
    const QSignalBlocker textBlocker(m_text);
    const QSignalBlocker changedBlocker(m_changed);
    m_changed->setChecked(false);
    m_class->setCurrentIndex(0);
    m_tool->setCurrentIndex(0);
    m_text->clear();
    m_textTimer->stop();
    m_emitted = filter();
}

void FilterBar::setAccountClass(const std::optional<AccountClass>& cls)
{
    const int index = cls ? m_class->findData(accountClassName(*cls)) : 0;
    m_class->setCurrentIndex(index < 0 ? 0 : index);
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
    const AccountFilter f = filter();
    if (f == m_emitted)
        return;
    m_emitted = f;
    Q_EMIT filterChanged(f);
}

} // namespace Rollcall
