// SPDX-License-Identifier: GPL-3.0-or-later
// The shell text of the remediation scripts: what every script starts with, and each vendor's
// functions. Nothing here comes from the data; the items' values are quoted by RemediationWriter.
#pragma once

namespace Rollcall::RemediationScripts {

// Placeholders, replaced by the writer with comment-safe text: @TOOL@ @FORMAT@ @CAMPAIGN@ @AT@ @FILE@
// @OPEN@ @DONE@.
inline constexpr char Header[] = R"sh(#!/usr/bin/env bash
# Rollcall remediation: tool instance @TOOL@ (@FORMAT@), campaign @CAMPAIGN@.
# Generated @AT@ from the campaign's attestation log: @OPEN@ action(s) to carry out, @DONE@ already done.
#
# A DRY RUN unless given --apply: it prints the commands it would run and changes nothing.
#   bash @FILE@            # dry run: read what it would do
#   bash @FILE@ --apply    # carry it out
# An expiry is carried out only from its end date on, even with --apply (ROLLCALL_TODAY=YYYY-MM-DD
# overrides today's date). Re-import the tool's export afterwards: Rollcall marks the items done.
set -euo pipefail

APPLY=0
case "${1-}" in
    --apply) APPLY=1 ;;
    '' | --dry-run) ;;
    *)
        printf 'usage: %s [--dry-run | --apply]\n' "$0" >&2
        exit 2
        ;;
esac
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
TODAY="${ROLLCALL_TODAY:-$(date -u +%Y-%m-%d)}"

# Runs a command with --apply; otherwise prints it, quoted as a shell would read it.
run() {
    if [ "$APPLY" = 1 ]; then
        "$@"
    else
        printf 'would run:'
        printf ' %q' "$@"
        printf '\n'
    fi
}

# A step no API call does: printed, never run.
manual() {
    printf 'manual step: %s\n' "$1"
}

# True from an action's due date on (a removal is due the day it was decided).
due() {
    if [[ "$TODAY" < "$1" ]]; then
        printf 'not due until %s: %s\n' "$1" "$2"
        return 1
    fi
}
)sh";

// curl with a token read from the environment variable it names. The token reaches curl on its
// standard input, never its command line, and the dry run shows the variable's name only.
inline constexpr char Api[] = R"sh(
# api METHOD URL TOKEN_VARIABLE HEADER_PREFIX [BODY_FILE]
api() {
    local method="$1" url="$2" token_var="$3" header="$4" body="${5-}"
    local args=(--fail --silent --show-error -X "$method" -H @-)
    if [ -n "$body" ]; then
        args+=(-H 'Content-Type: application/json' --data-binary "@$body")
    fi
    if [ "$APPLY" != 1 ]; then
        printf 'would run: curl'
        printf ' %q' "${args[@]}" "$url"
        printf '   (header on stdin: %s$%s)\n' "$header" "$token_var"
        return 0
    fi
    if [ -z "${!token_var-}" ]; then
        printf 'set %s first\n' "$token_var" >&2
        exit 2
    fi
    printf '%s%s\n' "$header" "${!token_var}" | curl "${args[@]}" "$url"
}
)sh";

inline constexpr char GitHub[] = R"sh(
# The organisation's login: export GITHUB_ORG=my-org (or write it here). gh uses its own login
# (gh auth login) and needs an organisation owner.
ORG="${GITHUB_ORG:-}"
if [ -z "$ORG" ] && [ "$APPLY" = 1 ]; then
    printf 'set GITHUB_ORG to the organisation first\n' >&2
    exit 2
fi
[ -n "$ORG" ] || ORG='{org}' # the dry run shows where it goes

# Removes the member from the organisation: DELETE /orgs/ORG/memberships/LOGIN.
github_remove() { # $1: the login, percent-encoded
    run gh api -X DELETE "/orgs/$ORG/memberships/$1"
}
)sh";

inline constexpr char GitHubServer[] = R"sh(
# GitHub Enterprise Server, as a site administrator: export GH_HOST=github.example.com (gh auth
# login --hostname "$GH_HOST" first). Suspending keeps the user's data and frees the seat.
github_suspend() { # $1: the login, percent-encoded; $2: the reason GitHub records
    run gh api -X PUT "/users/$1/suspended" -f "reason=$2"
}
)sh";

inline constexpr char GitLab[] = R"sh(
# GitLab as an administrator: export GITLAB_TOKEN=... (a personal access token with the api scope),
# and GITLAB_URL for a self-managed instance. Blocking keeps the user's contributions.
GITLAB_URL="${GITLAB_URL:-https://gitlab.com}"

gitlab_block() { # $1: the numeric user id
    api POST "$GITLAB_URL/api/v4/users/$1/block" GITLAB_TOKEN 'PRIVATE-TOKEN: '
}

# The CSV exports name users, the API wants their id: looked up first (needs jq).
gitlab_block_username() { # $1: the username, percent-encoded
    if [ "$APPLY" != 1 ]; then
        printf 'would look up the user id: curl -H @- %q   (header on stdin: PRIVATE-TOKEN: $GITLAB_TOKEN)\n' \
            "$GITLAB_URL/api/v4/users?username=$1"
        gitlab_block '{id}'
        return 0
    fi
    local id
    id="$(printf 'PRIVATE-TOKEN: %s\n' "${GITLAB_TOKEN:?set GITLAB_TOKEN first}" |
        curl --fail --silent --show-error -H @- "$GITLAB_URL/api/v4/users?username=$1" | jq -r '.[0].id // empty')"
    if [ -z "$id" ]; then
        printf 'no GitLab user %s: nothing to block\n' "$1" >&2
        return 0
    fi
    gitlab_block "$id"
}
)sh";

inline constexpr char Aws[] = R"sh(
# aws uses its usual credentials (AWS_PROFILE, the environment, SSO) and needs IAM write access.

# No console password, every access key inactive: the user can sign in and call AWS no more.
aws_disable() { # $1: the IAM user name
    if [ "$APPLY" != 1 ]; then
        run aws iam delete-login-profile --user-name "$1"
        run aws iam list-access-keys --user-name "$1" --query 'AccessKeyMetadata[].AccessKeyId' --output text
        printf 'would run, for each key listed: aws iam update-access-key --user-name %q --access-key-id KEY --status Inactive\n' "$1"
        return 0
    fi
    aws iam delete-login-profile --user-name "$1" || printf '%s: no console password deleted (see above)\n' "$1" >&2
    local key
    for key in $(aws iam list-access-keys --user-name "$1" --query 'AccessKeyMetadata[].AccessKeyId' --output text); do
        aws iam update-access-key --user-name "$1" --access-key-id "$key" --status Inactive
    done
}

# IAM refuses delete-user while anything is attached: access keys, signing certificates, SSH keys,
# service credentials, MFA devices, policies, groups. Disables the user, removes those, then the user.
aws_delete() { # $1: the IAM user name
    aws_disable "$1"
    if [ "$APPLY" != 1 ]; then
        printf 'would run, for each item attached to %q: aws iam delete-access-key, delete-signing-certificate, delete-ssh-public-key, delete-service-specific-credential, deactivate-mfa-device, detach-user-policy, delete-user-policy, remove-user-from-group\n' "$1"
        run aws iam delete-user --user-name "$1"
        return 0
    fi
    local u="$1" x
    for x in $(aws iam list-access-keys --user-name "$u" --query 'AccessKeyMetadata[].AccessKeyId' --output text); do
        aws iam delete-access-key --user-name "$u" --access-key-id "$x"
    done
    for x in $(aws iam list-signing-certificates --user-name "$u" --query 'Certificates[].CertificateId' --output text); do
        aws iam delete-signing-certificate --user-name "$u" --certificate-id "$x"
    done
    for x in $(aws iam list-ssh-public-keys --user-name "$u" --query 'SSHPublicKeys[].SSHPublicKeyId' --output text); do
        aws iam delete-ssh-public-key --user-name "$u" --ssh-public-key-id "$x"
    done
    for x in $(aws iam list-service-specific-credentials --user-name "$u" --query 'ServiceSpecificCredentials[].ServiceSpecificCredentialId' --output text); do
        aws iam delete-service-specific-credential --user-name "$u" --service-specific-credential-id "$x"
    done
    for x in $(aws iam list-mfa-devices --user-name "$u" --query 'MFADevices[].SerialNumber' --output text); do
        aws iam deactivate-mfa-device --user-name "$u" --serial-number "$x"
    done
    for x in $(aws iam list-attached-user-policies --user-name "$u" --query 'AttachedPolicies[].PolicyArn' --output text); do
        aws iam detach-user-policy --user-name "$u" --policy-arn "$x"
    done
    for x in $(aws iam list-user-policies --user-name "$u" --query 'PolicyNames[]' --output text); do
        aws iam delete-user-policy --user-name "$u" --policy-name "$x"
    done
    for x in $(aws iam list-groups-for-user --user-name "$u" --query 'Groups[].GroupName' --output text); do
        aws iam remove-user-from-group --user-name "$u" --group-name "$x"
    done
    aws iam delete-user --user-name "$u"
}
)sh";

inline constexpr char Atlassian[] = R"sh(
# Atlassian organisations REST API with an organisation API key: export ATLASSIAN_API_KEY=...
# Deactivating removes product access and keeps the account's content.
atlassian_disable() { # $1: the Atlassian account id, percent-encoded
    api POST "https://api.atlassian.com/users/$1/manage/lifecycle/disable" ATLASSIAN_API_KEY 'Authorization: Bearer '
}
)sh";

inline constexpr char Slack[] = R"sh(
# Slack's SCIM API (Business+ or Enterprise Grid) with a token of the scim scope: export
# SLACK_SCIM_TOKEN=... A member id is the SCIM User id; the PATCH bodies are in the folder beside.
SCIM_URL="${SLACK_SCIM_URL:-https://api.slack.com/scim/v2}"

slack_deactivate() { # $1: the member id, percent-encoded; $2: its PATCH body, relative to this script
    api PATCH "$SCIM_URL/Users/$1" SLACK_SCIM_TOKEN 'Authorization: Bearer ' "$HERE/$2"
}
)sh";

} // namespace Rollcall::RemediationScripts
