// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reconciler.h"

#include "reconcile/NameKey.h"
#include "store/SqliteStatement.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/PhaseTimer.h"
#include "util/Timestamps.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringEncoder>
#include <QVarLengthArray>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstring>
#include <functional>
#include <future>
#include <vector>

namespace Rollcall {

namespace {

// Bump when the cascade or the risk rules change, so that every verdict is judged again.
constexpr int LogicVersion = 4;

struct Identity
{
    qint64 id = 0;
    QString primary; // the owner shown to reviewers: mail, else UPN
    QString shown;   // how explanations name the owner: "Name <primary>", or the primary alone
    IdentityStatus status = IdentityStatus::Active;
    bool guest = false;
};

struct ManualLink
{
    QString owner;
    QString actor;
    QString reason;
    QString at;
};

using Candidates = QVarLengthArray<int, 4>;

// A key as CandidateMap hashes it: four characters a step, multiplied and mixed, instead of qHash's
// byte-wise SipHash over the UTF-16, which was most of the time spent finding a key. Seeded per process,
// so a directory cannot be made to collide on purpose.
quint64 hashKey(QStringView key, quint64 seed) noexcept
{
    constexpr quint64 Multiplier = 0x9e3779b97f4a7c15ULL;
    const char* bytes = reinterpret_cast<const char*>(key.utf16());
    qsizetype left = key.size() * qsizetype(sizeof(char16_t));
    quint64 h = seed ^ (quint64(left) * Multiplier);
    for (; left >= 8; bytes += 8, left -= 8) {
        quint64 word;
        memcpy(&word, bytes, 8);
        h = (h ^ word) * Multiplier;
        h ^= h >> 29;
    }
    if (left > 0) {
        quint64 word = 0;
        memcpy(&word, bytes, size_t(left));
        h = (h ^ word) * Multiplier;
    }
    // MurmurHash3's finaliser: every bit of the key reaches the bits the table uses.
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    h *= 0xc4ceb9fe1a85ec53ULL;
    h ^= h >> 33;
    return h;
}

// Identities by a key. A directory of 200,000 has about two million keys and a million accounts look
// up several each, so the table is laid out for memory, not for generality: open addressing over
// 16-byte slots that hold 32 bits of the key's hash besides its place, so a lookup touches one slot
// and reads a key's characters only when the hash bits agree (QHash compared the characters of every
// key it passed, a cache miss each). The characters live in one array; most keys name one identity,
// kept in the slot itself, and only a key shared by several gets a list.
class CandidateMap
{
public:
    void reserve(qsizetype n)
    {
        if (n * 2 > qsizetype(m_slots.size()))
            rehash(n * 2);
    }
    // Identities are added in ascending order.
    void add(QStringView key, int identity)
    {
        if (key.isEmpty() || key.size() > MaxKeySize)
            return;
        if ((m_count + 1) * 2 > qsizetype(m_slots.size()))
            rehash(std::max<qsizetype>(64, qsizetype(m_slots.size()) * 2));
        const quint64 h = hashKey(key, m_seed);
        Slot* slot = &m_slots[find(key, h)];
        if (slot->value == 0) { // the value: n > 0 is identity n - 1; n < 0 is m_shared[-n - 1]
            *slot = {quint32(h >> 32), identity + 1, quint64(m_text.size()) << SizeBits | quint64(key.size())};
            m_text.insert(m_text.end(), key.utf16(), key.utf16() + key.size());
            ++m_count;
        } else if (slot->value > 0) {
            if (slot->value != identity + 1) {
                m_shared.append({slot->value - 1, identity});
                slot->value = -int(m_shared.size());
            }
        } else if (QList<int>& list = m_shared[-slot->value - 1]; list.constLast() != identity) {
            list.append(identity); // identities come in order: a repeat can only be the last one
        }
    }
    Candidates value(QStringView key) const
    {
        if (key.isEmpty() || key.size() > MaxKeySize || m_slots.empty())
            return {};
        const Slot* slot = &m_slots[find(key, hashKey(key, m_seed))];
        if (slot->value == 0)
            return {};
        if (slot->value > 0)
            return {slot->value - 1};
        const QList<int>& list = m_shared.at(-slot->value - 1);
        return Candidates(list.cbegin(), list.cend());
    }

private:
    static constexpr int SizeBits = 24;
    static constexpr qsizetype MaxKeySize = (qsizetype(1) << SizeBits) - 1; // longer keys never match
    struct Slot
    {
        quint32 tag = 0;  // the hash's upper half
        int value = 0;    // 0: empty
        quint64 text = 0; // where the key's characters are in m_text << SizeBits | how many
    };

    QStringView keyOf(const Slot& slot) const
    {
        return QStringView(m_text.data() + (slot.text >> SizeBits), qsizetype(slot.text & MaxKeySize));
    }
    // The index of the key's slot, or of the empty slot where it belongs.
    size_t find(QStringView key, quint64 h) const
    {
        const size_t mask = m_slots.size() - 1;
        for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
            const Slot& slot = m_slots[i];
            if (slot.value == 0 || (slot.tag == quint32(h >> 32) && keyOf(slot) == key))
                return i;
        }
    }
    void rehash(qsizetype atLeast)
    {
        size_t size = 64;
        while (size < size_t(atLeast))
            size *= 2;
        std::vector<Slot> old(size);
        old.swap(m_slots);
        for (const Slot& slot : old) {
            if (slot.value != 0)
                m_slots[find(keyOf(slot), hashKey(keyOf(slot), m_seed))] = slot;
        }
    }

    std::vector<Slot> m_slots; // a power of two, at most half full, so every probe ends
    std::vector<char16_t> m_text;
    QList<QList<int>> m_shared;
    qsizetype m_count = 0;
    quint64 m_seed = QHashSeed::globalSeed();
};

QString localPart(const QString& normalisedEmail)
{
    const qsizetype at = normalisedEmail.indexOf(QLatin1Char('@'));
    return at > 0 ? normalisedEmail.left(at) : QString();
}

void merge(Candidates& into, const Candidates& more)
{
    for (int i : more) {
        if (!into.contains(i))
            into.append(i);
    }
}

bool isPrivileged(const QString& privilege)
{
    return privilege == Privilege::Owner || privilege == Privilege::Admin || privilege == Privilege::Billing;
}

quint64 accountHash(QByteArrayView tool, QByteArrayView accountKey)
{
    return qHashMulti(0x526f6c6c, tool, accountKey);
}

// The rows of the current snapshots of one kind, read in rowid order from the first of them on. A snapshot's
// rows are written in one transaction, so they are contiguous: read in rowid order from there, they come in
// file order without a second pass. "+" keeps SQLite off the snapshot index.
QString currentRows(const QString& table, const QString& alias, const QString& kind)
{
    const QString snapshots = QStringLiteral("(SELECT id FROM current_snapshot WHERE source_kind = '%1')").arg(kind);
    return QStringLiteral("+%1.snapshot_id IN %2 AND %1.id >= (SELECT COALESCE(MIN(x.id), 0) FROM %3 x WHERE "
                          "x.snapshot_id IN %2)")
        .arg(alias, snapshots, table);
}

QString accountKeyOf(const QString& tool, const QString& accountKey)
{
    return tool.toLower() + QLatin1Char('\n') + accountKey;
}

// Columns read into an AccountRecord by readAccount(), after the account's id and tool.
constexpr int AccountColumnCount = 18;
const char* const AccountColumns =
    "a.id, a.tool, a.account_key, a.login, a.email, a.other_emails, a.external_id, a.display_name, a.privilege, "
    "a.mfa, a.state, a.state_expiry, a.last_activity, a.never_used, a.bot, a.keys_active, a.keys_unused, "
    "a.oldest_key_rotated";

// An account's columns copied out of a statement as they are, for another thread to decode: a batch's
// texts in one buffer, each column a slice of it or an integer.
class CopiedAccounts
{
    struct Cell
    {
        qint64 integer = 0;
        qsizetype offset = 0;
        qsizetype size = 0;
        bool null = true;
    };

public:
    void clear() // keeps the room, for the next batch
    {
        m_bytes.resize(0);
        m_cells.clear();
    }
    // Copies the statement's current row; returns its index.
    qsizetype append(const SqliteStatement& q)
    {
        const qsizetype row = qsizetype(m_cells.size()) / AccountColumnCount;
        for (int i = 0; i < AccountColumnCount; ++i) {
            Cell& cell = m_cells.emplace_back();
            if (isIntegerColumn(i)) {
                cell.null = q.isNull(i);
                cell.integer = q.integer(i);
            } else {
                const QByteArrayView text = q.utf8(i);
                cell.null = text.data() == nullptr;
                cell.offset = m_bytes.size();
                cell.size = text.size();
                m_bytes.append(text);
            }
        }
        return row;
    }

    // The columns of one copied row, read as readAccount() reads a statement's.
    class Row
    {
    public:
        Row(const CopiedAccounts& rows, qsizetype row)
            : m_rows(rows)
            , m_first(row * AccountColumnCount)
        {}
        QString text(int column) const
        {
            const Cell& c = cell(column);
            return c.null ? QString() : QString::fromUtf8(utf8(column));
        }
        QByteArrayView utf8(int column) const
        {
            const Cell& c = cell(column);
            return QByteArrayView(m_rows.m_bytes.constData() + c.offset, c.size);
        }
        qint64 integer(int column) const { return cell(column).integer; }
        bool isNull(int column) const { return cell(column).null; }

    private:
        const Cell& cell(int column) const { return m_rows.m_cells[size_t(m_first + column)]; }
        const CopiedAccounts& m_rows;
        qsizetype m_first;
    };

private:
    // AccountColumns that readAccount() reads with integer(): id, mfa, never_used, bot, keys_active, keys_unused.
    static constexpr bool isIntegerColumn(int column)
    {
        return column == 0 || column == 9 || (column >= 13 && column <= 16);
    }
    QByteArray m_bytes;
    std::vector<Cell> m_cells;
};

template <typename Columns>
void readAccount(const Columns& q, AccountRecord& a)
{
    a = {};
    a.accountKey = q.text(2);
    a.login = q.text(3);
    a.email = q.text(4);
    a.otherEmails = q.text(5).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    a.externalId = q.text(6);
    a.displayName = q.text(7);
    a.privilege = q.text(8);
    if (!q.isNull(9))
        a.mfa = q.integer(9) != 0;
    a.state = q.text(10);
    if (!q.isNull(11))
        a.stateExpiry = QDate::fromString(q.text(11), Qt::ISODate);
    if (!q.isNull(12))
        a.lastActivity = parseIsoTimestamp(q.text(12));
    a.neverUsed = q.integer(13) != 0;
    a.bot = q.integer(14) != 0;
    a.keysActive = int(q.integer(15));
    a.keysUnused = int(q.integer(16));
    if (!q.isNull(17))
        a.oldestKeyRotated = parseIsoTimestamp(q.text(17));
}

} // namespace

struct Reconciler::Index
{
    QList<Identity> identities;
    CandidateMap byAuthorityId;
    CandidateMap byEmail;
    CandidateMap bySecondaryEmail;
    CandidateMap byLogin;          // corporate local parts and first.last, flast, first-last
    CandidateMap byName;           // nameKey()
    QHash<QString, int> byPrimary; // an owner's e-mail, for manual links and break-glass owners
    QHash<QString, ManualLink> manualLinks;
    GlobMatcher service;
    explicit Index(const Rules& rules)
        : service(rules.servicePatterns)
    {}
};

QByteArray Verdict::riskFactorsJson() const
{
    QByteArray json;
    appendRiskFactorsJson(json);
    return json;
}

void Verdict::appendRiskFactorsJson(QByteArray& json) const
{
    // Names and points only: the words are Reconciler::riskFactorText(), in the reader's language.
    // Factor names are fixed ASCII words, copied as they are.
    json += '[';
    for (qsizetype i = 0; i < factors.size(); ++i) {
        const RiskFactor& f = factors.at(i);
        char points[16];
        json.append(i > 0 ? ",{\"factor\":\"" : "{\"factor\":\"");
        for (QChar c : f.name)
            json.append(char(c.unicode()));
        json.append("\",\"points\":")
            .append(points, std::to_chars(points, points + sizeof points, f.points).ptr - points)
            .append('}');
    }
    json += ']';
}

Reconciler::Reconciler(Store& store, const Rules& rules)
    : m_store(store)
    , m_rules(rules)
    , m_index(std::make_unique<Index>(rules))
{}

Reconciler::~Reconciler() = default;

bool Reconciler::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool Reconciler::loadIdentities()
{
    m_index = std::make_unique<Index>(m_rules);
    Index& ix = *m_index;
    SqliteStatement q;
    if (!q.prepare(m_store.database(),
                   QStringLiteral("SELECT i.id, i.email, i.upn, i.other_emails, i.display_name, i.status, i.guest, "
                                  "i.source_key, i.employee_id, i.external_ids, i.given_name, i.surname, i.snapshot_id "
                                  "FROM identity i WHERE %1 ORDER BY i.id")
                       .arg(currentRows(QStringLiteral("identity"), QStringLiteral("i"), QStringLiteral("directory")))))
        return fail(tr("cannot read identities: %1").arg(q.errorString()));
    {
        // Sized once: growing these tables row by row costs more than filling them.
        QSqlQuery count(m_store.database());
        if (count.exec(QStringLiteral("SELECT count(*) FROM identity i JOIN current_snapshot s ON s.id = "
                                      "i.snapshot_id WHERE s.source_kind = 'directory'")) &&
            count.next()) {
            const qsizetype n = count.value(0).toLongLong();
            ix.identities.reserve(n);
            ix.byPrimary.reserve(n);
            ix.byEmail.reserve(n * 2);
            ix.byAuthorityId.reserve(n * 3);
            ix.byLogin.reserve(n * 4);
            ix.byName.reserve(n);
        }
    }
    // This thread reads the rows and works out each identity's keys; a second one files them in the
    // tables, a batch behind. Finding a key's place in a table of two million is mostly waiting for memory.
    struct Keyed
    {
        Identity identity;
        QVarLengthArray<QString, 2> emails;
        QVarLengthArray<QString, 5> logins; // corporate local parts, then first.last, flast, first-last
        QStringList secondary;
        QVarLengthArray<QString, 4> authority;
        QString displayName;
        QString nameKey;
    };
    using Batch = std::vector<Keyed>;
    constexpr size_t BatchSize = 2048;
    bool exhausted = false; // stepping a finished statement would start it again
    auto read = [&](Batch& batch) {
        batch.clear();
        while (!exhausted && batch.size() < BatchSize && !(exhausted = !q.next())) {
            Keyed& k = batch.emplace_back();
            Identity& identity = k.identity;
            identity.id = q.integer(0);
            const QString mailRaw = q.text(1).trimmed();
            const QString upnRaw = q.text(2).trimmed();
            const bool externalUpn = upnRaw.contains(QLatin1String("#EXT#"), Qt::CaseInsensitive);
            const QString mail = m_rules.normaliseEmail(mailRaw);
            // A guest's UPN (name_home.com#EXT#@tenant) is nobody's address; its home address is.
            const QString upn =
                externalUpn ? m_rules.normaliseEmail(guestHomeAddress(upnRaw)) : m_rules.normaliseEmail(upnRaw);
            identity.primary = (mailRaw.isEmpty() ? upnRaw : mailRaw).toLower();
            const QString& name = k.displayName = q.text(4);
            identity.status = identityStatusFromName(q.text(5)).value_or(IdentityStatus::Active);
            identity.guest = q.integer(6) != 0;
            for (const QString& email : {mail, upn}) {
                k.emails.append(email);
                if (!identity.guest && (m_rules.corporateDomains.isEmpty() || m_rules.isCorporateDomain(email)))
                    k.logins.append(localPart(email));
            }
            for (const QString& other : q.text(3).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                k.secondary.append(m_rules.normaliseEmail(other));
            // Authoritative ids: the directory's own key, its sign-in name, employee id and any external ids.
            k.authority.append(q.text(7).toLower());
            k.authority.append(upnRaw.toLower());
            k.authority.append(q.text(8).toLower());
            for (const QString& id : q.text(9).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                k.authority.append(id.trimmed().toLower());
            QString given = q.text(10), surname = q.text(11);
            if ((given.isEmpty() || surname.isEmpty()) && !name.isEmpty()) {
                const qsizetype comma = name.indexOf(QLatin1Char(','));
                const QStringList words = name.split(QLatin1Char(' '), Qt::SkipEmptyParts);
                if (comma > 0) {
                    surname = name.left(comma).trimmed();
                    given = name.mid(comma + 1).trimmed().section(QLatin1Char(' '), 0, 0);
                } else if (words.size() >= 2) {
                    given = words.first();
                    surname = words.last();
                }
            }
            if (!identity.guest) {
                for (const QString& shape : loginShapes(given, surname))
                    k.logins.append(shape);
            }
            k.nameKey = nameKey(name);
        }
    };
    auto file = [&ix](Batch* batch) {
        for (const Keyed& k : std::as_const(*batch)) {
            const int index = int(ix.identities.size());
            // Made once here, not for each of the owner's accounts while judging them.
            Identity& identity = ix.identities.emplace_back(k.identity);
            identity.shown = k.displayName.isEmpty()
                                 ? identity.primary
                                 : k.displayName + QLatin1String(" <") + identity.primary + QLatin1Char('>');
            ix.byPrimary.insert(k.identity.primary, index);
            for (const QString& email : k.emails)
                ix.byEmail.add(email, index);
            for (const QString& login : k.logins)
                ix.byLogin.add(login, index);
            for (const QString& other : k.secondary)
                ix.bySecondaryEmail.add(other, index);
            for (const QString& id : k.authority)
                ix.byAuthorityId.add(id, index);
            ix.byName.add(k.nameKey, index);
        }
        batch->clear(); // freeing the keys is work too: this thread has the time for it
    };
    Batch current, next;
    read(current);
    std::future<void> filing;
    StretchTimer reading, waiting;
    while (!current.empty()) {
        filing = std::async(std::launch::async, file, &current);
        {
            const auto stretch = reading.measure();
            read(next);
        }
        const auto stretch = waiting.measure();
        filing.get();
        std::swap(current, next);
    }
    qCDebug(lcTiming,
            "reconcile: identities: reading them and making their keys %lld ms, waiting for the filing %lld ms",
            reading.milliseconds(), waiting.milliseconds());
    if (!q.errorString().isEmpty())
        return fail(tr("cannot read identities: %1").arg(q.errorString()));
    SqliteStatement links;
    if (!links.prepare(m_store.database(), QStringLiteral("SELECT tool, account_key, owner_email, actor, reason, at "
                                                          "FROM manual_link")))
        return fail(tr("cannot read manual links: %1").arg(links.errorString()));
    while (links.next())
        ix.manualLinks.insert(accountKeyOf(links.text(0), links.text(1)),
                              {links.text(2).toLower(), links.text(3), links.text(4), links.text(5)});
    return true;
}

QString Reconciler::fingerprint() const
{
    // What every verdict depends on besides its own account: the directory, manual links, the day, the rules.
    QStringList directory;
    qint64 lastManualEvent = 0;
    QSqlQuery q(m_store.database());
    if (q.exec(QStringLiteral("SELECT id FROM current_snapshot WHERE source_kind = 'directory' ORDER BY id"))) {
        while (q.next())
            directory.append(q.value(0).toString());
    }
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM manual_link_event")) && q.next())
        lastManualEvent = q.value(0).toLongLong();
    const QString text = QStringLiteral("%1|%2|%3|%4|%5")
                             .arg(LogicVersion)
                             .arg(directory.join(QLatin1Char(',')))
                             .arg(lastManualEvent)
                             .arg(Clock::nowUtc().date().toString(Qt::ISODate), m_rules.fingerprintText());
    // 64 bits tell one set of inputs from another; stored with every verdict, 40 hex digits cost 40 MB a million.
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
}

Verdict Reconciler::judge(const QString& tool, const AccountRecord& account, bool withTrace) const
{
    return judge(tool, account, withTrace, Clock::nowUtc());
}

Verdict Reconciler::judge(const QString& tool, const AccountRecord& account, bool withTrace, const QDateTime& now) const
{
    const Index& ix = *m_index;
    Verdict v;
    auto describe = [&](int i) { return ix.identities.at(i).shown; };
    auto trace = [&](const QString& rule, const QString& compared, const QString& outcome) {
        if (withTrace)
            v.trace.append({rule, compared, outcome});
    };
    const Identity* owner = nullptr;
    bool decided = false;
    auto link = [&](int index, const QString& rule, double confidence, const QString& matched, const QString& why) {
        owner = &ix.identities.at(index);
        v.identityId = owner->id;
        v.owner = owner->primary;
        v.rule = rule;
        v.confidence = confidence;
        v.matchedValue = matched;
        v.explanation = why;
        decided = true;
    };

    // Declared break-glass accounts: the rules name their owner.
    for (const BreakGlassEntry& entry : m_rules.breakGlass) {
        if (entry.tool.compare(tool, Qt::CaseInsensitive) != 0 ||
            (entry.account.compare(account.accountKey, Qt::CaseInsensitive) != 0 &&
             entry.account.compare(account.login, Qt::CaseInsensitive) != 0))
            continue;
        v.cls = AccountClass::BreakGlass;
        v.rule = QStringLiteral("break-glass");
        v.confidence = 1.0;
        v.matchedValue = entry.account;
        const auto found = ix.byPrimary.constFind(entry.owner);
        if (found != ix.byPrimary.cend()) {
            v.identityId = ix.identities.at(*found).id;
            v.owner = ix.identities.at(*found).primary;
            v.explanation = tr("declared break-glass account in the rules; owner %1").arg(describe(*found));
        } else {
            v.explanation =
                tr("declared break-glass account in the rules; its owner %1 is not in the directory").arg(entry.owner);
        }
        trace(v.rule, entry.account, v.explanation);
        scoreRisk(v, account, now, withTrace);
        recommend(v, account, now);
        return v;
    }
    if (withTrace)
        trace(QStringLiteral("break-glass"), account.accountKey, tr("not declared in the rules"));

    // 1. A reviewer's manual link outranks every rule.
    const auto manual = ix.manualLinks.isEmpty() ? ix.manualLinks.cend()
                                                 : ix.manualLinks.constFind(accountKeyOf(tool, account.accountKey));
    if (manual != ix.manualLinks.cend()) {
        const auto found = ix.byPrimary.constFind(manual->owner);
        const QString why = tr("linked by %1 on %2: %3").arg(manual->actor, manual->at.left(10), manual->reason);
        if (found != ix.byPrimary.cend()) {
            link(*found, QStringLiteral("manual"), 1.0, manual->owner, why + tr("; owner %1").arg(describe(*found)));
        } else {
            v.rule = QStringLiteral("manual");
            v.confidence = 1.0;
            v.matchedValue = manual->owner;
            v.cls = AccountClass::Orphaned;
            v.explanation = why + tr("; the owner %1 is no longer in the directory").arg(manual->owner);
            decided = true;
        }
        trace(QStringLiteral("manual"), manual->owner, v.explanation);
    } else {
        if (withTrace)
            trace(QStringLiteral("manual"), QString(), tr("no manual link"));
    }

    // 2-5. Automatic steps: the first with any candidate decides; two candidates make it ambiguous.
    const QString email = m_rules.normaliseEmail(account.email);
    const QString loginEmail = m_rules.normaliseEmail(account.login);
    struct Step
    {
        QString rule;
        QString compared;
        Candidates candidates;
        double confidence;
        std::function<QString()> what; // words for the explanation, made only when the step decides
    };
    auto runStep = [&](const Step& step) {
        if (decided)
            return;
        if (step.compared.isEmpty()) {
            if (withTrace)
                trace(step.rule, QString(), tr("nothing to compare"));
            return;
        }
        if (step.candidates.isEmpty()) {
            if (withTrace)
                trace(step.rule, step.compared, tr("no identity"));
            return;
        }
        if (step.candidates.size() > 1) {
            v.cls = AccountClass::Ambiguous;
            v.rule = step.rule;
            v.matchedValue = step.compared;
            for (int i : step.candidates)
                v.candidates.append(ix.identities.at(i).primary);
            v.explanation = tr("%1 matches %n identities: %2; a reviewer decides", nullptr, int(step.candidates.size()))
                                .arg(step.what(), v.candidates.join(QLatin1String(", ")));
            decided = true;
            trace(step.rule, step.compared, v.explanation);
            return;
        }
        link(step.candidates.first(), step.rule, step.confidence, step.compared,
             tr("%1 matches %2").arg(step.what(), describe(step.candidates.first())));
        trace(step.rule, step.compared, v.explanation);
    };

    const QString externalId = account.externalId.trimmed().toLower();
    runStep({QStringLiteral("authoritative-id"), externalId, ix.byAuthorityId.value(externalId), 1.0,
             [&] { return tr("identity provider id %1").arg(account.externalId); }});

    // Once a step decided, the later ones are neither looked up nor traced.
    if (!decided) {
        Candidates found = ix.byEmail.value(email);
        merge(found, ix.byEmail.value(loginEmail));
        const QString shown = email.isEmpty() ? loginEmail : email;
        runStep({QStringLiteral("email"), shown, found, 1.0, [&] { return tr("e-mail %1").arg(shown); }});
    }
    if (!decided) {
        Candidates found = ix.bySecondaryEmail.value(email);
        merge(found, ix.bySecondaryEmail.value(loginEmail));
        QStringList compared;
        if (!email.isEmpty() || !loginEmail.isEmpty())
            compared.append(email.isEmpty() ? loginEmail : email);
        for (const QString& other : account.otherEmails) {
            const QString n = m_rules.normaliseEmail(other);
            if (n.isEmpty())
                continue;
            compared.append(n);
            merge(found, ix.byEmail.value(n));
            merge(found, ix.bySecondaryEmail.value(n));
        }
        const QString joined = compared.join(QLatin1String(", "));
        runStep({QStringLiteral("secondary-email"), joined, found, 0.9,
                 [&] { return tr("e-mail %1 among secondary addresses").arg(joined); }});
    }
    if (!decided) {
        const QString login = account.login.trimmed().toLower();
        QStringList logins;
        if (!login.isEmpty() && !login.contains(QLatin1Char('@'))) {
            logins.append(login);
            for (const auto& [re, replace] : m_rules.loginRewrites) {
                QString rewritten = login;
                rewritten.replace(re, replace);
                if (!rewritten.isEmpty() && !logins.contains(rewritten))
                    logins.append(rewritten);
            }
        }
        Candidates found;
        for (const QString& l : logins)
            merge(found, ix.byLogin.value(l));
        runStep({QStringLiteral("login"), logins.join(QLatin1String(", ")), found, 0.7, [&] {
                     return tr("login '%1' as a corporate e-mail local part or first.last, flast, first-last")
                         .arg(logins.join(QLatin1String("', '")));
                 }});
    }

    // 6. Name similarity: a suggestion for the reviewer, never a link.
    if (!decided) {
        const QString key = nameKey(account.displayName.isEmpty() ? account.login : account.displayName);
        // A name shared by many people suggests nobody: at most a few candidates are worth a reviewer's look.
        constexpr int MaxSuggestions = 3;
        const Candidates similar = ix.byName.value(key);
        if (similar.size() <= MaxSuggestions) {
            for (int i : similar)
                v.suggestions.append(ix.identities.at(i).primary);
        }
        trace(QStringLiteral("name"), key,
              similar.isEmpty()         ? tr("no identity with a similar name")
              : v.suggestions.isEmpty() ? tr("%1 identities share the name; too many to suggest").arg(similar.size())
                                        : tr("suggests %1 (not linked)").arg(v.suggestions.join(QLatin1String(", "))));
    }

    if (v.cls != AccountClass::Ambiguous && !(v.rule == QLatin1String("manual") && !owner)) {
        const QString pattern =
            ix.service.firstMatch({account.login, account.accountKey, localPart(email), localPart(loginEmail)});
        if (!pattern.isEmpty() || account.bot) {
            v.cls = AccountClass::Service;
            const QString why = pattern.isEmpty() ? tr("service account: the tool marks it as a bot")
                                                  : tr("service account: matches the pattern '%1'").arg(pattern);
            v.explanation = owner ? why + QLatin1String("; ") + v.explanation : why;
            if (!owner)
                v.rule = pattern.isEmpty() ? QStringLiteral("tool-bot") : QStringLiteral("service-pattern");
        } else if (owner) {
            if (isInactive(owner->status)) {
                v.cls = AccountClass::Orphaned;
                v.explanation += tr(", whose directory status is %1").arg(identityStatusName(owner->status));
            } else if (owner->guest) {
                v.cls = AccountClass::External;
                v.explanation += tr(", a guest in the directory");
            } else {
                v.cls = AccountClass::Managed;
            }
        } else if (m_rules.isExternalDomain(email) || m_rules.isExternalDomain(loginEmail)) {
            v.cls = AccountClass::External;
            v.rule = QStringLiteral("external-domain");
            v.explanation = tr("no identity found; the address is in an external domain (%1)")
                                .arg(email.isEmpty() ? loginEmail : email);
        } else {
            v.cls = AccountClass::Unmanaged;
            v.rule = QStringLiteral("none");
            v.explanation = tr("no identity matches its id, e-mail or login");
            if (!v.suggestions.isEmpty())
                v.explanation += tr("; a similar name suggests %1").arg(v.suggestions.join(QLatin1String(", ")));
        }
    }
    if (account.disabledInTool())
        v.explanation += tr(" (already %1 in the tool)").arg(account.state);
    scoreRisk(v, account, now, withTrace);
    recommend(v, account, now);
    return v;
}

QString Reconciler::riskFactorText(const QString& factor, const AccountRecord& account, const QDateTime& at)
{
    static const char* const fixed[][2] = {
        {"orphaned", QT_TR_NOOP("owner has left or is disabled")},
        {"unmanaged", QT_TR_NOOP("no owner in the directory")},
        {"ambiguous", QT_TR_NOOP("owner not certain")},
        {"external", QT_TR_NOOP("external account")},
        {"external_no_expiry", QT_TR_NOOP("external without an expiry")},
        {"no_mfa", QT_TR_NOOP("no MFA")},
        {"never_used", QT_TR_NOOP("never used")},
    };
    for (const auto& [name, text] : fixed) {
        if (factor == QLatin1String(name))
            return tr(text);
    }
    if (factor == QLatin1String("privileged"))
        return tr("privileged (%1)").arg(account.toolRole.isEmpty() ? account.privilege : account.toolRole);
    if (factor == QLatin1String("stale") && account.lastActivity)
        return tr("no activity for %1 days").arg(account.lastActivity->daysTo(at));
    if (factor == QLatin1String("unused_access_key"))
        return tr("%1 active access key(s) never used").arg(account.keysUnused);
    if (factor == QLatin1String("old_access_key") && account.oldestKeyRotated)
        return tr("access key not rotated for %1 days").arg(account.oldestKeyRotated->daysTo(at));
    if (factor == QLatin1String("disabled_in_tool"))
        return tr("%1 in the tool").arg(account.state);
    return factor;
}

void Reconciler::scoreRisk(Verdict& v, const AccountRecord& account, const QDateTime& now, bool withText) const
{
    int risk = 0;
    auto add = [&](const char* name) {
        const int points = m_rules.riskWeight(QLatin1String(name));
        if (points == 0)
            return;
        risk += points;
        v.factors.append(
            {QLatin1String(name), points, withText ? riskFactorText(QLatin1String(name), account, now) : QString()});
    };
    if (isPrivileged(account.privilege))
        add("privileged");
    switch (v.cls) {
    case AccountClass::Orphaned:
        add("orphaned");
        break;
    case AccountClass::Unmanaged:
        add("unmanaged");
        break;
    case AccountClass::Ambiguous:
        add("ambiguous");
        break;
    case AccountClass::External:
        add("external");
        if (!account.stateExpiry)
            add("external_no_expiry");
        break;
    default:
        break;
    }
    if (account.mfa == std::optional<bool>(false))
        add("no_mfa");
    if (v.cls != AccountClass::BreakGlass) {
        if (account.neverUsed)
            add("never_used");
        else if (account.lastActivity && account.lastActivity->daysTo(now) > m_rules.staleAfterDays)
            add("stale");
    }
    if (account.keysUnused > 0)
        add("unused_access_key");
    if (account.oldestKeyRotated && account.oldestKeyRotated->daysTo(now) > 90)
        add("old_access_key");
    if (account.disabledInTool() && risk > 0) {
        const int points = std::max(m_rules.riskWeight(QStringLiteral("disabled_in_tool")), -risk);
        if (points != 0) {
            risk += points;
            v.factors.append({QStringLiteral("disabled_in_tool"), points,
                              withText ? riskFactorText(QStringLiteral("disabled_in_tool"), account, now) : QString()});
        }
    }
    v.risk = std::clamp(risk, 0, 100);
}

void Reconciler::recommend(Verdict& v, const AccountRecord& account, const QDateTime& now) const
{
    bool stale = account.neverUsed;
    if (account.lastActivity)
        stale = account.lastActivity->daysTo(now) > m_rules.staleAfterDays;
    if (v.cls == AccountClass::Orphaned)
        v.recommendation = QStringLiteral("remove");
    else if (v.cls == AccountClass::External && stale)
        v.recommendation = QStringLiteral("expire");
    else if (v.cls == AccountClass::Unmanaged && v.suggestions.size() == 1)
        v.recommendation = QStringLiteral("link");
    else if (v.cls == AccountClass::Unmanaged && isPrivileged(account.privilege))
        v.recommendation = QStringLiteral("review");
    else
        v.recommendation = QStringLiteral("none");
}

bool Reconciler::findAccount(const QString& tool, const QString& keyOrLogin, qint64& accountId, AccountRecord& account)
{
    // By account key first, through account_key; then by login, reading the tool's current
    // snapshot in rowid order: there is no login index, and an OR of both would read every snapshot.
    const QString snapshot =
        QStringLiteral("(SELECT id FROM current_snapshot WHERE source_kind = 'tool' AND tool = ?)");
    struct Lookup
    {
        QString where;
        int toolBindings; // how many times `snapshot` appears
    };
    const Lookup lookups[] = {
        {QStringLiteral("a.id IN (SELECT k.account_id FROM account_key k WHERE k.snapshot_id = %1 AND k.key_hash = "
                        "key_hash(?)) AND a.account_key = ?2")
             .arg(snapshot),
         1},
        {QStringLiteral("+a.snapshot_id = %1 AND a.id >= (SELECT COALESCE(MIN(x.id), 0) FROM account x WHERE "
                        "x.snapshot_id = %1) AND a.login = ? ORDER BY a.id")
             .arg(snapshot),
         2},
    };
    QStringList keys;
    for (const Lookup& lookup : lookups) {
        SqliteStatement q;
        if (!q.prepare(
                m_store.database(),
                QStringLiteral("SELECT %1 FROM account a WHERE %2").arg(QLatin1String(AccountColumns), lookup.where)))
            return fail(q.errorString());
        for (int i = 1; i <= lookup.toolBindings; ++i)
            q.bind(i, tool);
        q.bind(lookup.toolBindings + 1, keyOrLogin);
        while (q.next()) {
            if (keys.isEmpty()) {
                accountId = q.integer(0);
                readAccount(q, account);
            }
            keys.append(q.text(2));
        }
        if (!keys.isEmpty())
            break;
    }
    if (keys.isEmpty())
        return fail(tr("no account '%1' in the current snapshot of tool '%2'").arg(keyOrLogin, tool));
    if (keys.size() > 1)
        return fail(tr("login '%1' is used by %2 accounts of tool '%3'; name one by its account key: %4")
                        .arg(keyOrLogin)
                        .arg(keys.size())
                        .arg(tool, keys.join(QLatin1String(", "))));
    return true;
}

namespace {
// Verdicts as the link table stores them, their texts already UTF-8 and all in one buffer: made on the
// judging thread, so the thread that writes only binds. One buffer a batch, not eight strings a verdict:
// making and freeing those was a fifth of the judging thread.
class VerdictRows
{
public:
    struct Text
    {
        qsizetype offset = 0;
        qsizetype size = 0;
    };
    struct Row
    {
        qint64 accountId = 0;
        qint64 identityId = 0;
        quint64 accountHash = 0; // of tool and account key, when asked for
        AccountClass cls = AccountClass::Unmanaged;
        double confidence = 0;
        int risk = 0;
        Text accountKey, rule, explanation, candidates, factors, recommendation, suggestions, matchedValue;
    };

    // Empties it for the next batch, keeping the room: a batch's buffers are too large to give back and
    // take again each time, and the thread that frees them is not the one that made them.
    void clear(qsizetype rows)
    {
        m_rows.clear();
        m_rows.reserve(size_t(rows));
        m_bytes.resize(0);
        m_bytes.reserve(rows * 256);
    }
    void append(qint64 accountId, const Verdict& v, QByteArrayView tool, QByteArrayView accountKey, bool withHash)
    {
        Row& row = m_rows.emplace_back();
        row.accountId = accountId;
        row.identityId = v.identityId;
        row.accountHash = withHash ? Rollcall::accountHash(tool, accountKey) : 0;
        row.cls = v.cls;
        row.confidence = v.confidence;
        row.risk = v.risk;
        row.accountKey = add(accountKey);
        row.rule = add(v.rule);
        row.explanation = add(v.explanation);
        row.candidates = add(v.candidates);
        row.factors = {m_bytes.size(), 0};
        v.appendRiskFactorsJson(m_bytes);
        row.factors.size = m_bytes.size() - row.factors.offset;
        row.recommendation = add(v.recommendation);
        row.suggestions = add(v.suggestions);
        row.matchedValue = add(v.matchedValue);
    }
    const std::vector<Row>& rows() const { return m_rows; }
    QByteArrayView text(Text t) const { return QByteArrayView(m_bytes.constData() + t.offset, t.size); }

private:
    Text add(QByteArrayView utf8)
    {
        const Text t{m_bytes.size(), utf8.size()};
        m_bytes.append(utf8);
        return t;
    }
    Text add(QStringView text)
    {
        const qsizetype at = m_bytes.size();
        m_bytes.resize(at + m_encoder.requiredSpace(text.size()));
        char* end = m_encoder.appendToBuffer(m_bytes.data() + at, text);
        m_bytes.resize(end - m_bytes.constData());
        return {at, m_bytes.size() - at};
    }
    Text add(const QStringList& lines) // as lines.join('\n')
    {
        const qsizetype at = m_bytes.size();
        for (qsizetype i = 0; i < lines.size(); ++i) {
            if (i > 0)
                m_bytes.append('\n');
            add(QStringView(lines.at(i)));
        }
        return {at, m_bytes.size() - at};
    }

    std::vector<Row> m_rows;
    QByteArray m_bytes;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

class LinkWriter
{
public:
    bool prepare(const QSqlDatabase& db, const QString& now, const QString& fingerprint)
    {
        m_now = now.toUtf8();
        m_fingerprint = fingerprint.toUtf8();
        for (AccountClass c : allAccountClasses())
            m_classNames[size_t(c)] = accountClassName(c).toUtf8();
        return m_insert.prepare(db,
                                QStringLiteral("INSERT INTO link (account_id, identity_id, class, rule, confidence, "
                                               "explanation, candidates, risk, risk_factors, reconciled_at, "
                                               "recommendation, suggestions, matched_value, fingerprint) "
                                               "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    }
    bool write(const VerdictRows& rows, const VerdictRows::Row& row)
    {
        int i = 1;
        m_insert.bind(i++, row.accountId);
        if (row.identityId)
            m_insert.bind(i++, row.identityId);
        else
            m_insert.bindNull(i++);
        m_insert.bind(i++, m_classNames[size_t(row.cls)]);
        m_insert.bindUtf8(i++, rows.text(row.rule));
        m_insert.bindDouble(i++, row.confidence);
        m_insert.bindUtf8(i++, rows.text(row.explanation));
        m_insert.bindUtf8(i++, rows.text(row.candidates));
        m_insert.bind(i++, qint64(row.risk));
        m_insert.bindUtf8(i++, rows.text(row.factors));
        m_insert.bind(i++, m_now);
        m_insert.bindUtf8(i++, rows.text(row.recommendation));
        m_insert.bindUtf8(i++, rows.text(row.suggestions));
        m_insert.bindUtf8(i++, rows.text(row.matchedValue));
        m_insert.bind(i++, m_fingerprint);
        return m_insert.step();
    }
    QString errorString() const { return describeSqlError(m_insert.errorCode(), m_insert.errorString()); }

private:
    SqliteStatement m_insert;
    QByteArray m_now, m_fingerprint;
    std::array<QByteArray, size_t(AccountClass::Ambiguous) + 1> m_classNames;
};
} // namespace

bool Reconciler::rejudge(qint64 accountId, const QString& tool, const AccountRecord& account)
{
    QSqlDatabase db = m_store.database();
    if (!db.transaction())
        return fail(db.lastError().text());
    QSqlQuery clear(db);
    clear.prepare(QStringLiteral("DELETE FROM link WHERE account_id = ?"));
    clear.addBindValue(accountId);
    LinkWriter writer;
    VerdictRows verdict;
    verdict.append(accountId, judge(tool, account), {}, account.accountKey.toUtf8(), false);
    if (!clear.exec() || !writer.prepare(db, formatIsoTimestamp(Clock::nowUtc()), fingerprint()) ||
        !writer.write(verdict, verdict.rows().front())) {
        const QString message = clear.lastError().isValid() ? clear.lastError().text() : writer.errorString();
        db.rollback();
        return fail(message);
    }
    if (!db.commit())
        return fail(db.lastError().text());
    return true;
}

bool Reconciler::run(ReconcileReport& report)
{
    report = {};
    PhaseTimer timer("reconcile");
    const QString print = fingerprint();
    const QDateTime judgedAt = Clock::nowUtc(); // every verdict of the run is as of one instant
    const QString now = formatIsoTimestamp(judgedAt);
    QSqlDatabase db = m_store.database();
    // The snapshots as they stand: a new import (or a removed snapshot) changes this.
    QString snapshots;
    {
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT count(*), COALESCE(MAX(id), 0) FROM snapshot")) && q.next())
            snapshots = q.value(0).toString() + QLatin1Char('/') + q.value(1).toString();
        if (q.exec(QStringLiteral("SELECT counts, fingerprint, snapshots, identities FROM reconcile_run ORDER BY id "
                                  "DESC LIMIT 1")) &&
            q.next()) {
            const QJsonObject counts = QJsonDocument::fromJson(q.value(0).toString().toUtf8()).object();
            for (AccountClass c : allAccountClasses())
                report.previousCounts.insert(c, counts.value(accountClassName(c)).toInteger());
            // Same snapshots, same directory, rules, manual links and day as the last run: every verdict stands.
            if (!snapshots.isEmpty() && q.value(1).toString() == print && q.value(2).toString() == snapshots) {
                report.counts = report.previousCounts;
                for (qint64 n : std::as_const(report.counts))
                    report.accounts += n;
                report.identities = q.value(3).toLongLong();
                timer.phase("nothing changed since the last run");
                return true;
            }
        }
    }
    if (!loadIdentities())
        return false;
    timer.phase("identities loaded");
    report.identities = m_index->identities.size();

    // Every verdict names an account just read and an identity just loaded, and its class and
    // recommendation come from the program's own lists: checking the foreign keys again per row doubles
    // the cost of writing a million verdicts, and the CHECK constraints add a twentieth. Both back on when
    // the run ends.
    QSqlQuery pragma(db);
    pragma.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    pragma.exec(QStringLiteral("PRAGMA ignore_check_constraints = ON"));
    struct ChecksBackOn
    {
        QSqlDatabase db;
        ~ChecksBackOn()
        {
            QSqlQuery q(db);
            q.exec(QStringLiteral("PRAGMA ignore_check_constraints = OFF"));
            q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        }
    } checksBackOn{db};
    const Store::BulkWrite bulkWrite(m_store); // a million verdicts: written once, not through the WAL
    if (!db.transaction())
        return fail(tr("cannot start reconciling: %1").arg(describeSqlError(db.lastError())));
    auto abort = [&](const QString& message) {
        db.rollback();
        return fail(message);
    };
    // Earlier verdicts of the accounts about to be judged (same tool and key, any snapshot), to say what changed:
    // first those about to be cleared, then, once there is something to judge, those of older snapshots.
    // Keyed by a 64-bit hash of tool and key: a million strings would cost more than the run's counts are worth.
    QHash<quint64, AccountClass> previous;
    QString previousError;
    auto loadPrevious = [&](const QString& where) {
        if (report.previousCounts.isEmpty())
            return true; // never reconciled: nothing to compare with
        SqliteStatement q;
        if (q.prepare(db, QStringLiteral("SELECT a.tool, a.account_key, l.class FROM link l JOIN account a ON a.id = "
                                         "l.account_id WHERE %1 ORDER BY l.account_id")
                              .arg(where))) {
            if (where.contains(QLatin1Char('?')))
                q.bind(1, print);
            while (q.next()) {
                if (const auto cls = accountClassFromName(QString::fromLatin1(q.utf8(2))))
                    previous.insert(accountHash(q.utf8(0), q.utf8(1)), *cls);
            }
        }
        previousError = q.errorString();
        return previousError.isEmpty();
    };
    // Verdicts in account order, which is snapshot order, so the latest wins; "+" keeps SQLite reading both
    // tables in rowid order instead of going through the snapshot index first.
    const QString inCurrent = QStringLiteral("+a.snapshot_id IN (SELECT id FROM current_snapshot)");
    if (!loadPrevious(QStringLiteral("l.fingerprint <> ? AND ") + inCurrent))
        return abort(tr("cannot read the previous verdicts: %1").arg(previousError));
    timer.phase("verdicts about to be cleared read");
    QSqlQuery clear(db);
    // Correlated, not `account_id IN (every current account)`: that list would be built even when no
    // verdict is out of date.
    clear.prepare(QStringLiteral(
        "DELETE FROM link WHERE fingerprint <> ? AND EXISTS (SELECT 1 FROM account a WHERE a.id = link.account_id "
        "AND a.snapshot_id IN (SELECT id FROM current_snapshot))"));
    clear.addBindValue(print);
    if (!clear.exec())
        return abort(tr("cannot clear old verdicts: %1").arg(clear.lastError().text()));
    timer.phase("out-of-date verdicts cleared");

    // Where no current account can have a verdict in force (none at or after the first of them: a first
    // run, or new snapshots of every tool), the accounts are read without looking for one each.
    bool anyKept = true;
    {
        QSqlQuery kept(db);
        if (kept.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM link WHERE account_id >= (SELECT MIN(x.id) FROM "
                                     "account x WHERE x.snapshot_id IN (SELECT id FROM current_snapshot WHERE "
                                     "source_kind = 'tool')))")) &&
            kept.next())
            anyKept = kept.value(0).toBool();
    }
    SqliteStatement pending;
    if (!pending.prepare(db,
                         QStringLiteral("SELECT %1, %2 WHERE %3 ORDER BY a.id")
                             .arg(QLatin1String(AccountColumns),
                                  anyKept ? QStringLiteral("l.class FROM account a LEFT JOIN link l ON "
                                                           "l.account_id = a.id")
                                          : QStringLiteral("NULL FROM account a"),
                                  currentRows(QStringLiteral("account"), QStringLiteral("a"), QStringLiteral("tool")))))
        return abort(tr("cannot read accounts: %1").arg(pending.errorString()));

    LinkWriter writer;
    if (!writer.prepare(db, now, print))
        return abort(tr("cannot prepare the verdicts: %1").arg(writer.errorString()));
    // Judging runs on a second thread, a batch at a time, while this one reads the next batch and
    // stores the verdicts of the last: the connection stays on this thread, the judge touches none.
    // Rows cross as copied bytes: turning them into strings and dates is the judge's work, as storing
    // the verdicts keeps this thread the busier one.
    struct Batch
    {
        CopiedAccounts rows;
        qsizetype size = 0;
    };
    constexpr qsizetype BatchSize = 4096;
    bool exhausted = false; // stepping a finished statement would start it again
    // Every current account comes by: those with a verdict still in force are only counted (their class is the
    // last column), the others are judged; together they are the run's counts, without a second pass.
    constexpr int KeptClassColumn = AccountColumnCount;
    QMap<AccountClass, qint64> tally;
    auto read = [&](Batch& batch) {
        batch.rows.clear();
        batch.size = 0;
        while (!exhausted && batch.size < BatchSize && !(exhausted = !pending.next())) {
            if (!pending.isNull(KeptClassColumn)) {
                if (const auto cls = accountClassFromName(QString::fromLatin1(pending.utf8(KeptClassColumn))))
                    ++tally[*cls];
                continue;
            }
            batch.size = batch.rows.append(pending) + 1;
        }
    };
    bool withHash = false; // a hash of each account's tool and key, to find its previous verdict
    StretchTimer reading, storing, waiting, judging; // for the timing log
    auto judgeAll = [this, &withHash, &judgedAt, &judging](const Batch* batch, VerdictRows* judged) {
        const auto stretch = judging.measure();
        judged->clear(batch->size);
        AccountRecord account;
        for (qsizetype i = 0; i < batch->size; ++i) {
            const CopiedAccounts::Row row(batch->rows, i);
            const QString tool = row.text(1);
            readAccount(row, account);
            judged->append(row.integer(0), judge(tool, account, false, judgedAt), row.utf8(1), row.utf8(2), withHash);
        }
    };
    Batch current, next;
    read(current);
    if (current.size > 0) {
        const QHash<quint64, AccountClass> cleared = std::exchange(previous, {});
        if (!loadPrevious(QStringLiteral("NOT ") + inCurrent))
            return abort(tr("cannot read the previous verdicts: %1").arg(previousError));
        previous.insert(cleared); // the latest verdict of each account
        withHash = !previous.isEmpty();
    }
    std::array<qint64, size_t(AccountClass::Ambiguous) + 1> judgedClasses{};
    std::array<VerdictRows, 2> verdicts; // one being judged into while the other is stored
    size_t judgingInto = 0;
    std::future<void> judged;
    if (current.size > 0)
        judged = std::async(std::launch::async, judgeAll, &current, &verdicts[judgingInto]);
    while (judged.valid()) {
        {
            const auto stretch = reading.measure();
            read(next);
        }
        {
            const auto stretch = waiting.measure();
            judged.get();
        }
        const VerdictRows& done = verdicts[judgingInto];
        std::swap(current, next);
        judgingInto ^= 1;
        if (current.size > 0)
            judged = std::async(std::launch::async, judgeAll, &current, &verdicts[judgingInto]);
        const auto stretch = storing.measure();
        for (const VerdictRows::Row& v : done.rows()) {
            if (!writer.write(done, v))
                return abort(tr("cannot store the verdict for %1: %2")
                                 .arg(QString::fromUtf8(done.text(v.accountKey)), writer.errorString()));
            ++judgedClasses[size_t(v.cls)];
            if (!withHash)
                continue;
            const auto before = previous.constFind(v.accountHash);
            if (before == previous.constEnd())
                ++report.firstClassified;
            else if (*before != v.cls)
                ++report.changedClass;
        }
        report.evaluated += qint64(done.rows().size());
    }
    if (!withHash)
        report.firstClassified = report.evaluated; // nothing was classified before
    for (AccountClass c : allAccountClasses())
        tally[c] += judgedClasses[size_t(c)];
    if (!pending.errorString().isEmpty())
        return abort(tr("cannot read accounts: %1").arg(pending.errorString()));
    pending.finalize();
    qCDebug(lcTiming,
            "reconcile: accounts: reading them %lld ms, storing verdicts %lld ms, waiting for the judge %lld ms; "
            "judging them %lld ms on a second thread",
            reading.milliseconds(), storing.milliseconds(), waiting.milliseconds(), judging.milliseconds());
    timer.phase("accounts judged and verdicts stored");

    QJsonObject countsJson;
    for (AccountClass c : allAccountClasses()) {
        if (const qint64 n = tally.value(c)) {
            report.counts[c] = n;
            report.accounts += n;
            countsJson.insert(accountClassName(c), n);
        }
    }
    QSqlQuery run(db);
    run.prepare(QStringLiteral("INSERT INTO reconcile_run (at, accounts, identities, counts, fingerprint, snapshots) "
                               "VALUES (?, ?, ?, ?, ?, ?)"));
    run.addBindValue(now);
    run.addBindValue(report.accounts);
    run.addBindValue(report.identities);
    run.addBindValue(QString::fromUtf8(QJsonDocument(countsJson).toJson(QJsonDocument::Compact)));
    run.addBindValue(print);
    run.addBindValue(snapshots);
    if (!run.exec())
        return abort(tr("cannot record the run: %1").arg(run.lastError().text()));
    if (!db.commit())
        return abort(
            tr("cannot commit the verdicts: %1; the previous verdicts stand").arg(describeSqlError(db.lastError())));
    timer.phase("committed");
    return true;
}

} // namespace Rollcall
