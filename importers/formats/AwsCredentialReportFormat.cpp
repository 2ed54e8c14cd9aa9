// SPDX-License-Identifier: GPL-3.0-or-later
// AWS IAM credential report: `+00:00` and `Z` timestamps, `<root_account>`, N/A / no_information / not_supported.
#include "CsvFormat.h"
#include "formats/Formats.h"

namespace Rollcall {

namespace {

class AwsCredentialReportFormat : public CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(AwsCredentialReportFormat)

public:
    QString id() const override { return QStringLiteral("aws-iam-credential-report"); }
    QString title() const override { return tr("AWS IAM credential report CSV"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override
    {
        return tr("CSV header with user, arn, password_enabled, mfa_active and access_key_1_active");
    }
    bool detect(const Sniff& sniff) const override
    {
        return hasAll(sniff, {"user", "arn", "passwordenabled", "mfaactive", "accesskey1active"});
    }

protected:
    bool readRow(const CsvRow& row, ImportSession& session) const override
    {
        static const QStringList sentinels = {QStringLiteral("N/A"), QStringLiteral("no_information"),
                                              QStringLiteral("not_supported")};
        ParseError error;
        AccountRecord r;
        r.line = row.line();
        r.raw = row.text();
        if (!row.required("user", r.login, error) || !row.required("arn", r.accountKey, error))
            return session.fail(error);
        if (!r.accountKey.startsWith(QLatin1String("arn:")))
            return session.fail(row.fieldError("arn", tr("an ARN such as arn:aws:iam::123456789012:user/name")));
        const bool root = r.login == QLatin1String("<root_account>");
        // The report has no policies: only the root user's privilege is known.
        r.privilege = root ? Privilege::Owner : QString();
        r.toolRole = root ? QStringLiteral("root") : QString();

        std::optional<bool> password, mfa, key1, key2;
        std::optional<QDateTime> passwordUsed, key1Used, key2Used, key1Rotated, key2Rotated;
        if (!row.boolean("passwordenabled", password, error, sentinels) || !row.boolean("mfaactive", mfa, error) ||
            !row.boolean("accesskey1active", key1, error) || !row.boolean("accesskey2active", key2, error) ||
            !row.timestamp("usercreationtime", r.created, error, sentinels) ||
            !row.timestamp("passwordlastused", passwordUsed, error, sentinels) ||
            !row.timestamp("accesskey1lastuseddate", key1Used, error, sentinels) ||
            !row.timestamp("accesskey2lastuseddate", key2Used, error, sentinels) ||
            !row.timestamp("accesskey1lastrotated", key1Rotated, error, sentinels) ||
            !row.timestamp("accesskey2lastrotated", key2Rotated, error, sentinels))
            return session.fail(error);
        // Access keys: how many are active, how many of those were never used, and the oldest one's age.
        const struct
        {
            bool active;
            const std::optional<QDateTime>& used;
            const std::optional<QDateTime>& rotated;
        } keys[] = {{key1.value_or(false), key1Used, key1Rotated}, {key2.value_or(false), key2Used, key2Rotated}};
        for (const auto& key : keys) {
            if (!key.active)
                continue;
            ++r.keysActive;
            if (!key.used)
                ++r.keysUnused;
            if (key.rotated && (!r.oldestKeyRotated || *key.rotated < *r.oldestKeyRotated))
                r.oldestKeyRotated = key.rotated;
        }
        r.mfa = mfa;
        // Activity through the console or either access key: the latest of the three.
        for (const auto& used : {passwordUsed, key1Used, key2Used}) {
            if (used && (!r.lastActivity || *used > *r.lastActivity))
                r.lastActivity = used;
        }
        r.neverUsed = !r.lastActivity;
        if (r.neverUsed)
            r.lastActivityRaw = row.value("passwordlastused");
        return session.addAccount(r);
    }
};

} // namespace

const Format* awsCredentialReportFormat()
{
    static const AwsCredentialReportFormat format;
    return &format;
}

} // namespace Rollcall
