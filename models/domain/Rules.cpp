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
