// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace Rollcall {

class Format;

// The registry's groups, in the order `formats` lists them and detection tries them. Each group
// lives in its own file beside this one; every format is one small .cpp file in this folder.

// Directory exports: Entra ID, Microsoft 365, Google Workspace, LDIF (DirectoryFormats.cpp).
QList<const Format*> directoryFormats();
// Tool exports in CSV: AWS, Atlassian, GitHub, GitLab, Slack (ToolCsvFormats.cpp).
QList<const Format*> toolCsvFormats();
// JSON exports of directories and tools: Okta, SCIM, GitHub, GitLab, GCP, Jenkins (JsonFormats.cpp).
QList<const Format*> jsonFormats();
// Files read through a YAML column mapping (--mapping): HR exports, any other tool (MappedFormats.cpp).
QList<const Format*> mappedFormats();

// The formats themselves.
const Format* entraUsersFormat();
const Format* awsCredentialReportFormat();
const Format* atlassianUsersFormat();

} // namespace Rollcall
