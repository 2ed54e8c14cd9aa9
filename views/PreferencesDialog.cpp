// SPDX-License-Identifier: GPL-3.0-or-later
#include "PreferencesDialog.h"

#include "FileDialog.h"
#include "RulesLoader.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Rollcall {

namespace {
// A line edit with a Browse button beside it, as one row of the form.
QWidget* withBrowse(QLineEdit* edit, QPushButton* button)
{
    auto* row = new QWidget;
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(button);
    return row;
}

bool isEmailAddress(const QString& text)
{
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return email.match(text).hasMatch();
}
} // namespace

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_email(new QLineEdit(this))
    , m_signingKey(new QLineEdit(this))
    , m_rulesFile(new QLineEdit(this))
    , m_staleDays(new QSpinBox(this))
    , m_language(new QComboBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));

    m_email->setObjectName(QStringLiteral("reviewerEmail"));
    m_email->setAccessibleName(tr("Reviewer e-mail"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setToolTip(tr("Your e-mail address in the directory: the reviewer your decisions and manual links "
                           "are recorded with"));

    m_signingKey->setObjectName(QStringLiteral("signingKey"));
    m_signingKey->setAccessibleName(tr("Signing key file"));
    m_signingKey->setToolTip(tr("The private key (PEM) evidence bundles are signed with"));
    auto* browseKey = new QPushButton(tr("Bro&wse…"), this);
    browseKey->setObjectName(QStringLiteral("browseSigningKey"));
    browseKey->setAccessibleName(tr("Choose the signing key file"));
    connect(browseKey, &QPushButton::clicked, this,
            [this] { browse(m_signingKey, tr("Choose the Signing Key"), tr("Keys (*.pem *.key);;All files (*)")); });

    m_rulesFile->setObjectName(QStringLiteral("rulesFile"));
    m_rulesFile->setAccessibleName(tr("Rules file"));
    m_rulesFile->setPlaceholderText(tr("the rules kept in the workspace"));
    m_rulesFile->setToolTip(tr("When set, every reconcile reads these rules (rollcall.yaml) instead of the ones the "
                               "workspace kept, and the workspace keeps them"));
    auto* browseRules = new QPushButton(tr("Brow&se…"), this);
    browseRules->setObjectName(QStringLiteral("browseRulesFile"));
    browseRules->setAccessibleName(tr("Choose the rules file"));
    connect(browseRules, &QPushButton::clicked, this,
            [this] { browse(m_rulesFile, tr("Choose the Rules"), tr("Rules (*.yaml *.yml);;All files (*)")); });

    m_staleDays->setObjectName(QStringLiteral("staleDays"));
    m_staleDays->setAccessibleName(tr("Stale after days"));
    m_staleDays->setRange(1, 3650);
    m_staleDays->setSuffix(tr(" days"));
    m_staleDays->setToolTip(tr("Accounts without activity for longer are stale in the filters and saved views, "
                               "unless the rules set stale_after_days; risk scores always follow the rules"));

    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    // Each language in its own name, as it appears to someone looking for it.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));

    auto* languageNote = new QLabel(tr("The language applies at the next start of Rollcall."), this);
    languageNote->setObjectName(QStringLiteral("languageNote"));
    languageNote->setWordWrap(true);

    auto* form = new QFormLayout;
    form->addRow(tr("&Reviewer e-mail:"), m_email);
    form->addRow(tr("Si&gning key:"), withBrowse(m_signingKey, browseKey));
    form->addRow(tr("R&ules file:"), withBrowse(m_rulesFile, browseRules));
    form->addRow(tr("S&tale after:"), m_staleDays);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);

    // The problem that keeps the dialog open: the error icon and plain text in the palette's colours.
    m_error->setObjectName(QStringLiteral("preferencesError"));
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Problem"));
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* errorIcon = new QLabel(this);
    errorIcon->setPixmap(QIcon(QStringLiteral(":/icons/error.svg")).pixmap(20, 20));
    m_errorBox = new QWidget(this);
    auto* errorLayout = new QHBoxLayout(m_errorBox);
    errorLayout->setContentsMargins(0, 0, 0, 0);
    errorLayout->addWidget(errorIcon, 0, Qt::AlignTop);
    errorLayout->addWidget(m_error, 1);
    m_errorBox->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorBox);
    layout->addStretch();
    layout->addWidget(buttons);
    resize(560, sizeHint().height());

    setPreferences(Preferences::load());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences p;
    p.reviewerEmail = m_email->text().trimmed();
    p.signingKey = m_signingKey->text().trimmed();
    p.rulesFile = m_rulesFile->text().trimmed();
    p.staleDays = m_staleDays->value();
    p.language = m_language->currentData().toString();
    return p;
}

void PreferencesDialog::setPreferences(const Preferences& p)
{
    m_email->setText(p.reviewerEmail);
    m_signingKey->setText(p.signingKey);
    m_rulesFile->setText(p.rulesFile);
    m_staleDays->setValue(p.staleDays);
    const int index = m_language->findData(p.language);
    m_language->setCurrentIndex(index < 0 ? 0 : index);
}

QString PreferencesDialog::errorText() const
{
    return m_errorBox->isHidden() ? QString() : m_error->text();
}

bool PreferencesDialog::check(const Preferences& p, QString& error, QWidget*& culprit) const
{
    if (!p.reviewerEmail.isEmpty() && !isEmailAddress(p.reviewerEmail)) {
        error = tr("Reviewer e-mail: \"%1\" is not an e-mail address.").arg(p.reviewerEmail);
        culprit = m_email;
        return false;
    }
    if (!p.signingKey.isEmpty()) {
        const QFileInfo key(p.signingKey);
        if (!key.isFile() || !key.isReadable()) {
            error = tr("Signing key: %1 is not a readable file.").arg(QDir::toNativeSeparators(p.signingKey));
            culprit = m_signingKey;
            return false;
        }
    }
    if (!p.rulesFile.isEmpty()) {
        QFile file(p.rulesFile);
        if (!file.open(QIODevice::ReadOnly)) {
            error =
                tr("Rules file: %1: cannot read: %2").arg(QDir::toNativeSeparators(p.rulesFile), file.errorString());
            culprit = m_rulesFile;
            return false;
        }
        RulesLoader loader;
        Rules rules;
        if (!loader.parse(QString::fromUtf8(file.readAll()), rules)) {
            error = tr("Rules file: %1").arg(loader.error().format(QDir::toNativeSeparators(p.rulesFile)));
            culprit = m_rulesFile;
            return false;
        }
    }
    return true;
}

void PreferencesDialog::accept()
{
    const Preferences p = preferences();
    QString error;
    QWidget* culprit = nullptr;
    if (!check(p, error, culprit)) {
        m_error->setText(error);
        m_errorBox->show();
        if (culprit)
            culprit->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_errorBox->hide();
    p.save();
    QDialog::accept();
}

void PreferencesDialog::browse(QLineEdit* edit, const QString& caption, const QString& filter)
{
    const QString current = edit->text().trimmed();
    const QString start = current.isEmpty() ? QDir::homePath() : QFileInfo(current).absolutePath();
    const QString path = FileDialog::getOpenFileName(this, caption, start, filter);
    if (!path.isEmpty())
        edit->setText(path);
}

} // namespace Rollcall
