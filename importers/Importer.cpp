// SPDX-License-Identifier: GPL-3.0-or-later
#include "Importer.h"

#include "RulesLoader.h"

#include "CsvReader.h"
#include "Format.h"
#include "store/SnapshotWriter.h"
#include "store/Store.h"
#include "util/Clock.h"
#include "util/PhaseTimer.h"
#include "util/Sha256.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace Rollcall {

namespace {
constexpr qint64 SniffSize = 64 * 1024;

bool looksBinary(const QByteArray& head)
{
    if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF"))
        return false; // UTF-16 text has NUL bytes of its own
    return head.contains('\0');
}

QString kindWord(SourceKind kind)
{
    return kind == SourceKind::Directory ? Importer::tr("a directory export") : Importer::tr("a tool export");
}
} // namespace

Importer::Importer(Store& store)
    : m_store(store)
{}

void Importer::setProgressCallback(std::function<void(qint64, qint64)> callback)
{
    m_progress = std::move(callback);
}

bool Importer::isValidToolName(const QString& name)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z0-9][a-z0-9._-]{0,62}$"));
    return valid.match(name).hasMatch();
}

Detection Importer::detect(const QString& path, SourceKind kind, const QString& mappingYaml)
{
    Detection d;
    auto fail = [&](const QString& where, const QString& reason, const QString& advice = {}) {
        d.reason = reason;
        d.error = where + QLatin1String(": ") + reason + (advice.isEmpty() ? QString() : QLatin1String("; ") + advice);
        return d;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(path, tr("cannot read: %1").arg(file.errorString()));
    Sniff sniff;
    sniff.head = file.read(SniffSize);
    if (sniff.head.isEmpty())
        return fail(path, tr("the file is empty; expected %1").arg(kindWord(kind)));
    if (looksBinary(sniff.head))
        return fail(path, tr("this is a binary file; expected %1 as CSV or JSON text").arg(kindWord(kind)));

    sniff.mappingYaml = mappingYaml;
    QBuffer buffer(&sniff.head);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer);
    if (reader.readHeader()) {
        sniff.header = reader.header();
        sniff.normalisedHeader = reader.normalisedHeader();
    }
    buffer.seek(0);
    QStringDecoder decoder = QStringDecoder::decoderForHtml(sniff.head); // honours a BOM, else UTF-8
    sniff.headText = decoder.decode(sniff.head);
    sniff.headText.remove(QChar(0xFEFF));
    const QString start = sniff.headText.trimmed();
    sniff.json = start.startsWith(QLatin1Char('{')) || start.startsWith(QLatin1Char('['));

    for (const Format* format : FormatRegistry::all()) {
        if (!format->detect(sniff))
            continue;
        if (format->kind() == kind) {
            d.format = format;
            return d;
        }
        d.otherKind = format;
    }
    if (d.otherKind) {
        return fail(
            path,
            tr("this is %1 (%2), not %3").arg(d.otherKind->title(), kindWord(d.otherKind->kind()), kindWord(kind)),
            d.otherKind->kind() == SourceKind::Directory ? tr("import it with --directory")
                                                         : tr("import it with --tool NAME"));
    }
    QString seen = sniff.header.mid(0, 8).join(QLatin1String(", "));
    if (seen.size() > 160)
        seen = seen.left(160) + QStringLiteral("…");
    return fail(path + QLatin1String(":1"),
                tr("not a format Rollcall recognises (header: %1)").arg(seen.isEmpty() ? tr("none") : seen),
                tr("`rollcall-cli formats` lists the formats and how each is recognised"));
}

ImportResult Importer::run(const ImportRequest& request)
{
    ImportResult result;
    const QString& path = request.path;
    const Format* format = nullptr;
    if (!request.formatId.isEmpty()) {
        format = FormatRegistry::byId(request.formatId);
        if (!format) {
            result.error = tr("unknown format '%1'; `rollcall-cli formats` lists them").arg(request.formatId);
            return result;
        }
        if (format->kind() != request.kind) {
            result.error =
                tr("format '%1' is %2, not %3").arg(request.formatId, kindWord(format->kind()), kindWord(request.kind));
            return result;
        }
    }
    QString mappingYaml;
    if (!request.mappingPath.isEmpty()) {
        QFile mapping(request.mappingPath);
        if (!mapping.open(QIODevice::ReadOnly)) {
            result.error = tr("%1: cannot read: %2").arg(request.mappingPath, mapping.errorString());
            return result;
        }
        mappingYaml = QString::fromUtf8(mapping.read(1024 * 1024));
    }
    if (!format) {
        const Detection detection = detect(path, request.kind, mappingYaml);
        if (!detection.format) {
            result.error = detection.error;
            return result;
        }
        format = detection.format;
    }
    result.formatId = format->id();

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return result;
    }
    // The organisation's limits, from the rules the workspace keeps (defaults when there are none).
    Rules rules;
    QString rulesError;
    const ImportLimits limits =
        RulesLoader::loadForWorkspace(m_store, {}, rules, rulesError) ? rules.limits : ImportLimits();
    if (file.size() > limits.maxFileBytes) {
        result.error = tr("%1: the file is %2, larger than the limit of %3 (limits.max_file_size_mb in rollcall.yaml); "
                          "nothing was imported")
                           .arg(path, ImportLimits::sizeText(file.size()), ImportLimits::sizeText(limits.maxFileBytes));
        return result;
    }
    PhaseTimer timer("import");
    const QString sha256 = QString::fromLatin1(sha256Hex(file));
    if (sha256.isEmpty()) {
        result.error = tr("%1: cannot read: %2").arg(path, file.errorString());
        return result;
    }
    if (const auto existing = m_store.findSnapshot(request.kind, request.tool, sha256)) {
        result.ok = true;
        result.alreadyImported = true;
        result.snapshotId = existing->id;
        result.rows = existing->rowCount;
        return result;
    }
    file.seek(0);
    timer.phase("file hashed");

    SnapshotInfo info;
    info.kind = request.kind;
    info.tool = request.tool;
    info.format = format->id();
    info.fileName = QFileInfo(path).fileName();
    info.fileSha256 = sha256;
    info.fileSize = file.size();
    info.importedAt = Clock::nowUtc();

    SnapshotWriter writer(m_store);
    if (!writer.begin(info)) {
        result.error = QStringLiteral("%1: %2").arg(path, writer.errorString());
        return result;
    }
    ImportSession session(writer, m_cancel);
    session.mappingYaml = mappingYaml;
    session.mappingPath = request.mappingPath;
    session.limits = limits;
    qint64 rows = 0;
    if (m_progress) {
        session.progress = [&] {
            if (++rows % 1000 == 0)
                m_progress(file.pos(), info.fileSize);
        };
    }
    const bool read = format->read(file, session);
    timer.phase("file read");
    const bool stored = session.finishStoring();
    timer.phase("last rows stored");
    if (session.cancelled()) {
        writer.rollback();
        result.error = tr("%1: import cancelled; nothing was imported").arg(path);
        return result;
    }
    // Repeated keys (accounts, or a directory's identities) are found once the rows are in. One that stands earlier in
    // the file than whatever stopped the reading is the error, as if it had been found on the way; after such a stop
    // the keys are only checked, not stored.
    const bool keyed = read && stored ? writer.indexKeys() : writer.checkKeys();
    timer.phase("repeated keys checked, account keys indexed");
    const ParseError stop = session.error();
    if (!keyed && ((read && stored) || (writer.errorLine() > 0 && writer.errorLine() < stop.line))) {
        writer.rollback();
        result.error = ParseError{writer.errorLine(), 0, writer.errorString(), {}}.format(path);
        return result;
    }
    if (!read || !stored) {
        writer.rollback();
        result.error = stop.format(path);
        return result;
    }
    if (writer.rowCount() == 0) {
        writer.rollback();
        result.error = tr("%1: the file holds no accounts or identities; nothing was imported").arg(path);
        return result;
    }
    result.warnings = session.warnings();
    writer.setSourceDetails(session.encoding, session.header, result.warnings);
    if (!writer.commit()) {
        result.error = QStringLiteral("%1: %2").arg(path, writer.errorString());
        return result;
    }
    timer.phase("committed");
    if (m_progress)
        m_progress(info.fileSize, info.fileSize);
    result.ok = true;
    result.snapshotId = writer.snapshotId();
    result.rows = writer.rowCount();
    return result;
}

} // namespace Rollcall
