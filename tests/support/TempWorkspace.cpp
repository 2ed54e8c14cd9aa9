// SPDX-License-Identifier: GPL-3.0-or-later
#include "TempWorkspace.h"

#include "Importer.h"
#include "RulesLoader.h"
#include "reconcile/Reconciler.h"
#include "util/Clock.h"

#include <QFile>
#include <QSqlQuery>

namespace Rollcall {

TempWorkspace::TempWorkspace()
    : m_path(m_dir.filePath(QStringLiteral("test.rollcall")))
{
    (void)m_store.open(m_path, Store::OpenMode::CreateIfMissing);
}

QString TempWorkspace::writeFile(const QString& name, const QByteArray& content) const
{
    const QString path = m_dir.filePath(name);
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write(content);
    return path;
}

ImportResult TempWorkspace::importFile(const QString& path, SourceKind kind, const QString& tool)
{
    Importer importer(m_store);
    return importer.run({path, kind, tool, {}});
}

bool TempWorkspace::importDemo(QString* error)
{
    // The demo's activity dates are around this day; risk and staleness are judged as of it.
    Clock::setFixed(QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC));
    const QString demo = QStringLiteral(ROLLCALL_DEMO_DATA "/");
    Rules rules;
    QString message;
    if (!RulesLoader::loadForWorkspace(m_store, demo + QStringLiteral("rollcall.yaml"), rules, message)) {
        if (error)
            *error = message;
        return false;
    }
    const QList<std::tuple<QString, SourceKind, QString>> files = {
        {QStringLiteral("entra-users.csv"), SourceKind::Directory, QStringLiteral("directory")},
        {QStringLiteral("aws-prod-credential-report.csv"), SourceKind::Tool, QStringLiteral("aws-prod")},
        {QStringLiteral("aws-staging-credential-report.csv"), SourceKind::Tool, QStringLiteral("aws-staging")},
        {QStringLiteral("atlassian-export-users.csv"), SourceKind::Tool, QStringLiteral("atlassian")}};
    for (const auto& [name, kind, tool] : files) {
        const ImportResult result = importFile(demo + name, kind, tool);
        if (!result.ok) {
            if (error)
                *error = result.error;
            return false;
        }
    }
    Reconciler reconciler(m_store, rules);
    ReconcileReport report;
    if (!reconciler.run(report)) {
        if (error)
            *error = reconciler.errorString();
        return false;
    }
    return true;
}

qint64 TempWorkspace::count(const QString& sql) const
{
    QSqlQuery q(m_store.database());
    return q.exec(sql) && q.next() ? q.value(0).toLongLong() : -1;
}

SnapshotInfo testSnapshot(SourceKind kind, const QString& tool)
{
    SnapshotInfo info;
    info.kind = kind;
    info.tool = tool;
    info.format = QStringLiteral("test");
    info.fileName = tool + QStringLiteral(".csv");
    info.fileSha256 = QString(64, QLatin1Char('0'));
    info.importedAt = Clock::nowUtc();
    return info;
}

QString sharedSample(const QString& relativePath)
{
    const QString path = QStringLiteral(ROLLCALL_SHARED_SAMPLES "/") + relativePath;
    return QFile::exists(path) ? path : QString();
}

} // namespace Rollcall
