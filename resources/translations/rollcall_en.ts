<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CampaignStore</name>
    <message numerus="yes">
        <source>%1: %n account(s) in scope are not reconciled yet; run `reconcile` first</source>
        <translation>
            <numerusform>%1: %n account in scope is not reconciled yet; run `reconcile` first</numerusform>
            <numerusform>%1: %n accounts in scope are not reconciled yet; run `reconcile` first</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message numerus="yes">
        <source>Started campaign %1 (due %2, owner %3): %n account(s) to review, from snapshots %4.</source>
        <translation>
            <numerusform>Started campaign %1 (due %2, owner %3): %n account to review, from snapshots %4.</numerusform>
            <numerusform>Started campaign %1 (due %2, owner %3): %n accounts to review, from snapshots %4.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Carried over %n unexpired certification(s) from %1.</source>
        <translation>
            <numerusform>Carried over %n unexpired certification from %1.</numerusform>
            <numerusform>Carried over %n unexpired certifications from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n left undecided</source>
        <translation>
            <numerusform>; %n left undecided</numerusform>
            <numerusform>; %n left undecided</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s) would be removed or expired in campaign %2 (%3 remove, %4 expire)</source>
        <translation>
            <numerusform>%1: %n account would be removed or expired in campaign %2 (%3 remove, %4 expire)</numerusform>
            <numerusform>%1: %n accounts would be removed or expired in campaign %2 (%3 remove, %4 expire)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>bulk removals and expiries need a confirmation: run again with --yes to confirm the %n account(s); nothing was recorded</source>
        <translation>
            <numerusform>bulk removals and expiries need a confirmation: run again with --yes to confirm the %n account; nothing was recorded</numerusform>
            <numerusform>bulk removals and expiries need a confirmation: run again with --yes to confirm the %n accounts; nothing was recorded</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decision(s) in campaign %1 as %2</source>
        <translation>
            <numerusform>Recorded %n decision in campaign %1 as %2</numerusform>
            <numerusform>Recorded %n decisions in campaign %1 as %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) without a decision skipped</source>
        <translation>
            <numerusform>; %n row without a decision skipped</numerusform>
            <numerusform>; %n rows without a decision skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote a review package of %n account(s) for %1 to %2</source>
        <translation>
            <numerusform>Wrote a review package of %n account for %1 to %2</numerusform>
            <numerusform>Wrote a review package of %n accounts for %1 to %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n account(s) of the tool assigned to somebody else left out)</source>
        <translation>
            <numerusform> (%n account of the tool assigned to somebody else left out)</numerusform>
            <numerusform> (%n accounts of the tool assigned to somebody else left out)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: the attestation log is intact: %n attestation(s)</source>
        <translation>
            <numerusform>%1: the attestation log is intact: %n attestation</numerusform>
            <numerusform>%1: the attestation log is intact: %n attestations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n campaign(s)</source>
        <translation>
            <numerusform> in %n campaign</numerusform>
            <numerusform> in %n campaigns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 was already imported into %2 (snapshot %3, %n row(s)); nothing to do.</source>
        <translation>
            <numerusform>%1 was already imported into %2 (snapshot %3, %n row); nothing to do.</numerusform>
            <numerusform>%1 was already imported into %2 (snapshot %3, %n rows); nothing to do.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1 into %2 as %3 (snapshot %4).</source>
        <translation>
            <numerusform>Imported %n row from %1 into %2 as %3 (snapshot %4).</numerusform>
            <numerusform>Imported %n rows from %1 into %2 as %3 (snapshot %4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Reconciled %n account(s)</source>
        <translation>
            <numerusform>Reconciled %n account</numerusform>
            <numerusform>Reconciled %n accounts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> against %n identities</source>
        <translation>
            <numerusform> against %n identity</numerusform>
            <numerusform> against %n identities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s) not reconciled since the last import; run `reconcile` to classify them</source>
        <translation>
            <numerusform>%1: %n account not reconciled since the last import; run `reconcile` to classify it</numerusform>
            <numerusform>%1: %n accounts not reconciled since the last import; run `reconcile` to classify them</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %n identities in the directory.</source>
        <translation>
            <numerusform>Workspace %1: %n identity in the directory.</numerusform>
            <numerusform>Workspace %1: %n identities in the directory.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 evidence bundle of campaign %2 to %3: %n file(s).</source>
        <translation>
            <numerusform>Wrote the %1 evidence bundle of campaign %2 to %3: %n file.</numerusform>
            <numerusform>Wrote the %1 evidence bundle of campaign %2 to %3: %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Population: %n account(s); decisions: attestations %1 to %2, head %3.</source>
        <translation>
            <numerusform>Population: %n account; decisions: attestations %1 to %2, head %3.</numerusform>
            <numerusform>Population: %n accounts; decisions: attestations %1 to %2, head %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: NOT verified: %n problem(s) above</source>
        <translation>
            <numerusform>%1: NOT verified: %n problem above</numerusform>
            <numerusform>%1: NOT verified: %n problems above</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote the remediation of campaign %1 to %2: %n action(s) in %3 tool(s)</source>
        <translation>
            <numerusform>Wrote the remediation of campaign %1 to %2: %n action in %3 tool(s)</numerusform>
            <numerusform>Wrote the remediation of campaign %1 to %2: %n actions in %3 tool(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remediation of campaign %1 as of %2: %n action(s), </source>
        <translation>
            <numerusform>Remediation of campaign %1 as of %2: %n action, </numerusform>
            <numerusform>Remediation of campaign %1 as of %2: %n actions, </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message numerus="yes">
        <source>expected %n field(s) as in the header, found %1</source>
        <translation>
            <numerusform>expected %n field as in the header, found %1</numerusform>
            <numerusform>expected %n fields as in the header, found %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message numerus="yes">
        <source>%n account(s) would be removed or expired in bulk; that needs a confirmation of that count</source>
        <translation>
            <numerusform>%n account would be removed or expired in bulk; that needs a confirmation of that count</numerusform>
            <numerusform>%n accounts would be removed or expired in bulk; that needs a confirmation of that count</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message numerus="yes">
        <source>%n file(s) match SHA256SUMS</source>
        <translation>
            <numerusform>%n file matches SHA256SUMS</numerusform>
            <numerusform>%n files match SHA256SUMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match manifest.json</source>
        <translation>
            <numerusform>%n file matches manifest.json</numerusform>
            <numerusform>%n files match manifest.json</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the decision chain holds: %n attestation(s), each hashing to its hash and linked to the one before</source>
        <translation>
            <numerusform>the decision chain holds: %n attestation, hashing to its hash and linked to the one before</numerusform>
            <numerusform>the decision chain holds: %n attestations, each hashing to its hash and linked to the one before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the population ties out: %n account(s), per tool and class as manifest.json records</source>
        <translation>
            <numerusform>the population ties out: %n account, per tool and class as manifest.json records</numerusform>
            <numerusform>the population ties out: %n accounts, per tool and class as manifest.json records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LdifActiveDirectoryFormat</name>
    <message numerus="yes">
        <source>%n change record(s) (changetype modify, delete or modrdn) were skipped</source>
        <translation>
            <numerusform>%n change record (changetype modify, delete or modrdn) was skipped</numerusform>
            <numerusform>%n change records (changetype modify, delete or modrdn) were skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) given by URL (attr:&lt; URL) were not read</source>
        <translation>
            <numerusform>%n value given by URL (attr:&lt; URL) was not read</numerusform>
            <numerusform>%n values given by URL (attr:&lt; URL) were not read</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n computer</numerusform>
            <numerusform>%n computers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without attributes</source>
        <translation>
            <numerusform>%n without attributes</numerusform>
            <numerusform>%n without attributes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change record(s)</source>
        <translation>
            <numerusform>%n change record</numerusform>
            <numerusform>%n change records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other object(s)</source>
        <translation>
            <numerusform>%n other object</numerusform>
            <numerusform>%n other objects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no user entries among %n record(s)%1; expected entries with objectClass user or person; nothing was imported</source>
        <translation>
            <numerusform>no user entries among %n record%1; expected entries with objectClass user or person; nothing was imported</numerusform>
            <numerusform>no user entries among %n records%1; expected entries with objectClass user or person; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>attribute &apos;objectGUID&apos;: expected 16 bytes in base64, found %n byte(s)</source>
        <translation>
            <numerusform>attribute &apos;objectGUID&apos;: expected 16 bytes in base64, found %n byte</numerusform>
            <numerusform>attribute &apos;objectGUID&apos;: expected 16 bytes in base64, found %n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message numerus="yes">
        <source>%1 matches %n identities: %2; a reviewer decides</source>
        <translation>
            <numerusform>%1 matches %n identity: %2; a reviewer decides</numerusform>
            <numerusform>%1 matches %n identities: %2; a reviewer decides</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollcall::AuditorWindow</name>
    <message numerus="yes">
        <source> (and %n more problem(s), see Verification)</source>
        <translation>
            <numerusform> (and %n more problem, see Verification)</numerusform>
            <numerusform> (and %n more problems, see Verification)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollcall::ChoiceButton</name>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollcall::DetailPane</name>
    <message numerus="yes">
        <source>%n attestation(s), oldest first; each one&apos;s hash covers the one before it (rollcall-cli verify-store checks the chain).</source>
        <translation>
            <numerusform>%n attestation; its hash covers the one before it (rollcall-cli verify-store checks the chain).</numerusform>
            <numerusform>%n attestations, oldest first; each one&apos;s hash covers the one before it (rollcall-cli verify-store checks the chain).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollcall::MainWindow</name>
    <message numerus="yes">
        <source>Checking %n decision(s)…</source>
        <translation>
            <numerusform>Checking %n decision…</numerusform>
            <numerusform>Checking %n decisions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This ends the access of %n account(s) in campaign %1 (removals: %2, expiries: %3), of the %4 selected. Each decision is recorded under your name and can only be superseded, never deleted.

Record them?</source>
        <translation>
            <numerusform>This ends the access of %n account in campaign %1 (removals: %2, expiries: %3), of the %4 selected. The decision is recorded under your name and can only be superseded, never deleted.

Record it?</numerusform>
            <numerusform>This ends the access of %n accounts in campaign %1 (removals: %2, expiries: %3), of the %4 selected. Each decision is recorded under your name and can only be superseded, never deleted.

Record them?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n Removal(s) or Expiries</source>
        <translation>
            <numerusform>Confirm %n Removal or Expiry</numerusform>
            <numerusform>Confirm %n Removals or Expiries</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Recording %n decision(s)…</source>
        <translation>
            <numerusform>Recording %n decision…</numerusform>
            <numerusform>Recording %n decisions…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Started campaign %1: %n account(s) to review, due %2.</source>
        <translation>
            <numerusform>Started campaign %1: %n account to review, due %2.</numerusform>
            <numerusform>Started campaign %1: %n accounts to review, due %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) carried over.</source>
        <translation>
            <numerusform>%n certification carried over.</numerusform>
            <numerusform>%n certifications carried over.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not carried over (see each account&apos;s decision bar).</source>
        <translation>
            <numerusform>%n not carried over (see the account&apos;s decision bar).</numerusform>
            <numerusform>%n not carried over (see each account&apos;s decision bar).</numerusform>
        </translation>
    </message>
</context>
</TS>
