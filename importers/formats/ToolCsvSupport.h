// SPDX-License-Identifier: GPL-3.0-or-later
// What several tool CSV formats share: folding one row per membership into one account, GitLab's access levels,
// GitHub's column spellings and e-mail lists, and Atlassian's "last active" columns.
#pragma once

#include "CsvFormat.h"

namespace Rollcall {

// The account gathered under `key` (ImportSession::foldAccount) with this row's text added to its raw record; on
// first sight (then *created is true) its line is this row's.
AccountRecord& foldRow(ImportSession& session, const CsvRow& row, const QString& key, bool* created);

// The Privilege:: value a GitLab access level or role grants (Owner, Maintainer, Developer, Reporter, Planner, Guest,
// Minimal Access; any case), or nullptr for another name.
const QString* gitLabAccessPrivilege(const QString& name);
// One GitLab membership of the folded account `r`: "path: role" joins its tool role (foldedMemberships), and the
// highest role's privilege and the latest activity are kept.
void addGitLabMembership(ImportSession& session, AccountRecord& r, const QString& path, const QString& role,
                         const QString& privilege, const std::optional<QDateTime>& lastActivity);

// The first of `normalisedNames` that the header has, or an empty string; and that column's value.
QString firstColumn(const CsvRow& row, const QStringList& normalisedNames);
QString firstValue(const CsvRow& row, const QStringList& normalisedNames);

// Adds the addresses of a cell ("a@x.example, b@x.example"; commas, semicolons or spaces between) to r.otherEmails,
// each once and none that is r.email.
void addOtherEmails(AccountRecord& r, const QString& cell);

// GitHub's two-factor column: enabled/disabled or true/false; empty, or no such column, leaves mfa unknown.
bool readGitHubTwoFactor(const CsvRow& row, const QString& normalisedName, std::optional<bool>& mfa, ParseError& error);

// Atlassian's dates: "13 Jul 2017", "14 Dec 2012 15:31:57" (ISO 8601 too).
const QStringList& atlassianDateFormats();

// Atlassian's activity columns: each column whose normalised name starts with `productPrefix` ("lastseenin",
// "lastactivein") holds one product's last use, and `otherColumns` more of the same not tied to a product. The
// latest date becomes lastActivity. Without one, lastActivityRaw keeps the words ("Never logged in", "Not active in
// the last 180 days", "Before 11 Feb 2017"), and neverUsed is set when every product column says never.
bool readAtlassianActivity(const CsvRow& row, const QString& productPrefix, const QStringList& otherColumns,
                           AccountRecord& r, ParseError& error);

} // namespace Rollcall
