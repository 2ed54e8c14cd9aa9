// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <functional>
#include <optional>

namespace Rollcall {

// What a reviewer decides about one account in a campaign.
enum class DecisionKind
{
    Reconcile, // link the account to its owner in the directory (also recorded as a manual link)
    Certify,   // keep it: owner, business purpose, expiry (break-glass: and a rotation date)
    Expire,    // access ends on a date
    Remove,    // revoke now
    Reassign,  // hand the account to another reviewer
    NeedsInfo, // cannot decide yet: what is missing
    Undo,      // supersede the decision in force; the one before it (if any) is in force again
};

QString decisionKindName(DecisionKind kind); // "reconcile", ..., "needs-info", "undo"
std::optional<DecisionKind> decisionKindFromName(const QString& name);
QList<DecisionKind> allDecisionKinds();
// Reconcile, certify, expire and remove settle an account; the others do not.
bool isFinalDecision(DecisionKind kind);

// Attestations that are not about one account.
namespace CampaignEvent {
inline const QString Start = QStringLiteral("campaign-start");
inline const QString Close = QStringLiteral("campaign-close");
} // namespace CampaignEvent

// One entry of the append-only attestation log: who decided what about which account, when, and
// the hash of the entry before it.
//
// Canonical serialisation (version 1), the bytes whose SHA-256 (lower-case hex) is `hash`:
// the UTF-8 encoding of one JSON object with exactly these eleven members, in this order (their
// names sorted by code unit), with no whitespace anywhere:
//
//   {"account":S,"at":S,"campaign":S,"decision":S,"fields":F,"prev":S,"reviewer":S,"seq":N,
//    "supersedes":N|null,"tool":S,"v":1}
//
//   account     the account's stable key in its tool ("" for campaign-start/close)
//   at          UTC time, "yyyy-MM-ddTHH:mm:ssZ"
//   campaign    the campaign name
//   decision    reconcile, certify, expire, remove, reassign, needs-info, undo, campaign-start, campaign-close
//   fields      a JSON object whose members are all strings, names sorted by UTF-16 code unit
//   prev        the previous attestation's hash; 64 zeros for the first one
//   reviewer    the reviewer's e-mail, lower case
//   seq         the position in the log, 1, 2, 3, ... without gaps
//   supersedes  the seq of the attestation this one replaces or undoes, else null
//   tool        the tool instance ("" for campaign-start/close)
//
// Strings (S) are written as in RFC 8785 (JSON Canonicalization Scheme): " and \ escaped with a
// backslash, U+0008/09/0A/0C/0D as \b \t \n \f \r, any other character below U+0020 as \u00xx (lower
// case hex), every other character as itself in UTF-8 (no \u escapes, "/" not escaped). Numbers (N)
// are decimal integers. The same bytes come out of Python's
// json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).
struct Attestation
{
    qint64 seq = 0;
    qint64 campaignId = 0; // not hashed: `campaign` (the unique name) is
    QString campaign;
    QString tool;
    QString accountKey;
    QString decision;
    QString reviewer;
    QString at;
    QString fields = QStringLiteral("{}"); // canonical JSON object text, see canonicalFields()
    std::optional<qint64> supersedes;
    QString prevHash;
    QString hash;

    QByteArray canonical() const;
    // The canonical form with the `hash` member added in its sorted place (between fields and prev): one
    // line of an evidence bundle's decisions.jsonl.
    QByteArray canonicalRecord() const;
    // Reads such a line back. False with `error` set when it is not an object with exactly those twelve
    // members of the right types; whether it is canonical and its hash right is for the caller to check.
    [[nodiscard]] static bool fromRecord(const QByteArray& line, Attestation& out, QString& error);
    QString computeHash() const; // SHA-256 of canonical(), lower-case hex
    QMap<QString, QString> fieldMap() const;
    QString field(const QString& name) const { return fieldMap().value(name); }
};

// 64 zeros: the `prev` of the first attestation.
QString genesisHash();
// A JSON string as the canonical form writes it, quotes included.
QString canonicalJsonString(const QString& value);
// A JSON object of strings as the canonical form writes it.
QString canonicalFields(const QMap<QString, QString>& fields);
QString sha256Hex(const QByteArray& bytes);

// Reads and appends to the log on one connection.
class AttestationLog
{
    Q_DECLARE_TR_FUNCTIONS(AttestationLog)

public:
    explicit AttestationLog(const QSqlDatabase& db)
        : m_db(db)
    {}

    // Inside a write transaction (BEGIN IMMEDIATE, so nobody appends in between): sets seq, prevHash
    // and hash from the current head, then inserts. False with errorString() set.
    [[nodiscard]] bool append(Attestation& attestation);
    // Attestations in log order; `where` is an SQL condition on the attestation table with `?` bound to
    // `values` in order (empty: all of them).
    [[nodiscard]] bool read(QList<Attestation>& out, const QString& where = {}, const QVariantList& values = {});
    // The same, one at a time, without holding the log in memory; `visit` returns false to stop.
    [[nodiscard]] bool forEach(const std::function<bool(const Attestation&)>& visit, const QString& where = {},
                               const QVariantList& values = {});
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    QString m_error;
};

// BEGIN IMMEDIATE ... COMMIT on a Qt connection: takes the write lock at the start, so a reader that
// becomes a writer never fails half-way with SQLITE_BUSY; waits up to the busy timeout for it.
class WriteTransaction
{
public:
    explicit WriteTransaction(const QSqlDatabase& db);
    ~WriteTransaction(); // rolls back unless committed
    Q_DISABLE_COPY_MOVE(WriteTransaction)
    [[nodiscard]] bool begin();
    [[nodiscard]] bool commit();
    void rollback();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

} // namespace Rollcall
