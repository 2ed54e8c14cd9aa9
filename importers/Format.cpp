// SPDX-License-Identifier: GPL-3.0-or-later
#include "Format.h"

#include "Formats.h"
#include "store/SnapshotWriter.h"

namespace Rollcall {

ImportSession::ImportSession(SnapshotWriter& writer, const std::atomic_bool* cancel)
    : m_writer(writer)
    , m_cancel(cancel)
{}

bool ImportSession::cancelled() const
{
    return m_cancel && m_cancel->load(std::memory_order_relaxed);
}

bool ImportSession::fail(const ParseError& error)
{
    if (!m_error.isSet())
        m_error = error;
    return false;
}

bool ImportSession::remember(const QString& key, qint64 line, const QString& what)
{
    const qint64 first = m_keys.value(key, 0);
    if (first != 0) {
        return fail(
            {line, 0,
             tr("%1 '%2' appears again (first at line %3); expected one row per %1").arg(what, key).arg(first)});
    }
    m_keys.insert(key, line);
    return true;
}

bool ImportSession::addIdentity(const IdentityRecord& identity)
{
    if (!remember(identity.sourceKey, identity.line, tr("identity")))
        return false;
    if (!m_writer.addIdentity(identity))
        return fail({identity.line, 0, m_writer.errorString()});
    if (progress)
        progress();
    return true;
}

bool ImportSession::addAccount(const AccountRecord& account)
{
    if (!remember(account.accountKey, account.line, tr("account")))
        return false;
    if (!m_writer.addAccount(account))
        return fail({account.line, 0, m_writer.errorString()});
    if (progress)
        progress();
    return true;
}

const QList<const Format*>& FormatRegistry::all()
{
    static const QList<const Format*> formats = {entraUsersFormat(), awsCredentialReportFormat(),
                                                 atlassianUsersFormat()};
    return formats;
}

const Format* FormatRegistry::byId(const QString& id)
{
    for (const Format* format : all()) {
        if (format->id() == id)
            return format;
    }
    return nullptr;
}

} // namespace Rollcall
