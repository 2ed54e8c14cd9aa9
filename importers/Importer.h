// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/Records.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <atomic>
#include <functional>

namespace Rollcall {

class Format;
class Store;

struct ImportRequest
{
    ImportRequest() = default;
    ImportRequest(const QString& path, SourceKind kind, const QString& tool, const QString& formatId = {},
                  const QString& mappingPath = {})
        : path(path)
        , kind(kind)
        , tool(tool)
        , formatId(formatId)
        , mappingPath(mappingPath)
    {}

    QString path;
    SourceKind kind = SourceKind::Tool;
    QString tool;        // tool instance name; "directory" for directory imports
    QString formatId;    // empty: detect from the content
    QString mappingPath; // a YAML column mapping, for HR and generic CSV files
};

struct ImportResult
{
    bool ok = false;
    bool alreadyImported = false; // same file, same source: nothing was written
    qint64 snapshotId = 0;
    qint64 rows = 0;
    QString formatId;
    QString error; // "FILE:LINE[:COLUMN]: message"
    QStringList warnings;
};

struct Detection
{
    const Format* format = nullptr;    // the format of the requested kind, when recognised
    const Format* otherKind = nullptr; // the content is a format of the other kind instead
    QString reason;                    // why nothing was recognised, without file name or advice
    QString error;                     // "FILE[:LINE]: reason; advice" for the command line
};

// Imports one export file into a workspace as one snapshot, all or nothing.
class Importer
{
    Q_DECLARE_TR_FUNCTIONS(Importer)

public:
    explicit Importer(Store& store);

    // Called now and then with bytes read so far and the file size.
    void setProgressCallback(std::function<void(qint64 done, qint64 total)> callback);
    // When the flag becomes true the import stops and nothing is kept.
    void setCancelFlag(const std::atomic_bool* cancel) { m_cancel = cancel; }

    ImportResult run(const ImportRequest& request);

    // Which format the file's content is, among those of `kind`. Never looks at the file name.
    static Detection detect(const QString& path, SourceKind kind, const QString& mappingYaml = {});
    static bool isValidToolName(const QString& name);

private:
    Store& m_store;
    std::function<void(qint64, qint64)> m_progress;
    const std::atomic_bool* m_cancel = nullptr;
};

} // namespace Rollcall
