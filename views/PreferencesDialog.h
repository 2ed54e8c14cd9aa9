// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Preferences.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Rollcall {

// Edit ▸ Preferences: the reviewer's e-mail, the signing key, a rules file that overrides the
// workspace's, the stale days and the language. OK checks what can be checked (an e-mail address,
// readable files, rules that parse) and saves; a problem is shown in the dialog, which stays open.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    // What the fields say now (not yet checked or saved).
    Preferences preferences() const;
    void setPreferences(const Preferences& preferences);
    // The problem that kept the dialog open, or empty.
    QString errorText() const;

public Q_SLOTS:
    void accept() override;

private:
    bool check(const Preferences& p, QString& error, QWidget*& culprit) const;
    void browse(QLineEdit* edit, const QString& caption, const QString& filter);

    QLineEdit* m_email;
    QLineEdit* m_signingKey;
    QLineEdit* m_rulesFile;
    QSpinBox* m_staleDays;
    QComboBox* m_language;
    QLabel* m_error;
    QWidget* m_errorBox = nullptr;
};

} // namespace Rollcall
