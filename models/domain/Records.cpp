// SPDX-License-Identifier: GPL-3.0-or-later
#include "Records.h"

#include <QCoreApplication>

namespace Rollcall {

QString guestHomeAddress(const QString& upn)
{
    const qsizetype ext = upn.indexOf(QLatin1String("#EXT#"), 0, Qt::CaseInsensitive);
    if (ext <= 0)
        return {};
    QString local = upn.left(ext);
    const qsizetype underscore = local.lastIndexOf(QLatin1Char('_'));
    if (underscore <= 0 || underscore == local.size() - 1)
        return {};
    local[underscore] = QLatin1Char('@');
    return local;
}

QString sourceKindName(SourceKind kind)
{
    return kind == SourceKind::Directory ? QStringLiteral("directory") : QStringLiteral("tool");
}

bool ToolState::isDisabled(const QString& state)
{
    return state == Suspended || state == Deactivated || state == Blocked;
}

QString identityStatusName(IdentityStatus status)
{
    switch (status) {
    case IdentityStatus::Active:
        return QStringLiteral("active");
    case IdentityStatus::Disabled:
        return QStringLiteral("disabled");
    case IdentityStatus::Terminated:
        return QStringLiteral("terminated");
    case IdentityStatus::Leave:
        return QStringLiteral("leave");
    }
    return {};
}

std::optional<IdentityStatus> identityStatusFromName(const QString& name)
{
    for (auto s :
         {IdentityStatus::Active, IdentityStatus::Disabled, IdentityStatus::Terminated, IdentityStatus::Leave}) {
        if (identityStatusName(s) == name)
            return s;
    }
    return std::nullopt;
}

QList<AccountClass> allAccountClasses()
{
    return {AccountClass::Managed, AccountClass::Orphaned,   AccountClass::Unmanaged, AccountClass::External,
            AccountClass::Service, AccountClass::BreakGlass, AccountClass::Ambiguous};
}

QString accountClassName(AccountClass cls)
{
    switch (cls) {
    case AccountClass::Managed:
        return QStringLiteral("managed");
    case AccountClass::Orphaned:
        return QStringLiteral("orphaned");
    case AccountClass::Unmanaged:
        return QStringLiteral("unmanaged");
    case AccountClass::External:
        return QStringLiteral("external");
    case AccountClass::Service:
        return QStringLiteral("service");
    case AccountClass::BreakGlass:
        return QStringLiteral("break-glass");
    case AccountClass::Ambiguous:
        return QStringLiteral("ambiguous");
    }
    return {};
}

QString termTitle(const QString& key)
{
    static const char* const titles[][2] = {
        {"managed", QT_TRANSLATE_NOOP("Term", "managed")},
        {"orphaned", QT_TRANSLATE_NOOP("Term", "orphaned")},
        {"unmanaged", QT_TRANSLATE_NOOP("Term", "unmanaged")},
        {"external", QT_TRANSLATE_NOOP("Term", "external")},
        {"service", QT_TRANSLATE_NOOP("Term", "service")},
        {"break-glass", QT_TRANSLATE_NOOP("Term", "break-glass")},
        {"ambiguous", QT_TRANSLATE_NOOP("Term", "ambiguous")},
        {"remove", QT_TRANSLATE_NOOP("Term", "remove")},
        {"expire", QT_TRANSLATE_NOOP("Term", "expire")},
        {"link", QT_TRANSLATE_NOOP("Term", "link")},
        {"review", QT_TRANSLATE_NOOP("Term", "review")},
        {"none", QT_TRANSLATE_NOOP("Term", "none")},
        {"active", QT_TRANSLATE_NOOP("Term", "active")},
        {"suspended", QT_TRANSLATE_NOOP("Term", "suspended")},
        {"deactivated", QT_TRANSLATE_NOOP("Term", "deactivated")},
        {"blocked", QT_TRANSLATE_NOOP("Term", "blocked")},
        {"invited", QT_TRANSLATE_NOOP("Term", "invited")},
        {"guest", QT_TRANSLATE_NOOP("Term", "guest")},
        {"reconcile", QT_TRANSLATE_NOOP("Term", "reconcile")},
        {"certify", QT_TRANSLATE_NOOP("Term", "certify")},
        {"reassign", QT_TRANSLATE_NOOP("Term", "reassign")},
        {"needs-info", QT_TRANSLATE_NOOP("Term", "needs-info")},
        {"undo", QT_TRANSLATE_NOOP("Term", "undo")},
        {"campaign-start", QT_TRANSLATE_NOOP("Term", "campaign-start")},
        {"campaign-close", QT_TRANSLATE_NOOP("Term", "campaign-close")},
    };
    for (const auto& [word, title] : titles) {
        if (key == QLatin1String(word))
            return QCoreApplication::translate("Term", title);
    }
    return key;
}

QString accountClassTitle(const QString& name)
{
    return name.isEmpty() ? QCoreApplication::translate("Term", "not reconciled") : termTitle(name);
}

std::optional<AccountClass> accountClassFromName(const QString& name)
{
    for (auto c : allAccountClasses()) {
        if (accountClassName(c) == name)
            return c;
    }
    return std::nullopt;
}

} // namespace Rollcall
