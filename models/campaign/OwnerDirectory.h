// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Rules.h"

#include <QHash>
#include <QSqlDatabase>

#include <optional>

namespace Rollcall {

// A person of the current directory snapshot, as decisions need them.
struct DirectoryPerson
{
    QString primary; // e-mail, else UPN, lower case: the owner as the reconciler names them
    QString name;
    QString status; // active, disabled, terminated, leave
    bool guest = false;

    bool isActive() const { return status == QLatin1String("active"); }
};

// Looks people up in the current directory by e-mail or UPN, after the rules' normalisation (case,
// alias domains, +tag). Remembers what it found.
class OwnerDirectory
{
public:
    OwnerDirectory(const QSqlDatabase& db, const Rules& rules);

    std::optional<DirectoryPerson> find(const QString& email);
    // Lower case and trimmed, alias domain replaced, +tag dropped when configured.
    QString normalise(const QString& email) const;
    // Two addresses name the same person (after normalise()); empty addresses never do.
    bool same(const QString& a, const QString& b) const;
    static bool looksLikeEmail(const QString& value);

private:
    void loadAll();

    QSqlDatabase m_db;
    Rules m_rules;
    QHash<QString, std::optional<DirectoryPerson>> m_cache;
    int m_queries = 0;
    bool m_loaded = false;                    // every person indexed: no more queries
    QHash<QString, DirectoryPerson> m_people; // by lower-case and normalised e-mail and UPN, when loaded
};

} // namespace Rollcall
