// SPDX-License-Identifier: GPL-3.0-or-later
// Jenkins people list: GET /asynchPeople/api/json (older /people/api/json), plain or with ?depth=1 or
// ?tree=users[lastChange,user[id,fullName,absoluteUrl,...]] (jenkins.md §1).
#include "JsonFormat.h"
#include "formats/Formats.h"

#include <QJsonDocument>
#include <QUrl>

namespace Rollcall {

// JsonFormat::read, with UTF-16 and duplicate keys handled (JsonFormats.cpp).
bool readJsonExport(const JsonFormat& format, QIODevice& device, ImportSession& session);

namespace {

class JenkinsPeopleFormat : public JsonFormat
{
    Q_DECLARE_TR_FUNCTIONS(JenkinsPeopleFormat)

public:
    QString id() const override { return QStringLiteral("jenkins-people"); }
    QString title() const override { return tr("Jenkins people JSON (/asynchPeople/api/json)"); }
    SourceKind kind() const override { return SourceKind::Tool; }
    QString detectionRule() const override { return tr("JSON with the keys users, user and absoluteUrl"); }
    bool detect(const Sniff& sniff) const override { return hasKeys(sniff, {"users", "user", "absoluteUrl"}); }
    bool read(QIODevice& device, ImportSession& session) const override
    {
        return readJsonExport(*this, device, session);
    }

protected:
    bool readDocument(const QJsonDocument& document, ImportSession& session) const override
    {
        const QJsonValue users = document.object().value(QLatin1String("users"));
        if (!document.isObject() || !users.isArray()) {
            return session.fail({0, 0, tr("expected an object with a users array, as /asynchPeople/api/json returns"),
                                 QStringLiteral("$")});
        }
        return forEachObject(users.toArray(), QStringLiteral("$.users"), session,
                             [&](const JsonRecord& record) { return readPerson(record, session); });
    }

private:
    bool readPerson(const JsonRecord& record, ImportSession& session) const
    {
        ParseError error;
        AccountRecord r;
        r.jsonPath = record.path();
        r.raw = record.raw();
        if (!record.value(QStringLiteral("user")).isObject())
            return session.fail(
                record.fieldError(QStringLiteral("user"), tr("an object with absoluteUrl and fullName")));
        // user.id comes with depth=1 or tree=; otherwise the id is the last segment of absoluteUrl.
        r.login = record.string(QStringLiteral("user.id"));
        if (r.login.isEmpty()) {
            QString url;
            if (!record.required(QStringLiteral("user.absoluteUrl"), url, error))
                return session.fail(error);
            const QUrl parsed(url);
            const QString path = parsed.path(QUrl::FullyDecoded);
            const qsizetype user = path.lastIndexOf(QLatin1String("/user/"));
            if (!parsed.isValid() || user < 0 || path.endsWith(QLatin1String("/user/"))) {
                return session.fail(record.fieldError(QStringLiteral("user.absoluteUrl"),
                                                      tr("a user URL such as https://ci.example/user/jdoe")));
            }
            r.login = path.mid(user + 6);
            if (r.login.endsWith(QLatin1Char('/')))
                r.login.chop(1);
        }
        // Jenkins' default id strategy is case-insensitive: "JDoe" and "jdoe" are one user.
        r.accountKey = r.login.toLower();
        r.displayName = record.string(QStringLiteral("user.fullName"));
        // With depth=1 the user's properties come along; the Mailer property holds the e-mail address.
        for (const QJsonValue& property : record.value(QStringLiteral("user.property")).toArray()) {
            const QJsonObject p = property.toObject();
            if (p.value(QLatin1String("_class")).toString() == QLatin1String("hudson.tasks.Mailer$UserProperty"))
                r.email = p.value(QLatin1String("address")).toString().trimmed();
        }
        // The list says nothing about permissions: privilege stays unknown rather than guessed.
        // lastChange is the user's last SCM change seen in a build, not a sign-in; null when none was seen.
        if (!record.timestamp(QStringLiteral("lastChange"), r.lastActivity, error))
            return session.fail(error);
        if (!r.lastActivity)
            r.lastActivityRaw = QStringLiteral("No SCM change seen");
        return session.addAccount(r);
    }
};

} // namespace

const Format* jenkinsPeopleFormat()
{
    static const JenkinsPeopleFormat format;
    return &format;
}

} // namespace Rollcall
