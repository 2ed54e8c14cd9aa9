// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace Rollcall {

class Format;

// Directories
const Format* entraUsersFormat();
// Tools
const Format* awsCredentialReportFormat();
const Format* atlassianUsersFormat();

} // namespace Rollcall
