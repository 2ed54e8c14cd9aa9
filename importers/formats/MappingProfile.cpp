// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/MappingProfile.h"

#include "YamlLimits.h"
#include "domain/Records.h"

#include <yaml-cpp/yaml.h>

namespace Rollcall {

namespace {

QString str(const std::string& s)
{
    return QString::fromStdString(s);
}

// Signals a mapping error at a node; caught in MappingProfile::parse, the one wrapper around yaml-cpp.
struct MappingError
{
    YAML::Mark mark;
    QString message;
};

[[noreturn]] void reject(const YAML::Node& node, const QString& message)
{
    throw MappingError{node.Mark(), message};
}

QString scalar(const YAML::Node& node, const QString& what)
{
    if (!node.IsScalar())
        reject(node, MappingProfile::tr("%1: expected a single value").arg(what));
    const QString value = str(node.Scalar()).trimmed();
    if (value.isEmpty())
        reject(node, MappingProfile::tr("%1: the value is empty").arg(what));
    return value;
}

// The value of a `key: value` entry; an empty value is reported at its key, where the reader looks.
QString entryValue(const std::pair<YAML::Node, YAML::Node>& entry, const QString& what)
{
    if (entry.second.IsNull())
        reject(entry.first, MappingProfile::tr("%1: the value is empty").arg(what));
    return scalar(entry.second, what);
}

QStringList scalarList(const YAML::Node& node, const QString& key)
{
    if (node.IsScalar())
        return {scalar(node, key)};
    if (!node.IsSequence())
        reject(node, MappingProfile::tr("%1: expected a list such as [\"a\", \"b\"]").arg(key));
    QStringList result;
    for (const YAML::Node& item : node)
        result.append(scalar(item, key));
    return result;
}

using ValueMap = QList<std::pair<QString, QString>>;

ValueMap valueMap(const YAML::Node& node, const QString& key, const QStringList& targets)
{
    if (!node.IsMap())
        reject(node, MappingProfile::tr("%1: expected a mapping of file value to one of %2")
                         .arg(key, targets.join(QLatin1String(", "))));
    ValueMap result;
    for (const auto& entry : node) {
        const QString from = scalar(entry.first, key);
        const QString to = entryValue(entry, key + QLatin1Char('.') + from).toLower();
        if (!targets.contains(to)) {
            reject(entry.second, MappingProfile::tr("%1: '%2' maps to \"%3\"; expected one of %4")
                                     .arg(key, from, to, targets.join(QLatin1String(", "))));
        }
        for (const auto& [known, target] : std::as_const(result)) {
            Q_UNUSED(target)
            if (known.compare(from, Qt::CaseInsensitive) == 0)
                reject(entry.first, MappingProfile::tr("%1: '%2' is listed twice").arg(key, from));
        }
        result.append({from, to});
    }
    return result;
}

ValueMap pairs(std::initializer_list<std::pair<const char*, const char*>> list)
{
    ValueMap result;
    for (const auto& [from, to] : list)
        result.append({QString::fromLatin1(from), QString::fromLatin1(to)});
    return result;
}

// Used when the mapping has no status_values / privilege_values.
const ValueMap& defaultHrStatus()
{
    static const ValueMap map = pairs({{"Active", "active"},
                                       {"Inactive", "terminated"},
                                       {"Terminated", "terminated"},
                                       {"Disabled", "disabled"},
                                       {"Leave", "leave"},
                                       {"On Leave", "leave"},
                                       {"Yes", "active"},
                                       {"No", "terminated"},
                                       {"1", "active"},
                                       {"0", "terminated"}});
    return map;
}

const ValueMap& defaultToolState()
{
    static const ValueMap map = pairs({{"Active", "active"},
                                       {"Enabled", "active"},
                                       {"Suspended", "suspended"},
                                       {"Deactivated", "deactivated"},
                                       {"Disabled", "deactivated"},
                                       {"Inactive", "deactivated"},
                                       {"Blocked", "blocked"},
                                       {"Locked", "blocked"},
                                       {"Invited", "invited"},
                                       {"Pending", "invited"},
                                       {"Guest", "guest"}});
    return map;
}

const ValueMap& defaultPrivilege()
{
    static const ValueMap map = pairs({{"Owner", "owner"},
                                       {"Admin", "admin"},
                                       {"Administrator", "admin"},
                                       {"Member", "member"},
                                       {"User", "member"},
                                       {"Read", "read"},
                                       {"Viewer", "read"},
                                       {"Read-only", "read"},
                                       {"Billing", "billing"},
                                       {"None", "none"}});
    return map;
}

} // namespace

QStringList MappingProfile::fieldsOf(const QString& format)
{
    if (format == hrCsv()) {
        return {QStringLiteral("employee_id"),  QStringLiteral("email"),      QStringLiteral("upn"),
                QStringLiteral("display_name"), QStringLiteral("given_name"), QStringLiteral("surname"),
                QStringLiteral("department"),   QStringLiteral("manager"),    QStringLiteral("status"),
                QStringLiteral("end_date")};
    }
    if (format == genericCsv()) {
        return {QStringLiteral("account_key"),  QStringLiteral("login"),       QStringLiteral("email"),
                QStringLiteral("display_name"), QStringLiteral("external_id"), QStringLiteral("role"),
                QStringLiteral("mfa"),          QStringLiteral("state"),       QStringLiteral("last_activity"),
                QStringLiteral("created")};
    }
    return {};
}

QString MappingProfile::header(const QString& field) const
{
    for (const auto& [name, header] : m_columns) {
        if (name == field)
            return header;
    }
    return {};
}

QString MappingProfile::lookup(const ValueMap& map, const QString& value)
{
    const QString v = value.trimmed();
    for (const auto& [from, to] : map) {
        if (from.compare(v, Qt::CaseInsensitive) == 0)
            return to;
    }
    return {};
}

QStringList MappingProfile::names(const ValueMap& map)
{
    QStringList result;
    for (const auto& entry : map)
        result.append(entry.first);
    return result;
}

bool MappingProfile::parse(const QString& yaml)
{
    const QStringList formats = {hrCsv(), genericCsv()};
    *this = MappingProfile();
    try {
        const QString tooLarge = YamlLimits::checkText(yaml);
        if (!tooLarge.isEmpty())
            throw MappingError{YAML::Mark(), tooLarge};
        const YAML::Node root = YAML::Load(yaml.toStdString());
        YAML::Mark where;
        const QString overLimit = YamlLimits::checkTree(root, &where);
        if (!overLimit.isEmpty())
            throw MappingError{where, overLimit};
        if (!root.IsMap())
            reject(root, tr("expected a mapping with format and columns at the top level"));
        // The format decides which keys and fields are valid, wherever it stands in the file.
        const YAML::Node format = root["format"];
        if (!format)
            reject(root, tr("format: missing; expected format: hr-csv or format: generic-csv"));
        m_format = scalar(format, QStringLiteral("format"));
        if (!formats.contains(m_format))
            reject(format, tr("format: expected hr-csv or generic-csv, found \"%1\"").arg(m_format));
        const bool hr = m_format == hrCsv();
        const QStringList fields = fieldsOf(m_format);
        QStringList knownKeys = {QStringLiteral("format"), QStringLiteral("columns"), QStringLiteral("status_values"),
                                 QStringLiteral("date_formats"), QStringLiteral("empty_dates")};
        if (!hr)
            knownKeys << QStringLiteral("privilege_values") << QStringLiteral("never_values");
        const QStringList statusTargets =
            hr ? QStringList{identityStatusName(IdentityStatus::Active), identityStatusName(IdentityStatus::Disabled),
                             identityStatusName(IdentityStatus::Terminated), identityStatusName(IdentityStatus::Leave)}
               : QStringList{ToolState::Active,  ToolState::Suspended, ToolState::Deactivated,
                             ToolState::Blocked, ToolState::Invited,   ToolState::Guest};
        const QStringList privilegeTargets = {Privilege::Owner, Privilege::Admin,   Privilege::Member,
                                              Privilege::Read,  Privilege::Billing, Privilege::None};
        m_statusValues = hr ? defaultHrStatus() : defaultToolState();
        m_privilegeValues = defaultPrivilege();
        m_emptyDates = {QStringLiteral("0000-00-00")};
        m_neverValues = {QStringLiteral("Never"), QStringLiteral("Never logged in"), QStringLiteral("Never accessed")};
        bool columnsGiven = false;
        YAML::Mark columnsMark = root.Mark();

        QStringList seenKeys;
        for (const auto& entry : root) {
            const QString key = scalar(entry.first, tr("a top-level key"));
            const YAML::Node& value = entry.second;
            if (seenKeys.contains(key))
                reject(entry.first, tr("%1: the key appears twice").arg(key));
            seenKeys.append(key);
            if (key == QLatin1String("format")) {
                continue;
            } else if (key == QLatin1String("columns")) {
                columnsGiven = true;
                columnsMark = value.Mark();
                if (!value.IsMap())
                    reject(value, tr("columns: expected a mapping of field to the header as it appears in the file"));
                for (const auto& column : value) {
                    const QString field = scalar(column.first, QStringLiteral("columns"));
                    if (!fields.contains(field)) {
                        reject(column.first, tr("columns: unknown field '%1' for %2; expected one of %3")
                                                 .arg(field, m_format, fields.join(QLatin1String(", "))));
                    }
                    if (has(field))
                        reject(column.first, tr("columns: '%1' is mapped twice").arg(field));
                    m_columns.append({field, entryValue(column, QStringLiteral("columns.") + field)});
                }
            } else if (key == QLatin1String("status_values")) {
                m_statusValues = valueMap(value, key, statusTargets);
            } else if (key == QLatin1String("privilege_values") && !hr) {
                m_privilegeValues = valueMap(value, key, privilegeTargets);
            } else if (key == QLatin1String("date_formats")) {
                m_dateFormats = scalarList(value, key);
            } else if (key == QLatin1String("empty_dates")) {
                m_emptyDates += scalarList(value, key);
            } else if (key == QLatin1String("never_values") && !hr) {
                m_neverValues = scalarList(value, key);
            } else {
                reject(entry.first, tr("unknown key '%1' for %2; expected one of %3")
                                        .arg(key, m_format, knownKeys.join(QLatin1String(", "))));
            }
        }
        if (!columnsGiven)
            reject(root, tr("columns: missing; expected a mapping of field to the header as it appears in the file"));
        if (hr && !has(QStringLiteral("employee_id")) && !has(QStringLiteral("email")))
            throw MappingError{columnsMark, tr("columns: map employee_id or email, the key of each person")};
        if (!hr && !has(QStringLiteral("account_key"))) {
            throw MappingError{columnsMark,
                               tr("columns: map account_key, the column that holds each account's stable key")};
        }
    } catch (const MappingError& e) {
        m_error = {e.mark.line + 1, e.mark.column + 1, e.message};
        return false;
    } catch (const YAML::Exception& e) {
        m_error = {e.mark.line + 1, e.mark.column + 1, str(e.msg)};
        return false;
    }
    return true;
}

} // namespace Rollcall
