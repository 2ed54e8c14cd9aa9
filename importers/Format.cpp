// SPDX-License-Identifier: GPL-3.0-or-later
#include "Format.h"

#include "StoringThread.h"
#include "formats/Formats.h"

namespace Rollcall {

ImportSession::ImportSession(SnapshotWriter& writer, const std::atomic_bool* cancel)
    : m_storing(std::make_unique<StoringThread>(writer))
    , m_cancel(cancel)
{}

ImportSession::~ImportSession() = default;

bool ImportSession::finishStoring()
{
    if (m_storing->finish())
        return true;
    m_error = m_storing->error();
    return false;
}

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
    const auto first = m_keys.constFind(key);
    if (first != m_keys.constEnd()) {
        const QString where = first->path.isEmpty() ? tr("line %1").arg(first->line) : first->path;
        return fail({path.isEmpty() ? line : 0, 0,
                     tr("%1 '%2' appears again (first at %3); expected one record per %1").arg(what, key, where),
                     path});
    }
    m_keys.insert(key, {line, path});
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

bool ImportSession::countRecord(qint64 line, const QString& jsonPath)
{
    if (++m_records <= limits.maxRows)
        return true;
    return fail({line, 0, tr("more than %1 rows; the limit is limits.max_rows in rollcall.yaml").arg(limits.maxRows),
                 jsonPath});
}

bool ImportSession::addIdentity(IdentityRecord& identity)
{
    if (!countRecord(identity.line, identity.jsonPath))
        return false;
    identity.formulaCells = identity.formulaCells || m_recordFormula;
    // Records with a line number are checked for repeats by the store once all are in; JSON records, to
    // name their path, here.
    if (!identity.jsonPath.isEmpty() && !remember(identity.sourceKey, identity.line, identity.jsonPath, tr("identity")))
        return false;
    if (!m_storing->add(identity))
        return fail(m_storing->error());
    if (progress)
        progress();
    return true;
}

bool ImportSession::addAccount(AccountRecord& account, Repeats repeats)
{
    if (!countRecord(account.line, account.jsonPath))
        return false;
    account.formulaCells = account.formulaCells || m_recordFormula;
    if (!account.jsonPath.isEmpty() && !remember(account.accountKey, account.line, account.jsonPath, tr("account")))
        return false;
    if (!m_storing->add(account, repeats == Repeats::KeepFirst))
        return fail(m_storing->error());
    if (progress)
        progress();
    return true;
}

AccountRecord& ImportSession::foldAccount(const QString& key, bool* created)
{
    auto found = m_foldedIndex.constFind(key);
    if (created)
        *created = found == m_foldedIndex.constEnd();
    if (found == m_foldedIndex.constEnd()) {
        found = m_foldedIndex.insert(key, m_folded.size());
        m_folded.emplace_back();
        m_folded.back().account.accountKey = key;
    }
    Folded& folded = m_folded[*found];
    folded.formula = folded.formula || m_recordFormula;
    return folded.account;
}

QStringList& ImportSession::foldedMemberships(const QString& key)
{
    const auto found = m_foldedIndex.constFind(key);
    if (found == m_foldedIndex.constEnd()) {
        foldAccount(key);
        return m_folded.back().memberships;
    }
    return m_folded[*found].memberships;
}

bool ImportSession::writeFoldedAccounts()
{
    // Each account carries the flag of its own rows, not that of the file's last record.
    m_recordFormula = false;
    for (Folded& folded : m_folded) {
        AccountRecord& account = folded.account;
        if (!folded.memberships.isEmpty())
            account.toolRole = folded.memberships.join(QLatin1String(", "));
        account.formulaCells = account.formulaCells || folded.formula;
        if (!addAccount(account))
            return false;
    }
    m_folded.clear();
    m_foldedIndex.clear();
    return true;
}

int privilegeRank(const QString& privilege)
{
    static const QStringList order = {Privilege::None,    Privilege::Read,  Privilege::Member,
                                      Privilege::Billing, Privilege::Admin, Privilege::Owner};
    return int(order.indexOf(privilege));
}

const QList<const Format*>& FormatRegistry::all()
{
    // Mapped formats first: they match only when a --mapping is given, and then they should win.
    static const QList<const Format*> formats = mappedFormats() + directoryFormats() + toolCsvFormats() + jsonFormats();
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
