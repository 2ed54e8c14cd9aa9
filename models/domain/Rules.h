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
// What an import accepts before it refuses the file (rollcall.yaml `limits`): no real export comes
// near the defaults; a file that does is a mistake or an attack, refused with the limit named.
struct ImportLimits
{
    qint64 maxFileBytes = 4LL * 1024 * 1024 * 1024;
    qint64 maxRows = 10000000;
    qsizetype maxFieldLength = 1024 * 1024; // characters in one cell, JSON value or LDIF line

    // "1 MiB", "512 KiB": a limit as the messages name it.
    static QString sizeText(qint64 bytes);
};

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
    ImportLimits limits;

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
