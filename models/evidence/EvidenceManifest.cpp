// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceManifest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Rollcall {

namespace {

const QString FormatName = QStringLiteral("rollcall-evidence");

QJsonArray stringArray(const QStringList& list)
{
    QJsonArray a;
    for (const QString& s : list)
        a.append(s);
    return a;
}

QStringList stringList(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& e : v.toArray())
        out.append(e.toString());
    return out;
}

} // namespace

QByteArray EvidenceManifest::toJson() const
{
    QJsonObject reviewerObject;
    for (auto it = reviewers.cbegin(); it != reviewers.cend(); ++it)
        reviewerObject.insert(it.key(), it.value());
    const QJsonObject campaignObject{{QStringLiteral("name"), campaign},
                                     {QStringLiteral("owner"), owner},
                                     {QStringLiteral("due"), due},
                                     {QStringLiteral("started_at"), startedAt},
                                     {QStringLiteral("closed_at"), closedAt},
                                     {QStringLiteral("closed_by"), closedBy},
                                     {QStringLiteral("previous"), previousCampaign},
                                     {QStringLiteral("reviewers"), reviewerObject}};
    QJsonArray snapshotArray;
    for (const EvidenceSnapshot& s : snapshots)
        snapshotArray.append(QJsonObject{{QStringLiteral("id"), s.id},
                                         {QStringLiteral("kind"), s.kind},
                                         {QStringLiteral("tool"), s.tool},
                                         {QStringLiteral("format"), s.format},
                                         {QStringLiteral("file_name"), s.fileName},
                                         {QStringLiteral("file_sha256"), s.sha256},
                                         {QStringLiteral("file_size"), s.size},
                                         {QStringLiteral("rows"), s.rows},
                                         {QStringLiteral("imported_at"), s.importedAt}});
    QJsonArray populationArray;
    for (const TieOutCount& c : population)
        populationArray.append(QJsonObject{{QStringLiteral("tool"), c.tool},
                                           {QStringLiteral("class"), c.cls},
                                           {QStringLiteral("accounts"), c.accounts}});
    QJsonObject inForce;
    for (auto it = decisionsInForce.cbegin(); it != decisionsInForce.cend(); ++it)
        inForce.insert(it.key(), it.value());
    const QJsonObject decisionsObject{{QStringLiteral("file"), EvidenceFile::Decisions},
                                      {QStringLiteral("attestations"), attestations},
                                      {QStringLiteral("first_seq"), firstSeq},
                                      {QStringLiteral("last_seq"), lastSeq},
                                      {QStringLiteral("chain_prev"), chainPrev},
                                      {QStringLiteral("chain_head"), chainHead},
                                      {QStringLiteral("store_head_seq"), storeHeadSeq},
                                      {QStringLiteral("store_head_hash"), storeHeadHash},
                                      {QStringLiteral("in_force"), inForce},
                                      {QStringLiteral("undecided"), undecided}};
    QJsonArray fileArray;
    for (const EvidenceFileEntry& f : files)
        fileArray.append(QJsonObject{
            {QStringLiteral("path"), f.path}, {QStringLiteral("sha256"), f.sha256}, {QStringLiteral("size"), f.size}});
    const QJsonObject root{
        {QStringLiteral("format"), FormatName},
        {QStringLiteral("format_version"), FormatVersion},
        {QStringLiteral("rollcall_version"), rollcallVersion},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("interim"), interim},
        {QStringLiteral("campaign"), campaignObject},
        {QStringLiteral("scope"), QJsonObject{{QStringLiteral("tools"), stringArray(scopeTools)},
                                              {QStringLiteral("classes"), stringArray(scopeClasses)},
                                              {QStringLiteral("accounts"), populationTotal}}},
        {QStringLiteral("snapshots"), snapshotArray},
        {QStringLiteral("population"), populationArray},
        {QStringLiteral("decisions"), decisionsObject},
        {QStringLiteral("signer"), QJsonObject{{QStringLiteral("algorithm"), signerAlgorithm},
                                               {QStringLiteral("fingerprint_sha256"), signerFingerprint},
                                               {QStringLiteral("public_key"), EvidenceFile::PublicKey}}},
        {QStringLiteral("files"), fileArray},
    };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool EvidenceManifest::fromJson(const QByteArray& json, EvidenceManifest& out, QString& error)
{
    out = {};
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        error = tr("not JSON: %1 at byte %2").arg(parseError.errorString()).arg(parseError.offset + 1);
        return false;
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != FormatName) {
        error = tr("\"format\": expected \"%1\"").arg(FormatName);
        return false;
    }
    if (root.value(QStringLiteral("format_version")).toInt() != FormatVersion) {
        error = tr("\"format_version\" %1: this Rollcall reads version %2")
                    .arg(root.value(QStringLiteral("format_version")).toVariant().toString())
                    .arg(FormatVersion);
        return false;
    }
    out.rollcallVersion = root.value(QStringLiteral("rollcall_version")).toString();
    out.createdAt = root.value(QStringLiteral("created_at")).toString();
    out.interim = root.value(QStringLiteral("interim")).toBool(true);
    const QJsonObject c = root.value(QStringLiteral("campaign")).toObject();
    out.campaign = c.value(QStringLiteral("name")).toString();
    out.owner = c.value(QStringLiteral("owner")).toString();
    out.due = c.value(QStringLiteral("due")).toString();
    out.startedAt = c.value(QStringLiteral("started_at")).toString();
    out.closedAt = c.value(QStringLiteral("closed_at")).toString();
    out.closedBy = c.value(QStringLiteral("closed_by")).toString();
    out.previousCampaign = c.value(QStringLiteral("previous")).toString();
    const QJsonObject r = c.value(QStringLiteral("reviewers")).toObject();
    for (auto it = r.constBegin(); it != r.constEnd(); ++it)
        out.reviewers.insert(it.key(), it.value().toString());
    const QJsonObject scope = root.value(QStringLiteral("scope")).toObject();
    out.scopeTools = stringList(scope.value(QStringLiteral("tools")));
    out.scopeClasses = stringList(scope.value(QStringLiteral("classes")));
    out.populationTotal = scope.value(QStringLiteral("accounts")).toInteger(-1);
    for (const QJsonValue& v : root.value(QStringLiteral("snapshots")).toArray()) {
        const QJsonObject s = v.toObject();
        out.snapshots.append(
            {s.value(QStringLiteral("id")).toInteger(), s.value(QStringLiteral("kind")).toString(),
             s.value(QStringLiteral("tool")).toString(), s.value(QStringLiteral("format")).toString(),
             s.value(QStringLiteral("file_name")).toString(), s.value(QStringLiteral("file_sha256")).toString(),
             s.value(QStringLiteral("file_size")).toInteger(), s.value(QStringLiteral("rows")).toInteger(),
             s.value(QStringLiteral("imported_at")).toString()});
    }
    for (const QJsonValue& v : root.value(QStringLiteral("population")).toArray()) {
        const QJsonObject p = v.toObject();
        out.population.append({p.value(QStringLiteral("tool")).toString(), p.value(QStringLiteral("class")).toString(),
                               p.value(QStringLiteral("accounts")).toInteger(-1)});
    }
    const QJsonObject d = root.value(QStringLiteral("decisions")).toObject();
    out.attestations = d.value(QStringLiteral("attestations")).toInteger(-1);
    out.firstSeq = d.value(QStringLiteral("first_seq")).toInteger();
    out.lastSeq = d.value(QStringLiteral("last_seq")).toInteger();
    out.chainPrev = d.value(QStringLiteral("chain_prev")).toString();
    out.chainHead = d.value(QStringLiteral("chain_head")).toString();
    out.storeHeadSeq = d.value(QStringLiteral("store_head_seq")).toInteger();
    out.storeHeadHash = d.value(QStringLiteral("store_head_hash")).toString();
    const QJsonObject inForce = d.value(QStringLiteral("in_force")).toObject();
    for (auto it = inForce.constBegin(); it != inForce.constEnd(); ++it)
        out.decisionsInForce.insert(it.key(), it.value().toInteger());
    out.undecided = d.value(QStringLiteral("undecided")).toInteger();
    const QJsonObject signer = root.value(QStringLiteral("signer")).toObject();
    out.signerAlgorithm = signer.value(QStringLiteral("algorithm")).toString();
    out.signerFingerprint = signer.value(QStringLiteral("fingerprint_sha256")).toString();
    for (const QJsonValue& v : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject f = v.toObject();
        out.files.append({f.value(QStringLiteral("path")).toString(), f.value(QStringLiteral("sha256")).toString(),
                          f.value(QStringLiteral("size")).toInteger(-1)});
    }
    if (out.campaign.isEmpty()) {
        error = tr("\"campaign\": the campaign's name is missing");
        return false;
    }
    return true;
}

QMap<QString, qint64> EvidenceManifest::populationMap() const
{
    QMap<QString, qint64> map;
    for (const TieOutCount& c : population)
        map[c.tool + QLatin1Char('\n') + c.cls] += c.accounts;
    return map;
}

bool isSafeBundlePath(const QString& path)
{
    if (path.isEmpty() || path.startsWith(QLatin1Char('/')) || path.contains(QLatin1Char('\\')))
        return false;
    for (const QChar c : path) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return false;
    }
    for (const QString& part : path.split(QLatin1Char('/'))) {
        if (part.isEmpty() || part == QLatin1String(".") || part == QLatin1String(".."))
            return false;
    }
    return true;
}

bool parseCsv(const QByteArray& bytes, QList<QStringList>& records, QList<qint64>& lines, QString& error)
{
    records.clear();
    lines.clear();
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    qint64 line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        QStringList record;
        const qint64 startLine = line;
        QString field;
        bool endOfRecord = false;
        while (!endOfRecord) {
            field.clear();
            if (i < n && text.at(i) == QLatin1Char('"')) {
                ++i;
                while (true) {
                    if (i >= n) {
                        error = QCoreApplication::translate("EvidenceManifest", "line %1: a quoted field never ends")
                                    .arg(startLine);
                        return false;
                    }
                    const QChar c = text.at(i++);
                    if (c == QLatin1Char('"')) {
                        if (i < n && text.at(i) == QLatin1Char('"')) {
                            field += QLatin1Char('"');
                            ++i;
                            continue;
                        }
                        break;
                    }
                    if (c == QLatin1Char('\n'))
                        ++line;
                    field += c;
                }
            } else {
                while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r') &&
                       text.at(i) != QLatin1Char('\n')) {
                    if (text.at(i) == QLatin1Char('"')) {
                        error = QCoreApplication::translate("EvidenceManifest", "line %1: a quote inside an "
                                                                                "unquoted field")
                                    .arg(line);
                        return false;
                    }
                    field += text.at(i++);
                }
            }
            record.append(field);
            if (i >= n) {
                endOfRecord = true;
            } else if (text.at(i) == QLatin1Char(',')) {
                ++i;
            } else if (text.at(i) == QLatin1Char('\r') || text.at(i) == QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                    ++i;
                ++i;
                ++line;
                endOfRecord = true;
            } else {
                error =
                    QCoreApplication::translate("EvidenceManifest", "line %1: text after a closing quote").arg(line);
                return false;
            }
        }
        records.append(record);
        lines.append(startLine);
    }
    return true;
}

} // namespace Rollcall
