// SPDX-License-Identifier: GPL-3.0-or-later
#include "Preferences.h"
#include "Translations.h"

#include <QSettings>

namespace Rollcall {

const QString Preferences::ReviewerEmailKey = QStringLiteral("reviewer/email");
const QString Preferences::SigningKeyKey = QStringLiteral("signing/key");
const QString Preferences::RulesFileKey = QStringLiteral("rules/file");
const QString Preferences::StaleDaysKey = QStringLiteral("rules/staleAfterDays");

// The desktop application's settings (organisation and application "Rollcall"), whichever program
// asks: rollcall-cli reads the language from there too.
Preferences Preferences::load()
{
    const QSettings s(QStringLiteral("Rollcall"), QStringLiteral("Rollcall"));
    Preferences p;
    p.reviewerEmail = s.value(ReviewerEmailKey).toString();
    p.signingKey = s.value(SigningKeyKey).toString();
    p.rulesFile = s.value(RulesFileKey).toString();
    bool ok = false;
    const int days = s.value(StaleDaysKey).toInt(&ok);
    p.staleDays = ok && days >= 1 && days <= 3650 ? days : DefaultStaleDays;
    p.language = s.value(Translations::LanguageKey).toString();
    return p;
}

void Preferences::save() const
{
    QSettings s(QStringLiteral("Rollcall"), QStringLiteral("Rollcall"));
    const auto put = [&s](const QString& key, const QString& value) {
        if (value.isEmpty())
            s.remove(key);
        else
            s.setValue(key, value);
    };
    put(ReviewerEmailKey, reviewerEmail);
    put(SigningKeyKey, signingKey);
    put(RulesFileKey, rulesFile);
    s.setValue(StaleDaysKey, staleDays);
    put(Translations::LanguageKey, language);
}

} // namespace Rollcall
