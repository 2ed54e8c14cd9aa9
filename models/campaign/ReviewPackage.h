// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "campaign/Decision.h"
#include "domain/Rules.h"

#include <QCoreApplication>

namespace Rollcall {

class Store;

// What package.json says.
struct PackageManifest
{
    QString campaign;
    QString tool;
    QString reviewer;
    QString due;
    QString exportedAt;
    qint64 accounts = 0;
};

struct PackageExport
{
    QString dir;
    QString reviewer;
    qint64 accounts = 0;
    qint64 excluded = 0; // accounts of the tool assigned to somebody else (their owner, a reassignment)
    QStringList files;
};

// A review package: one tool instance's accounts of a campaign, for its reviewer (the tool admin) to
// decide offline. A folder of plain files with fixed names:
//   package.json   what it is: campaign, tool, reviewer, due date, the files' SHA-256
//   accounts.csv   the accounts, cells guarded against spreadsheet formulas, with empty columns
//                  decision, owner, until, purpose, rotation, reason, to for the reviewer to fill in
//   accounts.json  the same accounts, with the decisions allowed for each
//   README.txt     short instructions
// Importing it back records the filled-in decisions with the tool's reviewer as reviewer, through the
// same validation and bulk guardrails as `decide --from-csv`. Only those names are ever read, no
// path from inside the package is followed, and a folder holding a symbolic link is refused.
class ReviewPackage
{
    Q_DECLARE_TR_FUNCTIONS(ReviewPackage)

public:
    ReviewPackage(Store& store, const Rules& rules);

    // `dir` must not exist, or be an empty folder.
    [[nodiscard]] bool exportPackage(const QString& campaign, const QString& tool, const QString& dir,
                                     PackageExport& out);
    // Checks the folder and reads package.json; `csvPath` is the decisions file inside it.
    [[nodiscard]] bool open(const QString& dir, PackageManifest& manifest, QString& csvPath);
    // The decoded accounts.csv as a plan for DecisionService::commit(), reviewer = the tool's reviewer.
    [[nodiscard]] bool plan(const QString& campaign, const PackageManifest& manifest, const DecisionTable& table,
                            BatchPlan& out);

    static QStringList csvColumns();
    // `dir`/`name` when it is a plain file right inside `dir`, else empty with `error` set.
    static QString safeFile(const QString& dir, const QString& name, QString& error);
    QString errorString() const { return m_error; }

private:
    bool fail(const QString& message);

    Store& m_store;
    Rules m_rules;
    QString m_error;
};

} // namespace Rollcall
