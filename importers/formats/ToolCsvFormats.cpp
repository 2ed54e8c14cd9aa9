// SPDX-License-Identifier: GPL-3.0-or-later
#include "formats/Formats.h"

namespace Rollcall {

// This group's formats beyond those Formats.h declares, one file each.
const Format* gitHubLicenseUsageFormat();
const Format* gitHubServerUsersFormat();
const Format* gitHubOrgMembersFormat();
const Format* gitLabPermissionsFormat();
const Format* gitLabGroupMembersFormat();
const Format* atlassianLegacyUsersFormat();
const Format* slackMembersFormat();

// Detection takes the first match; each rule here also excludes the others, so the order only decides the listing.
QList<const Format*> toolCsvFormats()
{
    return {awsCredentialReportFormat(), atlassianUsersFormat(),     atlassianLegacyUsersFormat(),
            gitHubLicenseUsageFormat(),  gitHubServerUsersFormat(),  gitHubOrgMembersFormat(),
            gitLabPermissionsFormat(),   gitLabGroupMembersFormat(), slackMembersFormat()};
}

} // namespace Rollcall
