// SPDX-License-Identifier: GPL-3.0-or-later
#include "Rules.h"

namespace Rollcall {

namespace {
QString domainOf(const QString& email)
{
    const qsizetype at = email.lastIndexOf(QLatin1Char('@'));
    return at < 0 ? QString() : email.mid(at + 1);
}
} // namespace

QString Rules::normaliseEmail(const QString& email) const
{
    // Most addresses are already in shape: one look at them, and the same string back without a copy.
    if (!email.isEmpty() && !email.front().isSpace() && !email.back().isSpace()) {
        qsizetype at = -1;
        bool inShape = true;
        for (qsizetype i = 0; inShape && i < email.size(); ++i) {
            const char16_t c = email.at(i).unicode();
            if (c == u'@')
                at = i;
            else if ((c >= u'A' && c <= u'Z') || c >= 0x80 || c == u' ' || (c == u'+' && plusAddressing))
                inShape = false;
        }
        if (inShape && at > 0 && at < email.size() - 1 &&
            (aliasDomains.isEmpty() || !aliasDomains.contains(email.mid(at + 1))))
            return email;
    }
    QString e = email.trimmed().toLower();
    const qsizetype at = e.lastIndexOf(QLatin1Char('@'));
    if (at <= 0 || at == e.size() - 1 || e.contains(QLatin1Char(' ')))
        return {};
    QString local = e.left(at);
    QString domain = e.mid(at + 1);
    if (plusAddressing) {
        const qsizetype plus = local.indexOf(QLatin1Char('+'));
        if (plus > 0)
            local.truncate(plus);
    }
    domain = aliasDomains.value(domain, domain);
    return local + QLatin1Char('@') + domain;
}

bool Rules::isExternalDomain(const QString& normalisedEmail) const
{
    const QString d = domainOf(normalisedEmail);
    return !d.isEmpty() && externalDomains.contains(d);
}

bool Rules::isCorporateDomain(const QString& normalisedEmail) const
{
    const QString d = domainOf(normalisedEmail);
    return !d.isEmpty() && corporateDomains.contains(d);
}

namespace {
struct Weight
{
    const char* name;
    int points;
};
// Sensible defaults: a leaver's privileged access outranks everything else.
const Weight DefaultWeights[] = {
    {"privileged", 30}, {"orphaned", 40},           {"unmanaged", 25},      {"ambiguous", 15},
    {"external", 10},   {"external_no_expiry", 15}, {"no_mfa", 15},         {"stale", 15},
    {"never_used", 10}, {"unused_access_key", 15},  {"old_access_key", 10}, {"disabled_in_tool", -20}};
} // namespace

QString ImportLimits::sizeText(qint64 bytes)
{
    if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0)
        return QStringLiteral("%1 MiB").arg(bytes / (1024 * 1024));
    return QStringLiteral("%1 KiB").arg((bytes + 1023) / 1024);
}

QString Rules::fingerprintText() const
{
    QStringList parts = {corporateDomains.join(QLatin1Char(',')), externalDomains.join(QLatin1Char(',')),
                         servicePatterns.join(QLatin1Char(',')), QString::number(plusAddressing),
                         QString::number(staleAfterDays)};
    QStringList aliases;
    for (auto it = aliasDomains.cbegin(); it != aliasDomains.cend(); ++it)
        aliases.append(it.key() + QLatin1Char('>') + it.value());
    aliases.sort();
    parts.append(aliases.join(QLatin1Char(',')));
    for (const BreakGlassEntry& e : breakGlass)
        parts.append(e.tool + QLatin1Char('/') + e.account + QLatin1Char('/') + e.owner);
    for (const auto& [re, replace] : loginRewrites)
        parts.append(re.pattern() + QLatin1Char('>') + replace);
    for (const QString& factor : riskFactorNames())
        parts.append(QString::number(riskWeight(factor)));
    return parts.join(QLatin1Char('\n'));
}

QStringList Rules::riskFactorNames()
{
    QStringList names;
    for (const Weight& w : DefaultWeights)
        names.append(QLatin1String(w.name));
    return names;
}

int Rules::defaultRiskWeight(const QString& factor)
{
    for (const Weight& w : DefaultWeights) {
        if (factor == QLatin1String(w.name))
            return w.points;
    }
    return 0;
}

GlobMatcher::GlobMatcher(const QStringList& globs)
{
    for (const QString& glob : globs) {
        QString pattern;
        for (const QChar c : glob) {
            if (c == QLatin1Char('*'))
                pattern += QLatin1String(".*");
            else if (c == QLatin1Char('?'))
                pattern += QLatin1Char('.');
            else
                pattern += QRegularExpression::escape(QString(c));
        }
        m_globs.append({glob, QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                                 QRegularExpression::CaseInsensitiveOption)});
    }
}

QString GlobMatcher::firstMatch(const QStringList& values) const
{
    for (const auto& [glob, re] : m_globs) {
        for (const QString& value : values) {
            if (!value.isEmpty() && re.match(value).hasMatch())
                return glob;
        }
    }
    return {};
}

} // namespace Rollcall
