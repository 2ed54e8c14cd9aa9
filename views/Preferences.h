// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Rollcall {

// The user's preferences, kept with QSettings (organisation and application "Rollcall").
// The keys are shared: the campaign views read the reviewer's e-mail, the evidence commands the
// signing key, rollcall-cli the language.
struct Preferences
{
    static const QString ReviewerEmailKey; // "reviewer/email"
    static const QString SigningKeyKey;    // "signing/key"
    static const QString RulesFileKey;     // "rules/file"
    static const QString StaleDaysKey;     // "rules/staleAfterDays"
    static constexpr int DefaultStaleDays = 90;

    // Who reviews: an e-mail address of the directory; empty when not set.
    QString reviewerEmail;
    // The private key (PEM) evidence bundles are signed with; empty when not set.
    QString signingKey;
    // Rules (rollcall.yaml) every reconcile in the window reads instead of the ones the workspace
    // kept; empty: the workspace's.
    QString rulesFile;
    // What the window's "stale" filter and saved views count as stale when the rules do not set
    // stale_after_days. The rules, when they set it, win; risk scores always use the rules.
    int staleDays = DefaultStaleDays;
    // "" (the system's language), "en" or "de" (Translations::LanguageKey); applies at the next start.
    QString language;

    static Preferences load();
    void save() const;

    // The days the window counts as stale, given whether the rules set them.
    int staleDaysFor(bool rulesSetStaleDays, int rulesStaleDays) const
    {
        return rulesSetStaleDays ? rulesStaleDays : staleDays;
    }
};

} // namespace Rollcall
