// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Rollcall {

struct RemediationPlan;

// Writes a plan's files into `dir` (created when missing; an existing folder must be empty and not
// a symbolic link), the same bytes for the same store and clock:
//   README.txt             what the files are and how to run the scripts
//   <tool>-actions.csv     every item of the tool, spreadsheet-safe (formula cells neutralised)
//   <tool>-remediate.sh    a dry-run script of the vendor's CLI or API calls; --apply carries them out
//   <tool>-scim/<id>.json  SCIM 2.0 PatchOp bodies (active: false), for SCIM-capable tools (Slack)
//   jira-tickets.csv       one ticket per action not done yet, for Jira's CSV import
// False with `error` set; a file already written stays.
[[nodiscard]] bool writeRemediation(const RemediationPlan& plan, const QString& dir, QString* error);

// The files writeRemediation writes for `plan`, relative to its folder, sorted.
QStringList remediationFiles(const RemediationPlan& plan);

// A value as one literal word for a POSIX shell: single-quoted, a ' as '\''.
QString shellQuoted(const QString& value);
// Text made safe for a one-line shell comment: control characters and line separators become spaces.
QString shellCommentText(const QString& value);

} // namespace Rollcall
