// SPDX-License-Identifier: GPL-3.0-or-later
#include "RulesLoader.h"

#include "YamlLimits.h"
#include "store/Store.h"

#include <QFile>

#include <yaml-cpp/yaml.h>

namespace Rollcall {

namespace {

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

// Signals a rules error at a node; caught in RulesLoader::parse, the one wrapper around yaml-cpp.
struct RulesError
{
    YAML::Mark mark;
    QString message;
};

[[noreturn]] void reject(const YAML::Node& node, const QString& message)
{
    throw RulesError{node.Mark(), message};
}

QString scalar(const YAML::Node& node, const QString& what)
{
    if (!node.IsScalar())
        reject(node, RulesLoader::tr("%1: expected a single value").arg(what));
    return str(node.Scalar()).trimmed();
}

QString domain(const YAML::Node& node, const QString& what)
{
    QString d = scalar(node, what).toLower();
    if (d.startsWith(QLatin1Char('@')))
        d.remove(0, 1);
    if (d.isEmpty() || d.contains(QLatin1Char('@')) || d.contains(QLatin1Char(' ')) || !d.contains(QLatin1Char('.')))
        reject(node, RulesLoader::tr("%1: expected a domain such as example.com, found \"%2\"").arg(what, d));
    return d;
}

QStringList domainList(const YAML::Node& node, const QString& key)
{
    if (!node.IsSequence())
        reject(node, RulesLoader::tr("%1: expected a list of domains").arg(key));
    QStringList result;
    for (const YAML::Node& item : node)
        result.append(domain(item, key));
    return result;
}

} // namespace

namespace {
// rollcall.yaml `limits`: what an import accepts before it refuses the file.
ImportLimits importLimits(const YAML::Node& value)
{
    static const QStringList names = {QStringLiteral("max_file_size_mb"), QStringLiteral("max_rows"),
                                      QStringLiteral("max_field_length_kb")};
    if (!value.IsMap())
        reject(value,
               RulesLoader::tr("limits: expected a mapping of %1 to numbers").arg(names.join(QLatin1String(", "))));
    ImportLimits limits;
    for (const auto& entry : value) {
        const QString name = str(entry.first.as<std::string>());
        if (!names.contains(name))
            reject(entry.first, RulesLoader::tr("limits: unknown limit '%1'; expected one of %2")
                                    .arg(name, names.join(QLatin1String(", "))));
        bool ok = false;
        const qint64 n = scalar(entry.second, QStringLiteral("limits.") + name).toLongLong(&ok);
        if (!ok || n < 1 || n > 1000000000)
            reject(entry.second, RulesLoader::tr("limits.%1: expected a whole number from 1 to 1000000000").arg(name));
        if (name == names.at(0))
            limits.maxFileBytes = n * 1024 * 1024;
        else if (name == names.at(1))
            limits.maxRows = n;
        else
            limits.maxFieldLength = qsizetype(std::min<qint64>(n, 1024 * 1024)) * 1024;
    }
    return limits;
}
} // namespace

bool RulesLoader::parse(const QString& yaml, Rules& out)
{
    static const QStringList knownKeys = {QStringLiteral("corporate_domains"), QStringLiteral("alias_domains"),
                                          QStringLiteral("external_domains"),  QStringLiteral("plus_addressing"),
                                          QStringLiteral("service_accounts"),  QStringLiteral("break_glass"),
                                          QStringLiteral("stale_after_days"),  QStringLiteral("login_rewrites"),
                                          QStringLiteral("risk_weights"),      QStringLiteral("limits")};
    m_error = {};
    Rules rules;
    try {
        const QString tooLarge = YamlLimits::checkText(yaml);
        if (!tooLarge.isEmpty())
            throw RulesError{YAML::Mark(), tooLarge};
        const YAML::Node root = YAML::Load(yaml.toStdString());
        YAML::Mark where;
        const QString overLimit = YamlLimits::checkTree(root, &where);
        if (!overLimit.isEmpty())
            throw RulesError{where, overLimit};
        if (root.IsNull()) {
            out = rules;
            return true;
        }
        if (!root.IsMap())
            reject(root, tr("expected a mapping of rule names to values at the top level"));
        for (const auto& entry : root) {
            const QString key = str(entry.first.as<std::string>());
            const YAML::Node& value = entry.second;
            if (key == QLatin1String("corporate_domains")) {
                rules.corporateDomains = domainList(value, key);
            } else if (key == QLatin1String("external_domains")) {
                rules.externalDomains = domainList(value, key);
            } else if (key == QLatin1String("alias_domains")) {
                if (!value.IsMap())
                    reject(value, tr("alias_domains: expected a mapping of alias domain to corporate domain"));
                for (const auto& alias : value)
                    rules.aliasDomains.insert(domain(alias.first, key), domain(alias.second, key));
            } else if (key == QLatin1String("plus_addressing")) {
                const QString v = scalar(value, key).toLower();
                if (v != QLatin1String("true") && v != QLatin1String("false"))
                    reject(value, tr("plus_addressing: expected true or false, found \"%1\"").arg(v));
                rules.plusAddressing = v == QLatin1String("true");
            } else if (key == QLatin1String("stale_after_days")) {
                bool ok = false;
                const int days = scalar(value, key).toInt(&ok);
                if (!ok || days < 1 || days > 3650)
                    reject(value, tr("stale_after_days: expected a whole number of days from 1 to 3650"));
                rules.staleAfterDays = days;
                rules.staleAfterDaysSet = true;
            } else if (key == QLatin1String("service_accounts")) {
                if (!value.IsMap())
                    reject(value, tr("service_accounts: expected a mapping with the key patterns"));
                for (const auto& sub : value) {
                    const QString subKey = str(sub.first.as<std::string>());
                    if (subKey != QLatin1String("patterns"))
                        reject(sub.first, tr("service_accounts: unknown key '%1'; expected patterns").arg(subKey));
                    if (!sub.second.IsSequence())
                        reject(sub.second, tr("service_accounts.patterns: expected a list of globs such as svc-*"));
                    for (const YAML::Node& pattern : sub.second) {
                        const QString p = scalar(pattern, QStringLiteral("service_accounts.patterns"));
                        if (p.isEmpty())
                            reject(pattern, tr("service_accounts.patterns: a pattern is empty"));
                        rules.servicePatterns.append(p);
                    }
                }
            } else if (key == QLatin1String("break_glass")) {
                if (!value.IsSequence())
                    reject(value, tr("break_glass: expected a list of entries with tool, account and owner"));
                for (const YAML::Node& item : value) {
                    if (!item.IsMap())
                        reject(item, tr("break_glass: expected an entry with tool, account and owner"));
                    BreakGlassEntry entry;
                    for (const auto& field : item) {
                        const QString name = str(field.first.as<std::string>());
                        const QString v = scalar(field.second, QStringLiteral("break_glass.") + name);
                        if (name == QLatin1String("tool"))
                            entry.tool = v;
                        else if (name == QLatin1String("account"))
                            entry.account = v;
                        else if (name == QLatin1String("owner"))
                            entry.owner = v.toLower();
                        else
                            reject(field.first,
                                   tr("break_glass: unknown key '%1'; expected tool, account, owner").arg(name));
                    }
                    if (entry.tool.isEmpty() || entry.account.isEmpty() || entry.owner.isEmpty())
                        reject(item, tr("break_glass: each entry needs tool, account and owner"));
                    rules.breakGlass.append(entry);
                }
            } else if (key == QLatin1String("login_rewrites")) {
                if (!value.IsSequence())
                    reject(value, tr("login_rewrites: expected a list of entries with pattern and replace"));
                for (const YAML::Node& item : value) {
                    if (!item.IsMap() || !item["pattern"])
                        reject(item, tr("login_rewrites: each entry needs a pattern (and optionally replace)"));
                    QString pattern, replace;
                    for (const auto& field : item) {
                        const QString name = str(field.first.as<std::string>());
                        if (name == QLatin1String("pattern"))
                            pattern = scalar(field.second, QStringLiteral("login_rewrites.pattern"));
                        else if (name == QLatin1String("replace"))
                            replace = scalar(field.second, QStringLiteral("login_rewrites.replace"));
                        else
                            reject(field.first,
                                   tr("login_rewrites: unknown key '%1'; expected pattern, replace").arg(name));
                    }
                    const QRegularExpression re(pattern, QRegularExpression::CaseInsensitiveOption);
                    if (pattern.isEmpty() || !re.isValid())
                        reject(item["pattern"], tr("login_rewrites.pattern: not a valid regular expression: %1")
                                                    .arg(pattern.isEmpty() ? tr("empty") : re.errorString()));
                    rules.loginRewrites.append({re, replace});
                }
            } else if (key == QLatin1String("risk_weights")) {
                if (!value.IsMap())
                    reject(value, tr("risk_weights: expected a mapping of factor to points"));
                for (const auto& weight : value) {
                    const QString name = str(weight.first.as<std::string>());
                    if (!Rules::riskFactorNames().contains(name))
                        reject(weight.first, tr("risk_weights: unknown factor '%1'; expected one of %2")
                                                 .arg(name, Rules::riskFactorNames().join(QLatin1String(", "))));
                    bool ok = false;
                    const int points = scalar(weight.second, QStringLiteral("risk_weights.") + name).toInt(&ok);
                    if (!ok || points < -100 || points > 100)
                        reject(weight.second, tr("risk_weights.%1: expected whole points from -100 to 100").arg(name));
                    rules.riskWeights.insert(name, points);
                }
            } else if (key == QLatin1String("limits")) {
                rules.limits = importLimits(value);
            } else {
                reject(entry.first,
                       tr("unknown key '%1'; expected one of %2").arg(key, knownKeys.join(QLatin1String(", "))));
            }
        }
    } catch (const RulesError& e) {
        m_error = {e.mark.line + 1, e.mark.column + 1, e.message};
        return false;
    } catch (const YAML::Exception& e) {
        m_error = {e.mark.line + 1, e.mark.column + 1, str(e.msg)};
        return false;
    }
    out = rules;
    return true;
}

bool RulesLoader::loadForWorkspace(Store& store, const QString& configPath, Rules& out, QString& error)
{
    RulesLoader loader;
    if (configPath.isEmpty()) {
        if (!loader.parse(store.rulesText(), out)) {
            error = loader.error().format(tr("rules kept in %1").arg(store.path()));
            return false;
        }
        return true;
    }
    QFile file(configPath);
    if (!file.open(QIODevice::ReadOnly)) {
        error = tr("%1: cannot read: %2").arg(configPath, file.errorString());
        return false;
    }
    const QString text = QString::fromUtf8(file.readAll());
    if (!loader.parse(text, out)) {
        error = loader.error().format(configPath);
        return false;
    }
    if (!store.saveRulesText(text, configPath)) {
        error = store.errorString();
        return false;
    }
    return true;
}

} // namespace Rollcall
