// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "config-rollcall-tests.h"
#include "domain/Records.h"
#include "store/Store.h"

#include <QTemporaryDir>

namespace Rollcall {

struct ImportResult;

// A fresh workspace in a temporary folder, removed with the object.
class TempWorkspace
{
public:
    TempWorkspace();
    bool isValid() const { return m_store.isOpen(); }
    Store& store() { return m_store; }
    QString path() const { return m_path; }
    QString dir() const { return m_dir.path(); }
    // Writes `content` as a file in the folder and returns its path.
    QString writeFile(const QString& name, const QByteArray& content) const;
    ImportResult importFile(const QString& path, SourceKind kind, const QString& tool);
    // Imports the bundled demo company: directory, aws-prod, aws-staging, atlassian, with its rules.
    // Pins the clock (Clock::setFixed) to 2026-11-27 12:00 UTC, the day the demo data describes.
    bool importDemo(QString* error = nullptr);
    qint64 count(const QString& sql) const;

private:
    QTemporaryDir m_dir;
    QString m_path;
    Store m_store;
};

// Snapshot metadata for rows a test writes itself through a SnapshotWriter.
SnapshotInfo testSnapshot(SourceKind kind, const QString& tool);

// A real public sample from ../shared, or an empty string when that folder is absent.
QString sharedSample(const QString& relativePath);

} // namespace Rollcall
