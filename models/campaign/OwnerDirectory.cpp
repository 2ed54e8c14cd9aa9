// SPDX-License-Identifier: GPL-3.0-or-later
#include "OwnerDirectory.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace Rollcall {

OwnerDirectory::OwnerDirectory(const QSqlDatabase& db, const Rules& rules)
    : m_db(db)
    , m_rules(rules)
{}

bool OwnerDirectory::looksLikeEmail(const QString& value)
{
    static const QRegularExpression shape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return shape.match(value.trimmed()).hasMatch();
}

QString OwnerDirectory::normalise(const QString& email) const
{
    const QString n = m_rules.normaliseEmail(email);
    return n.isEmpty() ? email.trimmed().toLower() : n;
}

bool OwnerDirectory::same(const QString& a, const QString& b) const
{
    if (a.trimmed().isEmpty() || b.trimmed().isEmpty())
        return false;
    return normalise(a) == normalise(b);
}

std::optional<DirectoryPerson> OwnerDirectory::find(const QString& email)
{
    const QString raw = email.trimmed().toLower();
    if (raw.isEmpty())
        return std::nullopt;
    const auto cached = m_cache.constFind(raw);
    if (cached != m_cache.cend())
        return *cached;
    const QString normalised = normalise(raw);
    // A few people are looked up one query each; a bulk decision or a carry-over that asks for many
    // reads the directory once instead.
    if (!m_loaded && ++m_queries > 16)
        loadAll();
    if (m_loaded) {
        auto it = m_people.constFind(raw);
        if (it == m_people.cend())
            it = m_people.constFind(normalised);
        const std::optional<DirectoryPerson> found =
            it == m_people.cend() ? std::nullopt : std::optional<DirectoryPerson>(*it);
        m_cache.insert(raw, found);
        return found;
    }
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT i.email, i.upn, i.status, i.guest, i.display_name FROM identity i "
                       "JOIN current_snapshot s ON s.id = i.snapshot_id WHERE s.source_kind = 'directory' "
                       "AND (lower(i.email) IN (?, ?) OR lower(i.upn) IN (?, ?)) ORDER BY i.status = 'active' DESC, "
                       "i.id"));
    q.addBindValue(raw);
    q.addBindValue(normalised);
    q.addBindValue(raw);
    q.addBindValue(normalised);
    std::optional<DirectoryPerson> found;
    if (q.exec() && q.next()) {
        DirectoryPerson p;
        const QString mail = q.value(0).toString().trimmed();
        p.primary = (mail.isEmpty() ? q.value(1).toString().trimmed() : mail).toLower();
        p.status = q.value(2).toString();
        p.guest = q.value(3).toInt() != 0;
        p.name = q.value(4).toString();
        found = p;
    }
    m_cache.insert(raw, found);
    return found;
}

void OwnerDirectory::loadAll()
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT i.email, i.upn, i.status, i.guest, i.display_name FROM identity i "
                               "JOIN current_snapshot s ON s.id = i.snapshot_id WHERE s.source_kind = 'directory' "
                               "ORDER BY i.status = 'active', i.id DESC")))
        return;
    // Later rows win: active people last, so they win over a disabled namesake, and then the first by id.
    while (q.next()) {
        DirectoryPerson p;
        const QString mail = q.value(0).toString().trimmed();
        const QString upn = q.value(1).toString().trimmed();
        p.primary = (mail.isEmpty() ? upn : mail).toLower();
        p.status = q.value(2).toString();
        p.guest = q.value(3).toInt() != 0;
        p.name = q.value(4).toString();
        for (const QString& address : {mail.toLower(), upn.toLower()}) {
            if (address.isEmpty())
                continue;
            m_people.insert(address, p);
        }
    }
    m_loaded = true;
}

} // namespace Rollcall
