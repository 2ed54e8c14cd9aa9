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
// A word of Rollcall's vocabulary (a class, a recommendation, a tool-side state, a decision) as the interface shows
// it, in the user's language. Files, the command line and evidence keep the words themselves.
QString termTitle(const QString& key);
// The same for a class name; empty (an account not reconciled yet) reads "not reconciled".
QString accountClassTitle(const QString& name);

// An Entra guest's UPN names its home address: "jo_home.example#EXT#@tenant.onmicrosoft.com" is
// jo@home.example. Empty for any other UPN.
QString guestHomeAddress(const QString& upn);
std::optional<AccountClass> accountClassFromName(const QString& name);
QList<AccountClass> allAccountClasses();

// Privilege of an account in its tool, normalised across tools (the tool's own role is kept too).
namespace Privilege {
inline const QString Owner = QStringLiteral("owner");
inline const QString Admin = QStringLiteral("admin");
inline const QString Member = QStringLiteral("member");
inline const QString Read = QStringLiteral("read");
inline const QString Billing = QStringLiteral("billing");
inline const QString None = QStringLiteral("none");
} // namespace Privilege

// The account's state in its own tool.
namespace ToolState {
inline const QString Active = QStringLiteral("active");
inline const QString Suspended = QStringLiteral("suspended");
inline const QString Deactivated = QStringLiteral("deactivated");
inline const QString Blocked = QStringLiteral("blocked");
inline const QString Invited = QStringLiteral("invited");
inline const QString Guest = QStringLiteral("guest");
// Suspended, deactivated and blocked accounts cannot sign in.
bool isDisabled(const QString& state);
} // namespace ToolState

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
    QString employeeId;
    QStringList externalIds; // authoritative ids others use for this person (SCIM externalId, object id, NameID)
    std::optional<QDateTime> lastSignIn;
    QString raw; // the record as it stood in the file
    qint64 line = 0;
    QString jsonPath;          // where the record stood in a JSON file, instead of a line
    bool formulaCells = false; // a cell starts with = + - @ or a tab: kept verbatim, never written back raw
};

// One row of a tool export: an account in that tool.
struct AccountRecord
{
    QString accountKey; // stable key of the account in its tool
    QString login;
    QString email;
    QString displayName;
    QStringList otherEmails; // secondary and verified-domain addresses
    QString externalId;      // the IdP's id for the owner (SAML NameID, SCIM externalId, extern_uid)
    QString privilege;       // one of Privilege::
    QString toolRole;        // the tool's own wording, e.g. "Org Admin", "Maintainer (40)"
    std::optional<bool> mfa;
    QString state = ToolState::Active; // one of ToolState::
    std::optional<QDate> stateExpiry;  // a guest's or a membership's expiry
    std::optional<QDateTime> lastActivity;
    QString lastActivityRaw; // the source's own words when it has no date, e.g. "Never accessed"
    bool neverUsed = false;  // the tool says explicitly that the account was never used
    std::optional<QDateTime> created;
    QString raw;
    qint64 line = 0;
    QString jsonPath;
    bool formulaCells = false;
    bool bot = false;                          // the tool itself says the account is a bot or integration
    int keysActive = 0;                        // active API or access keys
    int keysUnused = 0;                        // ...of which never used
    std::optional<QDateTime> oldestKeyRotated; // when the oldest active key was created or rotated

    bool disabledInTool() const { return ToolState::isDisabled(state); }
};

} // namespace Rollcall
