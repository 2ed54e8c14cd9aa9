// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reconciler.h"

#include "store/Store.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace Rollcall {

namespace {

struct Identity
{
    qint64 id = 0;
    QString primary; // the owner shown to reviewers: mail, else UPN
    QString name;
    IdentityStatus status = IdentityStatus::Active;
    bool guest = false;
};

QString localPart(const QString& normalisedEmail)
{
    const qsizetype at = normalisedEmail.indexOf(QLatin1Char('@'));
    return at > 0 ? normalisedEmail.left(at) : QString();
}

void addUnique(QHash<QString, QList<int>>& map, const QString& key, int identity)
{
    if (key.isEmpty())
        return;
    QList<int>& list = map[key];
    if (!list.contains(identity))
        list.append(identity);
}

bool isPrivileged(const QString& privilege)
{
    static const QStringList privileged = {QStringLiteral("owner"), QStringLiteral("admin"), QStringLiteral("billing")};
    return privileged.contains(privilege.toLower());
}

} // namespace

struct Reconciler::Index
{
    QList<Identity> identities;
    QHash<QString, QList<int>> byEmail;
    QHash<QString, QList<int>> bySecondaryEmail;
    QHash<QString, QList<int>> byLocalPart;
    GlobMatcher service;
    explicit Index(const Rules& rules)
        : service(rules.servicePatterns)
    {}
};

Reconciler::Reconciler(Store& store, const Rules& rules)
    : m_store(store)
    , m_rules(rules)
    , m_index(new Index(rules))
{}

Reconciler::~Reconciler()
{
    delete m_index;
}

bool Reconciler::fail(const QString& message)
{
    m_error = message;
    return false;
}

bool Reconciler::loadIdentities()
{
    delete m_index;
    m_index = new Index(m_rules);
    QSqlQuery q(m_store.database());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT i.id, i.email, i.upn, i.other_emails, i.display_name, i.status, i.guest "
                               "FROM identity i JOIN current_snapshot s ON s.id = i.snapshot_id "
                               "WHERE s.source_kind = 'directory' ORDER BY i.id")))
        return fail(tr("cannot read identities: %1").arg(q.lastError().text()));
    while (q.next()) {
        Identity identity;
        identity.id = q.value(0).toLongLong();
        const QString mail = m_rules.normaliseEmail(q.value(1).toString());
        const QString upnRaw = q.value(2).toString();
        // A guest's UPN (name_home.com#EXT#@tenant) is nobody's address.
        const QString upn =
            upnRaw.contains(QLatin1String("#EXT#"), Qt::CaseInsensitive) ? QString() : m_rules.normaliseEmail(upnRaw);
        identity.primary = q.value(1).toString().trimmed().isEmpty() ? upnRaw.trimmed().toLower()
                                                                     : q.value(1).toString().trimmed().toLower();
        identity.name = q.value(4).toString();
        identity.status = identityStatusFromName(q.value(5).toString()).value_or(IdentityStatus::Active);
        identity.guest = q.value(6).toInt() != 0;
        const int index = int(m_index->identities.size());
        m_index->identities.append(identity);
        for (const QString& email : {mail, upn}) {
            addUnique(m_index->byEmail, email, index);
            if (m_rules.corporateDomains.isEmpty() || m_rules.isCorporateDomain(email))
                addUnique(m_index->byLocalPart, localPart(email), index);
        }
        for (const QString& other : q.value(3).toString().split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            addUnique(m_index->bySecondaryEmail, m_rules.normaliseEmail(other), index);
    }
    return true;
}

Verdict Reconciler::judge(const QString& tool, const AccountRecord& account) const
{
    const Index& ix = *m_index;
    Verdict v;
    const QString email = m_rules.normaliseEmail(account.email);
    const QString loginEmail = m_rules.normaliseEmail(account.login);
    auto describe = [&](int i) {
        const Identity& id = ix.identities.at(i);
        return id.name.isEmpty() ? id.primary : QStringLiteral("%1 <%2>").arg(id.name, id.primary);
    };
    QStringList tried;

    // 1. Declared break-glass accounts.
    for (const BreakGlassEntry& entry : m_rules.breakGlass) {
        if (entry.tool.compare(tool, Qt::CaseInsensitive) != 0)
            continue;
        if (entry.account.compare(account.accountKey, Qt::CaseInsensitive) != 0 &&
            entry.account.compare(account.login, Qt::CaseInsensitive) != 0)
            continue;
        v.cls = AccountClass::BreakGlass;
        v.rule = QStringLiteral("break-glass");
        v.confidence = 1.0;
        const QList<int> owners = ix.byEmail.value(m_rules.normaliseEmail(entry.owner));
        if (owners.size() == 1) {
            v.identityId = ix.identities.at(owners.first()).id;
            v.explanation = tr("declared break-glass account in the rules; owner %1").arg(describe(owners.first()));
        } else {
            v.explanation =
                tr("declared break-glass account in the rules; its owner %1 is not in the directory").arg(entry.owner);
        }
        scoreRisk(v, account);
        return v;
    }

    // 2-4. E-mail, secondary e-mail, login: the first step with any candidate decides.
    struct Step
    {
        QString rule;
        QList<int> candidates;
        QString what;
        double confidence;
    };
    QList<Step> steps;
    auto candidates = [&](const QHash<QString, QList<int>>& map) {
        QList<int> found = map.value(email);
        for (int i : map.value(loginEmail)) {
            if (!found.contains(i))
                found.append(i);
        }
        return found;
    };
    if (!email.isEmpty() || !loginEmail.isEmpty()) {
        const QString shown = email.isEmpty() ? loginEmail : email;
        steps.append({QStringLiteral("email"), candidates(ix.byEmail), tr("e-mail %1").arg(shown), 1.0});
        steps.append({QStringLiteral("secondary-email"), candidates(ix.bySecondaryEmail),
                      tr("e-mail %1 among secondary addresses").arg(shown), 0.9});
    }
    const QString login = account.login.trimmed().toLower();
    if (!login.isEmpty() && !login.contains(QLatin1Char('@'))) {
        steps.append({QStringLiteral("login"), ix.byLocalPart.value(login),
                      tr("login '%1' as the local part of a corporate e-mail").arg(login), 0.7});
    }
    const Identity* owner = nullptr;
    for (const Step& step : steps) {
        if (step.candidates.isEmpty()) {
            tried.append(tr("%1: no identity").arg(step.what));
            continue;
        }
        v.rule = step.rule;
        v.confidence = step.confidence;
        if (step.candidates.size() > 1) {
            v.cls = AccountClass::Ambiguous;
            v.confidence = 0;
            for (int i : step.candidates)
                v.candidates.append(ix.identities.at(i).primary);
            v.explanation = tr("%1 matches %n identities: %2; a reviewer decides", nullptr, int(step.candidates.size()))
                                .arg(step.what, v.candidates.join(QLatin1String(", ")));
            break;
        }
        owner = &ix.identities.at(step.candidates.first());
        v.identityId = owner->id;
        v.explanation = tr("%1 matches %2").arg(step.what, describe(step.candidates.first()));
        break;
    }

    if (v.cls != AccountClass::Ambiguous) {
        const QString pattern =
            ix.service.firstMatch({account.login, account.accountKey, localPart(email), localPart(loginEmail)});
        if (!pattern.isEmpty()) {
            v.cls = AccountClass::Service;
            const QString why = tr("service account: matches the pattern '%1'").arg(pattern);
            v.explanation = owner ? why + QLatin1String("; ") + v.explanation : why;
            if (!owner)
                v.rule = QStringLiteral("service-pattern");
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
            v.explanation = tried.isEmpty() ? tr("no e-mail and no login to match") : tried.join(QLatin1String("; "));
        }
    }

    scoreRisk(v, account);
    return v;
}

void Reconciler::scoreRisk(Verdict& v, const AccountRecord& account) const
{
    // Risk: each factor with its points.
    QJsonArray factors;
    int risk = 0;
    auto add = [&](int points, const QString& factor) {
        risk += points;
        factors.append(QJsonObject{{QStringLiteral("points"), points}, {QStringLiteral("factor"), factor}});
    };
    if (isPrivileged(account.privilege))
        add(30, tr("privileged (%1)").arg(account.privilege));
    switch (v.cls) {
    case AccountClass::Orphaned:
        add(40, tr("owner has left or is disabled"));
        break;
    case AccountClass::Unmanaged:
        add(25, tr("no owner in the directory"));
        break;
    case AccountClass::Ambiguous:
        add(15, tr("owner not certain"));
        break;
    case AccountClass::External:
        add(10, tr("external account"));
        break;
    default:
        break;
    }
    if (account.mfa == std::optional<bool>(false))
        add(15, tr("no MFA"));
    if (v.cls != AccountClass::BreakGlass) {
        if (account.neverUsed) {
            add(10, tr("never used"));
        } else if (account.lastActivity) {
            const qint64 days = account.lastActivity->daysTo(Clock::nowUtc());
            if (days > m_rules.staleAfterDays)
                add(15, tr("no activity for %n day(s)", nullptr, int(days)));
        }
    }
    if (account.disabledInTool() && risk > 0)
        add(-std::min(risk, 20), tr("disabled in the tool"));
    v.risk = std::clamp(risk, 0, 100);
    v.riskFactors = QString::fromUtf8(QJsonDocument(factors).toJson(QJsonDocument::Compact));
}

bool Reconciler::run(ReconcileReport& report)
{
    report = {};
    if (!loadIdentities())
        return false;
    report.identities = m_index->identities.size();

    QSqlDatabase db = m_store.database();
    QHash<QString, QString> previous; // tool \n account key -> class of the latest verdict
    {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT a.tool, a.account_key, l.class FROM link l JOIN account a ON a.id = "
                                   "l.account_id ORDER BY a.snapshot_id")))
            return fail(tr("cannot read previous verdicts: %1").arg(q.lastError().text()));
        while (q.next())
            previous.insert(q.value(0).toString() + QLatin1Char('\n') + q.value(1).toString(), q.value(2).toString());
    }

    if (!db.transaction())
        return fail(tr("cannot start reconciling: %1").arg(db.lastError().text()));
    auto abort = [&](const QString& message) {
        db.rollback();
        return fail(message);
    };
    QSqlQuery clear(db);
    if (!clear.exec(QStringLiteral("DELETE FROM link WHERE account_id IN (SELECT a.id FROM account a JOIN "
                                   "current_snapshot s ON s.id = a.snapshot_id)")))
        return abort(tr("cannot clear old verdicts: %1").arg(clear.lastError().text()));

    QSqlQuery accounts(db);
    accounts.setForwardOnly(true);
    if (!accounts.exec(QStringLiteral(
            "SELECT a.id, a.tool, a.account_key, a.login, a.email, a.privilege, a.mfa, a.state, "
            "a.last_activity, a.never_used FROM account a JOIN current_snapshot s ON s.id = a.snapshot_id "
            "WHERE s.source_kind = 'tool' ORDER BY a.id")))
        return abort(tr("cannot read accounts: %1").arg(accounts.lastError().text()));
    QSqlQuery insert(db);
    insert.prepare(
        QStringLiteral("INSERT INTO link (account_id, identity_id, class, rule, confidence, explanation, "
                       "candidates, risk, risk_factors, reconciled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const QString now = Clock::nowUtc().toString(Qt::ISODate);
    while (accounts.next()) {
        AccountRecord a;
        const qint64 accountId = accounts.value(0).toLongLong();
        const QString tool = accounts.value(1).toString();
        a.accountKey = accounts.value(2).toString();
        a.login = accounts.value(3).toString();
        a.email = accounts.value(4).toString();
        a.privilege = accounts.value(5).toString();
        if (!accounts.value(6).isNull())
            a.mfa = accounts.value(6).toInt() != 0;
        a.state = accounts.value(7).toString();
        if (!accounts.value(8).isNull())
            a.lastActivity = QDateTime::fromString(accounts.value(8).toString(), Qt::ISODate);
        a.neverUsed = accounts.value(9).toInt() != 0;

        const Verdict v = judge(tool, a);
        int i = 0;
        insert.bindValue(i++, accountId);
        insert.bindValue(i++, v.identityId ? QVariant(v.identityId) : QVariant());
        insert.bindValue(i++, accountClassName(v.cls));
        insert.bindValue(i++, sqlText(v.rule));
        insert.bindValue(i++, v.confidence);
        insert.bindValue(i++, sqlText(v.explanation));
        insert.bindValue(i++, sqlText(v.candidates.join(QLatin1Char('\n'))));
        insert.bindValue(i++, v.risk);
        insert.bindValue(i++, sqlText(v.riskFactors));
        insert.bindValue(i++, now);
        if (!insert.exec())
            return abort(tr("cannot store the verdict for %1: %2").arg(a.accountKey, insert.lastError().text()));

        ++report.accounts;
        ++report.counts[v.cls];
        const auto before = previous.constFind(tool + QLatin1Char('\n') + a.accountKey);
        if (before == previous.constEnd())
            ++report.firstClassified;
        else if (*before != accountClassName(v.cls))
            ++report.changedClass;
    }
    accounts.finish();
    insert.finish();
    if (!db.commit())
        return abort(tr("cannot commit the verdicts: %1").arg(db.lastError().text()));
    return true;
}

} // namespace Rollcall
