// SPDX-License-Identifier: GPL-3.0-or-later
#include "Format.h"

#include "formats/Formats.h"
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

bool ImportSession::remember(const QString& key, qint64 line, const QString& path, const QString& what)
{
    const QString here = path.isEmpty() ? tr("line %1").arg(line) : path;
    const auto first = m_keys.constFind(key);
    if (first != m_keys.constEnd()) {
        return fail({path.isEmpty() ? line : 0, 0,
                     tr("%1 '%2' appears again (first at %3); expected one record per %1").arg(what, key, *first),
                     path});
    }
    m_keys.insert(key, here);
    return true;
}

void ImportSession::noteSpreadsheetSign(const QString& sign)
{
    if (!m_spreadsheetSigns.contains(sign))
        m_spreadsheetSigns.append(sign);
}

QStringList ImportSession::warnings() const
{
    QStringList all = m_warnings;
    if (!m_spreadsheetSigns.isEmpty()) {
        all.append(tr("the file looks re-saved by a spreadsheet (%1); check dates, leading zeros and '+' signs")
                       .arg(m_spreadsheetSigns.join(QLatin1String(", "))));
    }
    return all;
}

bool ImportSession::addIdentity(IdentityRecord& identity)
{
    identity.formulaCells = identity.formulaCells || m_recordFormula;
    if (!remember(identity.sourceKey, identity.line, identity.jsonPath, tr("identity")))
        return false;
    if (!m_writer.addIdentity(identity))
        return fail({identity.line, 0, m_writer.errorString(), identity.jsonPath});
    if (progress)
        progress();
    return true;
}

bool ImportSession::addAccount(AccountRecord& account)
{
    account.formulaCells = account.formulaCells || m_recordFormula;
    if (!remember(account.accountKey, account.line, account.jsonPath, tr("account")))
        return false;
    if (!m_writer.addAccount(account))
        return fail({account.line, 0, m_writer.errorString(), account.jsonPath});
    if (progress)
        progress();
    return true;
}

const QList<const Format*>& FormatRegistry::all()
{
    static const QList<const Format*> formats = directoryFormats() + toolCsvFormats() + jsonFormats() + mappedFormats();
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
