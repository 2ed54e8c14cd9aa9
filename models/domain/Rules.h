// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace Rollcall {

// A declared emergency account: never reviewed as unowned, always has an owner.
struct BreakGlassEntry
{
    QString tool;
    QString account; // account key or login
    QString owner;   // owner's e-mail
};

// The organisation's rules (rollcall.yaml), already parsed and validated.
struct Rules
{
    QStringList corporateDomains;
    QHash<QString, QString> aliasDomains; // alias -> corporate domain, lower case
    QStringList externalDomains;
    bool plusAddressing = false;
    QStringList servicePatterns; // globs on login or account key
    QList<BreakGlassEntry> breakGlass;
    int staleAfterDays = 90;
    // True when the rules file sets stale_after_days (else the default above applies, and the
    // desktop application's preference may stand in for the filters it shows).
    bool staleAfterDaysSet = false;
    // Rewrites applied to a login before the login rules, e.g. strip a "-acme" suffix.
    QList<QPair<QRegularExpression, QString>> loginRewrites;
    // Points per risk factor; see riskFactorNames() for the keys and defaultRiskWeight() for the defaults.
    QHash<QString, int> riskWeights;

    int riskWeight(const QString& factor) const { return riskWeights.value(factor, defaultRiskWeight(factor)); }
    // Everything a verdict depends on, as text: two Rules judge alike when these are equal.
    QString fingerprintText() const;
    static QStringList riskFactorNames();
    static int defaultRiskWeight(const QString& factor);

    // Lower case, trimmed, alias domain replaced, "+tag" dropped when configured.
    // Returns an empty string for anything that is not an address.
    QString normaliseEmail(const QString& email) const;
    bool isExternalDomain(const QString& normalisedEmail) const;
    bool isCorporateDomain(const QString& normalisedEmail) const;
};

// A glob (`*`, `?`, case-insensitive, `*` crosses `/`) compiled once, for matching many accounts.
class GlobMatcher
{
public:
    explicit GlobMatcher(const QStringList& globs);
    // The first glob that matches any of the values wholly, or an empty string.
    QString firstMatch(const QStringList& values) const;

private:
    QList<QPair<QString, QRegularExpression>> m_globs;
};

} // namespace Rollcall
