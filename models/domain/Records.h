// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace Rollcall {

enum class SourceKind
{
    Directory,
    Tool,
};

QString sourceKindName(SourceKind kind);

enum class IdentityStatus
{
    Active,
    Disabled,
    Terminated,
    Leave,
};

QString identityStatusName(IdentityStatus status);
std::optional<IdentityStatus> identityStatusFromName(const QString& name);
inline bool isInactive(IdentityStatus status)
{
    return status != IdentityStatus::Active;
}

// The classes of DESIGN.md; every reconciled account has exactly one.
enum class AccountClass
{
    Managed,
    Orphaned,
    Unmanaged,
    External,
    Service,
    BreakGlass,
    Ambiguous,
};

QString accountClassName(AccountClass cls);
std::optional<AccountClass> accountClassFromName(const QString& name);
QList<AccountClass> allAccountClasses();

// A person or non-human principal from a directory export.
struct IdentityRecord
{
    QString sourceKey; // the directory's own stable id (object id, employee id)
    QString email;     // primary mail
    QString upn;       // sign-in name, often an e-mail
    QStringList otherEmails;
    QString displayName;
    QString givenName;
    QString surname;
    IdentityStatus status = IdentityStatus::Active;
    bool guest = false;
    QString department;
    QString manager;
    std::optional<QDate> endDate;
    QString raw; // the record as it stood in the file
    qint64 line = 0;
};

// One row of a tool export: an account in that tool.
struct AccountRecord
{
    QString accountKey; // stable key of the account in its tool
    QString login;
    QString email;
    QString displayName;
    QString privilege; // owner, admin, member, read, billing...
    std::optional<bool> mfa;
    bool disabledInTool = false;
    std::optional<QDateTime> lastActivity;
    bool neverUsed = false; // the tool says explicitly that the account was never used
    std::optional<QDateTime> created;
    QString raw;
    qint64 line = 0;
};

} // namespace Rollcall
