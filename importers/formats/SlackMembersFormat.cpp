// SPDX-License-Identifier: GPL-3.0-or-later
// Slack "Export member list" CSV (workspace admin): username,email,status,billing-active,has-2fa,has-sso,userid,
// fullname,displayname and, since about 2020, expiration-timestamp (a guest's expiry). `status` is the account type.
#include "CsvFormat.h"

#include <QRegularExpression>

namespace Rollcall {

const Format* slackMembersFormat();

namespace {

struct Status
{
    const char* name; // normalised: lower case, single spaces, no hyphens
    const QString* privilege;
    const QString* state;
};
// Enterprise Grid adds the Org roles. A deactivated account keeps no access.
const Status Statuses[] = {
    {"primary owner", &Privilege::Owner, &ToolState::Active},
    {"org primary owner", &Privilege::Owner, &ToolState::Active},
    {"owner", &Privilege::Owner, &ToolState::Active},
    {"org owner", &Privilege::Owner, &ToolState::Active},
    {"workspace owner", &Privilege::Owner, &ToolState::Active},
    {"admin", &Privilege::Admin, &ToolState::Active},
    {"org admin", &Privilege::Admin, &ToolState::Active},
    {"workspace admin", &Privilege::Admin, &ToolState::Active},
    {"member", &Privilege::Member, &ToolState::Active},
    {"full member", &Privilege::Member, &ToolState::Active},
    {"bot", &Privilege::Member, &ToolState::Active},
    {"app", &Privilege::Member, &ToolState::Active},
    {"multi channel guest", &Privilege::Member, &ToolState::Guest},
    {"single channel guest", &Privilege::Member, &ToolState::Guest},
    {"guest", &Privilege::Member, &ToolState::Guest},
    {"invited member", &Privilege::Member, &ToolState::Invited},
    {"invited", &Privilege::Member, &ToolState::Invited},
    {"deactivated", &Privilege::None, &ToolState::Deactivated},
    {"deactivated member", &Privilege::None, &ToolState::Deactivated},
};

const Status* status(const QString& value)
{
    const QString n = value.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')).simplified();
    for (const Status& s : Statuses) {
        if (n == QLatin1String(s.name))
            return &s;
    }
    return nullptr;
}

class SlackMembersFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(SlackMembersFormat)

public:
    QString id() const override { return QStringLiteral("slack-members"); }
    QString title() const override { return tr("Slack \"Export member list\" CSV"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override { return tr("CSV header with userid, status, billing-active and has-2fa"); }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"userid", "status", "billingactive", "has2fa"});
    }

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        static const QRegularExpression memberId(QStringLiteral("^[A-Z][A-Z0-9]{2,}$"));
        ParseError error;
        AccountRecord r;
        r.line = row.line();
        r.raw = row.text();
        if (!row.required("userid", r.accountKey, error))
            return session.fail(error);
        if (!memberId.match(r.accountKey).hasMatch())
            return session.fail(row.fieldError("userid", tr("a Slack member id such as U0123ABCDE")));
        r.login = row.value("username");
        r.email = row.value("email");
        r.displayName = row.value("fullname");
        if (r.displayName.isEmpty())
            r.displayName = row.value("displayname");

        r.toolRole = row.value("status");
        const Status* s = status(r.toolRole);
        if (!s) {
            return session.fail(row.fieldError(
                "status", tr("Primary Owner, Owner, Admin, Member, Multi-Channel Guest, Single-Channel Guest, "
                             "Invited Member, Deactivated or Bot")));
        }
        r.privilege = *s->privilege;
        r.state = *s->state;

        std::optional<bool> billing, twoFactor, sso;
        if (!row.boolean("billingactive", billing, error) || !row.boolean("has2fa", twoFactor, error) ||
            !row.boolean("hassso", sso, error))
            return session.fail(error);
        // With SSO the identity provider asks for the second factor: Slack's own 2FA says nothing then.
        if (twoFactor.value_or(false) || !sso.value_or(false))
            r.mfa = twoFactor;

        if (!readExpiry(row, r, error))
            return session.fail(error);
        return session.addAccount(r);
    }

private:
    // Unix seconds (milliseconds accepted), or an ISO 8601 date or timestamp; empty or 0 for no expiry.
    static bool readExpiry(const CsvRow& row, AccountRecord& r, ParseError& error)
    {
        const QString v = row.value("expirationtimestamp");
        if (v.isEmpty() || v == QLatin1String("0"))
            return true;
        bool number = false;
        const qint64 epoch = v.toLongLong(&number);
        std::optional<QDateTime> at;
        if (number && epoch > 0) {
            at = epoch > 100000000000LL ? QDateTime::fromMSecsSinceEpoch(epoch, Qt::UTC)
                                        : QDateTime::fromSecsSinceEpoch(epoch, Qt::UTC);
        } else if (const QDate date = QDate::fromString(v, Qt::ISODate); date.isValid()) {
            r.stateExpiry = date;
            return true;
        } else {
            at = CsvRow::parseTimestamp(v, {});
        }
        if (!at) {
            error = row.fieldError("expirationtimestamp", tr("a Unix timestamp in seconds or an ISO 8601 date"));
            return false;
        }
        r.stateExpiry = at->date();
        return true;
    }
};

} // namespace

const Format* slackMembersFormat()
{
    static const SlackMembersFormat format;
    return &format;
}

} // namespace Rollcall
