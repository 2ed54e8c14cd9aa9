// SPDX-License-Identifier: GPL-3.0-or-later
// The importers, through Importer::run as `rollcall-cli import` calls them, one target per family
// (FUZZ_FAMILY: csv — every CSV format the content is detected as; json — the JSON formats;
// ldif — LDIF). Every input either imports, or fails with "FILE...: message" naming the input
// and leaves the workspace exactly as it was.
#include "Format.h"
#include "FuzzSupport.h"
#include "Importer.h"
#include "store/Store.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <memory>

using namespace Rollcall;

namespace {

struct Workspace
{
    QTemporaryDir dir;
    Store store;
    QString input;
};

Workspace& workspace()
{
    static std::unique_ptr<Workspace> ws = [] {
        auto w = std::make_unique<Workspace>();
        if (!w->dir.isValid() ||
            !w->store.open(w->dir.filePath(QStringLiteral("fuzz.rollcall")), Store::OpenMode::CreateIfMissing))
            Fuzz::violated("a fresh workspace opens", w->store.errorString());
        w->input = w->dir.filePath(QStringLiteral("input"));
        return w;
    }();
    return *ws;
}

// Rows of every table an import writes: what all-or-nothing compares.
QString footprint(Store& store)
{
    QSqlQuery q(store.database());
    q.exec(QStringLiteral("SELECT (SELECT count(*) FROM snapshot), (SELECT count(*) FROM account), "
                          "(SELECT count(*) FROM identity), (SELECT COALESCE(max(id), 0) FROM snapshot)"));
    if (!q.next())
        Fuzz::violated("the workspace can be read", q.lastError().text());
    return QStringLiteral("%1/%2/%3/%4")
        .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString());
}

bool wanted(const QByteArray& input)
{
    const QByteArray start = input.left(64).trimmed();
    const bool json = start.startsWith('{') || start.startsWith('[');
#if defined(FUZZ_FAMILY_JSON)
    return json;
#elif defined(FUZZ_FAMILY_CSV)
    return !json;
#else
    Q_UNUSED(json)
    return true;
#endif
}

void importOnce(Workspace& ws, SourceKind kind, const QString& formatId)
{
    const QString before = footprint(ws.store);
    Importer importer(ws.store);
    const ImportResult result = importer.run(ImportRequest(ws.input, kind, QStringLiteral("fuzz"), formatId));
    if (result.ok) {
        // Keep the workspace small: the next input starts from the same state.
        QSqlQuery drop(ws.store.database());
        drop.prepare(QStringLiteral("DELETE FROM snapshot WHERE id = ?"));
        drop.addBindValue(result.snapshotId);
        if (!drop.exec())
            Fuzz::violated("an imported snapshot can be deleted", drop.lastError().text());
        return;
    }
    if (result.error.isEmpty())
        Fuzz::violated("a failed import says why");
    if (!result.error.contains(QLatin1String("input")))
        Fuzz::violated("an import error names the file", result.error);
    if (footprint(ws.store) != before)
        Fuzz::violated("a failed import leaves the workspace as it was", result.error);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    Fuzz::ensureApplication();
    workspace();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray input = Fuzz::bytes(data, size);
    if (!wanted(input))
        return 0;
    Workspace& ws = workspace();
    QFile file(ws.input);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(input) != input.size())
        Fuzz::violated("the input can be written");
    file.close();
#if defined(FUZZ_FAMILY_LDIF)
    importOnce(ws, SourceKind::Directory, QStringLiteral("ldif-active-directory"));
#else
    // As `import` does without --format: each kind's detection, then that format's reader.
    for (const SourceKind kind : {SourceKind::Tool, SourceKind::Directory}) {
        const Detection detection = Importer::detect(ws.input, kind);
        if (detection.format)
            importOnce(ws, kind, detection.format->id());
    }
#endif
    return 0;
}
