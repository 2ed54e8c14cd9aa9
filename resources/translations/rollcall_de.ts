<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AccountFilter</name>
    <message>
        <source>Leavers with access</source>
        <translation>Ausgeschiedene mit Zugriff</translation>
    </message>
    <message>
        <source>Accounts whose owner has left or is disabled, still active in the tool</source>
        <translation>Konten, deren Inhaber ausgeschieden oder deaktiviert ist und die im Werkzeug noch aktiv sind</translation>
    </message>
    <message>
        <source>Privileged and unowned</source>
        <translation>Privilegiert und ohne Inhaber</translation>
    </message>
    <message>
        <source>Owner, admin or billing accounts without an active owner: nobody found, the owner left, or several candidates</source>
        <translation>Owner-, Admin- oder Billing-Konten ohne aktiven Inhaber: niemand gefunden, der Inhaber ist ausgeschieden oder es gibt mehrere Kandidaten</translation>
    </message>
    <message>
        <source>External without expiry</source>
        <translation>Extern ohne Ablaufdatum</translation>
    </message>
    <message>
        <source>Collaborators from outside whose access never ends</source>
        <translation>Externe Mitarbeitende, deren Zugriff nie endet</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie benutzt</translation>
    </message>
    <message>
        <source>Accounts the tool says were never used</source>
        <translation>Konten, die laut Werkzeug nie benutzt wurden</translation>
    </message>
    <message>
        <source>--%1: expected one of %2, found &apos;%3&apos;</source>
        <translation>--%1: erwartet wurde einer der Werte %2, gefunden &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--view: expected one of %1, found &apos;%2&apos;</source>
        <translation>--view: erwartet wurde einer der Werte %1, gefunden &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--class: expected one of %1, found &apos;%2&apos;</source>
        <translation>--class: erwartet wurde einer der Werte %1, gefunden &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1: expected a number from 0 to 100, found &apos;%2&apos;</source>
        <translation>--%1: erwartet wurde eine Zahl von 0 bis 100, gefunden &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--mfa: expected yes, no or unknown, found &apos;%1&apos;</source>
        <translation>--mfa: erwartet wurde yes, no oder unknown, gefunden &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--owner-status: expected none, active or inactive, found &apos;%1&apos;</source>
        <translation>--owner-status: erwartet wurde none, active oder inactive, gefunden &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--%1 needs --campaign NAME</source>
        <translation>--%1 braucht --campaign NAME</translation>
    </message>
</context>
<context>
    <name>AtlassianLegacyUsersFormat</name>
    <message>
        <source>Atlassian Cloud &quot;Export users&quot; CSV (before September 2021)</source>
        <translation>Atlassian-Cloud-CSV „Export users“ (vor September 2021)</translation>
    </message>
    <message>
        <source>CSV header with group_name, username, full_name and active, and no User id</source>
        <translation>CSV-Kopfzeile mit group_name, username, full_name und active, ohne User id</translation>
    </message>
</context>
<context>
    <name>AtlassianUsersFormat</name>
    <message>
        <source>Atlassian Cloud &quot;Export users&quot; CSV (2021+)</source>
        <translation>Atlassian-Cloud-CSV „Export users“ (ab 2021)</translation>
    </message>
    <message>
        <source>CSV header with User id, User name, email and User status</source>
        <translation>CSV-Kopfzeile mit User id, User name, email und User status</translation>
    </message>
</context>
<context>
    <name>Attestation</name>
    <message>
        <source>not JSON: %1 at character %2</source>
        <translation>kein JSON: %1 bei Zeichen %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>unexpected member &quot;%1&quot;</source>
        <translation>unerwartetes Element &quot;%1&quot;</translation>
    </message>
    <message>
        <source>member &quot;%1&quot; is missing</source>
        <translation>das Element &quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <source>member &quot;%1&quot;: expected a string</source>
        <translation>Element &quot;%1&quot;: erwartet wurde eine Zeichenkette</translation>
    </message>
    <message>
        <source>member &quot;v&quot;: expected 1</source>
        <translation>Element &quot;v&quot;: erwartet wurde 1</translation>
    </message>
    <message>
        <source>member &quot;seq&quot;: expected a positive integer</source>
        <translation>Element &quot;seq&quot;: erwartet wurde eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>member &quot;supersedes&quot;: expected an integer or null</source>
        <translation>Element &quot;supersedes&quot;: erwartet wurde eine ganze Zahl oder null</translation>
    </message>
    <message>
        <source>member &quot;fields&quot;: expected an object</source>
        <translation>Element &quot;fields&quot;: erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <source>fields member &quot;%1&quot;: expected a string</source>
        <translation>Feld &quot;%1&quot; in fields: erwartet wurde eine Zeichenkette</translation>
    </message>
</context>
<context>
    <name>AttestationLog</name>
    <message>
        <source>cannot read the head of the attestation log: %1</source>
        <translation>der Kopf des Bestätigungsprotokolls kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot record the attestation: %1</source>
        <translation>die Bestätigung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot read the attestation log: %1</source>
        <translation>das Bestätigungsprotokoll kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>AwsCredentialReportFormat</name>
    <message>
        <source>AWS IAM credential report CSV</source>
        <translation>AWS-IAM-Credential-Report (CSV)</translation>
    </message>
    <message>
        <source>CSV header with user, arn, password_enabled, mfa_active and access_key_1_active</source>
        <translation>CSV-Kopfzeile mit user, arn, password_enabled, mfa_active und access_key_1_active</translation>
    </message>
    <message>
        <source>an ARN such as arn:aws:iam::123456789012:user/name</source>
        <translation>eine ARN wie arn:aws:iam::123456789012:user/name</translation>
    </message>
</context>
<context>
    <name>CampaignStore</name>
    <message>
        <source>cannot read the campaign&apos;s accounts: %1</source>
        <translation>die Konten der Kampagne können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1: cannot read campaigns: %2</source>
        <translation>%1: Kampagnen können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: no campaign &apos;%2&apos;; there is none yet (start one with `campaign start`)</source>
        <translation>%1: keine Kampagne &apos;%2&apos;; es gibt noch keine (eine starten mit `campaign start`)</translation>
    </message>
    <message>
        <source>%1: no campaign &apos;%2&apos;; campaigns: %3</source>
        <translation>%1: keine Kampagne &apos;%2&apos;; Kampagnen: %3</translation>
    </message>
    <message>
        <source>%1: cannot read the campaign&apos;s snapshots: %2</source>
        <translation>%1: die Snapshots der Kampagne können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the campaign&apos;s reviewers: %2</source>
        <translation>%1: die Prüfer der Kampagne können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot read the attestation log: %2</source>
        <translation>%1: das Bestätigungsprotokoll kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>campaign name &apos;%1&apos;: expected letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; (at most 64), such as 2026-Q4</source>
        <translation>Kampagnenname &apos;%1&apos;: erwartet wurden Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; (höchstens 64), etwa 2026-Q4</translation>
    </message>
    <message>
        <source>the due date is missing: --due YYYY-MM-DD</source>
        <translation>das Fälligkeitsdatum fehlt: --due JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>due date %1 is in the past (today is %2)</source>
        <translation>das Fälligkeitsdatum %1 liegt in der Vergangenheit (heute ist %2)</translation>
    </message>
    <message>
        <source>campaign owner &apos;%1&apos;: expected an e-mail address</source>
        <translation>Kampagnenverantwortliche(r) &apos;%1&apos;: erwartet wurde eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>class &apos;%1&apos;: expected one of managed, orphaned, unmanaged, external, service, break-glass, ambiguous</source>
        <translation>Klasse &apos;%1&apos;: erwartet wurde managed, orphaned, unmanaged, external, service, break-glass oder ambiguous</translation>
    </message>
    <message>
        <source>reviewer of %1: &apos;%2&apos; is not an e-mail address</source>
        <translation>Prüfer für %1: &apos;%2&apos; ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1: cannot start the campaign: %2</source>
        <translation>%1: die Kampagne kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>%1: campaign %2 already exists</source>
        <translation>%1: die Kampagne %2 gibt es bereits</translation>
    </message>
    <message>
        <source>%1: campaign %2 is still open; close it first (`campaign close %2`)</source>
        <translation>%1: die Kampagne %2 ist noch offen; zuerst schließen (`campaign close %2`)</translation>
    </message>
    <message>
        <source>%1: cannot read snapshots: %2</source>
        <translation>%1: Snapshots können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: no snapshot of tool &apos;%2&apos;; tools: %3</source>
        <translation>%1: kein Snapshot des Werkzeugs &apos;%2&apos;; Werkzeuge: %3</translation>
    </message>
    <message>
        <source>%1: no tool export imported yet; nothing to review</source>
        <translation>%1: noch kein Werkzeug-Export importiert; nichts zu prüfen</translation>
    </message>
    <message>
        <source>reviewer for &apos;%1&apos;: not a tool in the campaign&apos;s scope (%2)</source>
        <translation>Prüfer für &apos;%1&apos;: kein Werkzeug im Umfang der Kampagne (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read accounts: %2</source>
        <translation>%1: Konten können nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s) in scope are not reconciled yet; run `reconcile` first</source>
        <translation>
            <numerusform>%1: %n Konto im Umfang ist noch nicht abgeglichen; zuerst `reconcile` ausführen</numerusform>
            <numerusform>%1: %n Konten im Umfang sind noch nicht abgeglichen; zuerst `reconcile` ausführen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no account in the campaign&apos;s scope; nothing to review</source>
        <translation>%1: kein Konto im Umfang der Kampagne; nichts zu prüfen</translation>
    </message>
    <message>
        <source>%1: cannot record the campaign: %2</source>
        <translation>%1: die Kampagne kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot record the campaign&apos;s snapshots: %2</source>
        <translation>%1: die Snapshots der Kampagne können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot record the campaign&apos;s reviewers: %2</source>
        <translation>%1: die Prüfer der Kampagne können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot record the campaign&apos;s accounts: %2</source>
        <translation>%1: die Konten der Kampagne können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot commit the campaign: %2</source>
        <translation>%1: die Kampagne kann nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1: cannot close the campaign: %2</source>
        <translation>%1: die Kampagne kann nicht geschlossen werden: %2</translation>
    </message>
    <message>
        <source>%1: campaign %2 was already closed on %3 by %4</source>
        <translation>%1: die Kampagne %2 wurde bereits am %3 von %4 geschlossen</translation>
    </message>
    <message>
        <source>%1: cannot commit the close: %2</source>
        <translation>%1: das Schließen kann nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CarryOver</name>
    <message>
        <source>%1 decided to remove it on %2, yet the account is still there</source>
        <translation>%1 hat am %2 die Entfernung beschlossen, das Konto besteht aber noch</translation>
    </message>
    <message>
        <source>%1 decided it expires on %2, yet the account is still there</source>
        <translation>%1 hat den Ablauf zum %2 beschlossen, das Konto besteht aber noch</translation>
    </message>
    <message>
        <source>certified in %1 by %2 until %3</source>
        <translation>zertifiziert in %1 von %2 bis %3</translation>
    </message>
    <message>
        <source>the certification from %1 expired on %2; decide again</source>
        <translation>die Zertifizierung aus %1 ist am %2 abgelaufen; neu entscheiden</translation>
    </message>
    <message>
        <source>its privilege rose from %1 to %2</source>
        <translation>seine Berechtigung stieg von %1 auf %2</translation>
    </message>
    <message>
        <source>its e-mail changed from %1 to %2</source>
        <translation>seine E-Mail-Adresse änderte sich von %1 zu %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>its owner %1 is no longer in the directory</source>
        <translation>sein Inhaber %1 ist nicht mehr im Verzeichnis</translation>
    </message>
    <message>
        <source>its owner %1 left (%2 in the directory)</source>
        <translation>sein Inhaber %1 ist ausgeschieden (%2 im Verzeichnis)</translation>
    </message>
    <message>
        <source>the campaign owner %1 owns it, so it cannot carry it over (separation of duties)</source>
        <translation>der Kampagnenverantwortliche %1 ist sein Inhaber und kann es daher nicht übernehmen (Funktionstrennung)</translation>
    </message>
    <message>
        <source>%1, not carried over: %2</source>
        <translation>%1, nicht übernommen: %2</translation>
    </message>
    <message>
        <source>%1: carried over</source>
        <translation>%1: übernommen</translation>
    </message>
</context>
<context>
    <name>ChainVerifier</name>
    <message>
        <source>%1 of %2 by %3 at %4</source>
        <translation>%1 von %2 durch %3 am %4</translation>
    </message>
    <message>
        <source>%1 of %2/%3 in %4 by %5 at %6</source>
        <translation>%1 von %2/%3 in %4 durch %5 am %6</translation>
    </message>
    <message>
        <source>attestation %1 (%2) is filed under campaign id %3%4: moved to another campaign</source>
        <translation>Bestätigung %1 (%2) ist unter der Kampagnen-ID %3%4 abgelegt: in eine andere Kampagne verschoben</translation>
    </message>
    <message>
        <source>, which does not exist</source>
        <translation>, die es nicht gibt</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>attestation %1 is missing: the log jumps from %2 to %3 (deleted)</source>
        <translation>Bestätigung %1 fehlt: das Protokoll springt von %2 auf %3 (gelöscht)</translation>
    </message>
    <message>
        <source>attestations %1 to %2 are missing: the log jumps from %3 to %4 (deleted)</source>
        <translation>Bestätigungen %1 bis %2 fehlen: das Protokoll springt von %3 auf %4 (gelöscht)</translation>
    </message>
    <message>
        <source>attestation %1 (%2) does not follow attestation %3: it records the previous hash %4, but attestation %3 hashes to %5 (an attestation was replaced or the log reordered)</source>
        <translation>Bestätigung %1 (%2) folgt nicht auf Bestätigung %3: sie verzeichnet den vorigen Hash %4, Bestätigung %3 ergibt aber den Hash %5 (eine Bestätigung wurde ersetzt oder das Protokoll umsortiert)</translation>
    </message>
    <message>
        <source>attestation %1 (%2) is out of order: it was recorded as attestation %3 (the log was reordered)</source>
        <translation>Bestätigung %1 (%2) steht an falscher Stelle: sie wurde als Bestätigung %3 gespeichert (das Protokoll wurde umsortiert)</translation>
    </message>
    <message>
        <source>attestation %1 (%2) was edited after it was recorded: its content hashes to %3, the recorded hash is %4</source>
        <translation>Bestätigung %1 (%2) wurde nach dem Speichern geändert: ihr Inhalt ergibt den Hash %3, gespeichert ist %4</translation>
    </message>
    <message>
        <source>attestation %1, the last one, is missing: the log&apos;s head records %1 attestations (deleted)</source>
        <translation>Bestätigung %1, die letzte, fehlt: der Kopf des Protokolls verzeichnet %1 Bestätigungen (gelöscht)</translation>
    </message>
    <message>
        <source>attestations %1 to %2, the last ones, are missing: the log&apos;s head records %2 attestations (deleted)</source>
        <translation>Bestätigungen %1 bis %2, die letzten, fehlen: der Kopf des Protokolls verzeichnet %2 Bestätigungen (gelöscht)</translation>
    </message>
    <message>
        <source>the log&apos;s head (%1, %2) does not match its last attestation (%3, %4): changed outside Rollcall</source>
        <translation>der Kopf des Protokolls (%1, %2) passt nicht zu seiner letzten Bestätigung (%3, %4): außerhalb von Rollcall geändert</translation>
    </message>
    <message>
        <source>the log&apos;s head record is missing: changed outside Rollcall</source>
        <translation>der Kopfeintrag des Protokolls fehlt: außerhalb von Rollcall geändert</translation>
    </message>
    <message>
        <source>campaign %1 no longer matches its campaign-start attestation %2: %3 changed outside Rollcall</source>
        <translation>die Kampagne %1 passt nicht mehr zu ihrer Start-Bestätigung %2: %3 wurde außerhalb von Rollcall geändert</translation>
    </message>
    <message>
        <source>campaign %1 has no campaign-start attestation: added outside Rollcall, or its start was deleted</source>
        <translation>die Kampagne %1 hat keine Start-Bestätigung: außerhalb von Rollcall hinzugefügt, oder ihr Start wurde gelöscht</translation>
    </message>
    <message>
        <source>the append-only trigger(s) %1 are missing: the file was changed outside Rollcall</source>
        <translation>die Nur-Anfügen-Trigger %1 fehlen: die Datei wurde außerhalb von Rollcall geändert</translation>
    </message>
    <message>
        <source>accounts in scope</source>
        <translation>Konten im Umfang</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>campaign needs a subcommand: start, status or close</source>
        <translation>campaign braucht einen Unterbefehl: start, status oder close</translation>
    </message>
    <message>
        <source>unknown campaign subcommand &apos;%1&apos;; expected start, status or close</source>
        <translation>unbekannter campaign-Unterbefehl &apos;%1&apos;; erwartet wurde start, status oder close</translation>
    </message>
    <message>
        <source>campaign start NAME --due YYYY-MM-DD [--tool T]... [--class C]... [--reviewer TOOL=EMAIL]... [--owner EMAIL]</source>
        <translation>campaign start NAME --due JJJJ-MM-TT [--tool T]... [--class C]... [--reviewer WERKZEUG=EMAIL]... [--owner EMAIL]</translation>
    </message>
    <message>
        <source>campaign name &apos;%1&apos;: expected letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, such as 2026-Q4</source>
        <translation>Kampagnenname &apos;%1&apos;: erwartet wurden Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, etwa 2026-Q4</translation>
    </message>
    <message>
        <source>campaign start needs --due YYYY-MM-DD</source>
        <translation>campaign start braucht --due JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>--reviewer &apos;%1&apos;: expected TOOL=EMAIL, such as aws-prod=ada@example.com</source>
        <translation>--reviewer &apos;%1&apos;: erwartet wurde WERKZEUG=EMAIL, etwa aws-prod=ada@example.com</translation>
    </message>
    <message>
        <source>--reviewer: tool &apos;%1&apos; is given twice</source>
        <translation>--reviewer: das Werkzeug &apos;%1&apos; ist zweimal angegeben</translation>
    </message>
    <message>
        <source>campaign start needs the campaign owner&apos;s e-mail: --owner EMAIL (or ROLLCALL_ACTOR)</source>
        <translation>campaign start braucht die E-Mail-Adresse der/des Kampagnenverantwortlichen: --owner EMAIL (oder ROLLCALL_ACTOR)</translation>
    </message>
    <message numerus="yes">
        <source>Started campaign %1 (due %2, owner %3): %n account(s) to review, from snapshots %4.</source>
        <translation>
            <numerusform>Kampagne %1 gestartet (fällig %2, verantwortlich %3): %n Konto zu prüfen, aus den Snapshots %4.</numerusform>
            <numerusform>Kampagne %1 gestartet (fällig %2, verantwortlich %3): %n Konten zu prüfen, aus den Snapshots %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reviewer of %1: %2</source>
        <translation>Prüfer für %1: %2</translation>
    </message>
    <message>
        <source>Without a reviewer (the campaign owner reviews them): %1</source>
        <translation>Ohne Prüfer (die/der Kampagnenverantwortliche prüft sie): %1</translation>
    </message>
    <message numerus="yes">
        <source>Carried over %n unexpired certification(s) from %1.</source>
        <translation>
            <numerusform>%n noch gültige Zertifizierung aus %1 übernommen.</numerusform>
            <numerusform>%n noch gültige Zertifizierungen aus %1 übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not carried over:</source>
        <translation>Nicht übernommen:</translation>
    </message>
    <message>
        <source>campaign status [NAME] [--format table|json]</source>
        <translation>campaign status [NAME] [--format table|json]</translation>
    </message>
    <message>
        <source>--format: expected table or json, found &apos;%1&apos;</source>
        <translation>--format: erwartet wurde table oder json, gefunden &apos;%1&apos;</translation>
    </message>
    <message>
        <source>No campaign yet; start one with `campaign start NAME --due YYYY-MM-DD`.</source>
        <translation>Noch keine Kampagne; eine starten mit `campaign start NAME --due JJJJ-MM-TT`.</translation>
    </message>
    <message>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>state</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>due</source>
        <translation>fällig</translation>
    </message>
    <message>
        <source>decided</source>
        <translation>entschieden</translation>
    </message>
    <message>
        <source>total</source>
        <translation>gesamt</translation>
    </message>
    <message>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>closed on %1 by %2</source>
        <translation>geschlossen am %1 von %2</translation>
    </message>
    <message>
        <source>open, OVERDUE</source>
        <translation>offen, ÜBERFÄLLIG</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Campaign %1: %2; due %3, owner %4, started %5, snapshots %6.</source>
        <translation>Kampagne %1: %2; fällig %3, verantwortlich %4, gestartet %5, Snapshots %6.</translation>
    </message>
    <message>
        <source>Decided %1 of %2 (%3); waiting for information: %4; carried over: %5.</source>
        <translation>%1 von %2 entschieden (%3); warten auf Informationen: %4; übernommen: %5.</translation>
    </message>
    <message>
        <source>Decisions in force: %1.</source>
        <translation>Gültige Entscheidungen: %1.</translation>
    </message>
    <message>
        <source>reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>needs-info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>campaign close NAME</source>
        <translation>campaign close NAME</translation>
    </message>
    <message>
        <source>Closed campaign %1: %2 of %3 account(s) decided</source>
        <translation>Kampagne %1 geschlossen: %2 von %3 Konten entschieden</translation>
    </message>
    <message numerus="yes">
        <source>; %n left undecided</source>
        <translation>
            <numerusform>; %n unentschieden</numerusform>
            <numerusform>; %n unentschieden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s) would be removed or expired in campaign %2 (%3 remove, %4 expire)</source>
        <translation>
            <numerusform>%1: %n Konto würde in Kampagne %2 entfernt oder befristet (%3 entfernen, %4 befristen)</numerusform>
            <numerusform>%1: %n Konten würden in Kampagne %2 entfernt oder befristet (%3 entfernen, %4 befristen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the number of accounts (%1) to confirm: </source>
        <translation>Zur Bestätigung die Anzahl der Konten (%1) eingeben: </translation>
    </message>
    <message>
        <source>%1: not confirmed; nothing was recorded</source>
        <translation>%1: nicht bestätigt; nichts wurde gespeichert</translation>
    </message>
    <message numerus="yes">
        <source>bulk removals and expiries need a confirmation: run again with --yes to confirm the %n account(s); nothing was recorded</source>
        <translation>
            <numerusform>Massenentfernungen und -befristungen brauchen eine Bestätigung: erneut mit --yes ausführen, um das %n Konto zu bestätigen; nichts wurde gespeichert</numerusform>
            <numerusform>Massenentfernungen und -befristungen brauchen eine Bestätigung: erneut mit --yes ausführen, um die %n Konten zu bestätigen; nichts wurde gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Recorded %n decision(s) in campaign %1 as %2</source>
        <translation>
            <numerusform>%n Entscheidung in Kampagne %1 als %2 gespeichert</numerusform>
            <numerusform>%n Entscheidungen in Kampagne %1 als %2 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source> (attestations %1 to %2)</source>
        <translation> (Bestätigungen %1 bis %2)</translation>
    </message>
    <message numerus="yes">
        <source>; %n row(s) without a decision skipped</source>
        <translation>
            <numerusform>; %n Zeile ohne Entscheidung übersprungen</numerusform>
            <numerusform>; %n Zeilen ohne Entscheidung übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>decide takes one --reviewer</source>
        <translation>decide nimmt genau ein --reviewer</translation>
    </message>
    <message>
        <source>decide NAME --from-csv FILE --reviewer EMAIL [--yes]</source>
        <translation>decide NAME --from-csv DATEI --reviewer EMAIL [--yes]</translation>
    </message>
    <message>
        <source>decide --from-csv takes its decisions from the file, not --%1</source>
        <translation>decide --from-csv nimmt seine Entscheidungen aus der Datei, nicht aus --%1</translation>
    </message>
    <message>
        <source>decide NAME --tool T --account A DECISION --reviewer EMAIL [--owner EMAIL] [--until YYYY-MM-DD] [--purpose TEXT] [--rotation YYYY-MM-DD] [--reason TEXT] [--to EMAIL]</source>
        <translation>decide NAME --tool T --account A ENTSCHEIDUNG --reviewer EMAIL [--owner EMAIL] [--until JJJJ-MM-TT] [--purpose TEXT] [--rotation JJJJ-MM-TT] [--reason TEXT] [--to EMAIL]</translation>
    </message>
    <message>
        <source>decision &apos;%1&apos;: expected reconcile, certify, expire, remove, reassign, needs-info or undo</source>
        <translation>Entscheidung &apos;%1&apos;: erwartet wurde reconcile, certify, expire, remove, reassign, needs-info oder undo</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD, found &apos;%2&apos;</source>
        <translation>--%1: erwartet wurde ein Datum als JJJJ-MM-TT, gefunden &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1: no decision in the file (the column &quot;decision&quot; is empty on every row)</source>
        <translation>%1: keine Entscheidung in der Datei (die Spalte &quot;decision&quot; ist in jeder Zeile leer)</translation>
    </message>
    <message>
        <source>Recorded %1 of %2/%3 in campaign %4 by %5: attestation %6 (sha256 %7).</source>
        <translation>%1 von %2/%3 in Kampagne %4 durch %5 gespeichert: Bestätigung %6 (sha256 %7).</translation>
    </message>
    <message>
        <source>package needs a subcommand: export or import</source>
        <translation>package braucht einen Unterbefehl: export oder import</translation>
    </message>
    <message>
        <source>package export NAME --tool T --out DIR</source>
        <translation>package export NAME --tool T --out ORDNER</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a review package of %n account(s) for %1 to %2</source>
        <translation>
            <numerusform>Prüfpaket mit %n Konto für %1 nach %2 geschrieben</numerusform>
            <numerusform>Prüfpaket mit %n Konten für %1 nach %2 geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n account(s) of the tool assigned to somebody else left out)</source>
        <translation>
            <numerusform> (%n Konto des Werkzeugs, das jemand anderem zugewiesen ist, ausgelassen)</numerusform>
            <numerusform> (%n Konten des Werkzeugs, die jemand anderem zugewiesen sind, ausgelassen)</numerusform>
        </translation>
    </message>
    <message>
        <source>package import NAME DIR [--yes]</source>
        <translation>package import NAME ORDNER [--yes]</translation>
    </message>
    <message>
        <source>unknown package subcommand &apos;%1&apos;; expected export or import</source>
        <translation>unbekannter package-Unterbefehl &apos;%1&apos;; erwartet wurde export oder import</translation>
    </message>
    <message>
        <source>verify-store takes no arguments</source>
        <translation>verify-store nimmt keine Argumente</translation>
    </message>
    <message>
        <source>%1: the attestation log is NOT intact; the first problem above names the first broken attestation</source>
        <translation>%1: das Bestätigungsprotokoll ist NICHT intakt; das erste Problem oben nennt die erste beschädigte Bestätigung</translation>
    </message>
    <message numerus="yes">
        <source>%1: the attestation log is intact: %n attestation(s)</source>
        <translation>
            <numerusform>%1: das Bestätigungsprotokoll ist intakt: %n Bestätigung</numerusform>
            <numerusform>%1: das Bestätigungsprotokoll ist intakt: %n Bestätigungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> in %n campaign(s)</source>
        <translation>
            <numerusform> in %n Kampagne</numerusform>
            <numerusform> in %n Kampagnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Head: attestation %1, sha256 %2</source>
        <translation>Kopf: Bestätigung %1, sha256 %2</translation>
    </message>
    <message>
        <source>The workspace file (default: %1).</source>
        <translation>Die Arbeitsbereichsdatei (Vorgabe: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>The organisation&apos;s rules in YAML; the workspace keeps them for later commands.</source>
        <translation>Die Regeln der Organisation in YAML; der Arbeitsbereich behält sie für spätere Befehle.</translation>
    </message>
    <message>
        <source>rollcall.yaml</source>
        <translation>rollcall.yaml</translation>
    </message>
    <message>
        <source>import: the file is a directory export.</source>
        <translation>import: die Datei ist ein Verzeichnis-Export.</translation>
    </message>
    <message>
        <source>import: the tool instance the file comes from; accounts: only this tool.</source>
        <translation>import: die Werkzeuginstanz, aus der die Datei stammt; accounts: nur dieses Werkzeug.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>import: the format id (default: detected from the content); accounts, summary: table, csv or json.</source>
        <translation>import: die Format-ID (Vorgabe: am Inhalt erkannt); accounts, summary: table, csv oder json.</translation>
    </message>
    <message>
        <source>F</source>
        <translation>F</translation>
    </message>
    <message>
        <source>accounts: only this class (repeatable).</source>
        <translation>accounts: nur diese Klasse (wiederholbar).</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>diff: the older snapshot (default: the one before the last).</source>
        <translation>diff: der ältere Snapshot (Vorgabe: der vorletzte).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>diff: the newer snapshot (default: the last).</source>
        <translation>diff: der neuere Snapshot (Vorgabe: der letzte).</translation>
    </message>
    <message>
        <source>explain, link, unlink: the account key or login.</source>
        <translation>explain, link, unlink: der Kontoschlüssel oder die Anmeldung.</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>link: the owner&apos;s e-mail in the directory.</source>
        <translation>link: die E-Mail-Adresse des Inhabers im Verzeichnis.</translation>
    </message>
    <message>
        <source>EMAIL</source>
        <translation>EMAIL</translation>
    </message>
    <message>
        <source>link, unlink: why, in words an auditor can check.</source>
        <translation>link, unlink: warum, in Worten, die eine Prüferin nachvollziehen kann.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>link, unlink: who is acting (default: $ROLLCALL_ACTOR, else the login name).</source>
        <translation>link, unlink: wer handelt (Vorgabe: $ROLLCALL_ACTOR, sonst der Anmeldename).</translation>
    </message>
    <message>
        <source>import: a YAML column mapping, for HR exports and tools without a built-in format.</source>
        <translation>import: eine YAML-Spaltenzuordnung, für HR-Exporte und Werkzeuge ohne eingebautes Format.</translation>
    </message>
    <message>
        <source>campaign start: the due date.</source>
        <translation>campaign start: das Fälligkeitsdatum.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>decide: a certification&apos;s expiry, or the day access ends.</source>
        <translation>decide: das Ablaufdatum einer Zertifizierung oder der Tag, an dem der Zugriff endet.</translation>
    </message>
    <message>
        <source>decide certify: the business purpose.</source>
        <translation>decide certify: der geschäftliche Zweck.</translation>
    </message>
    <message>
        <source>decide certify, break-glass: rotate the credentials by then.</source>
        <translation>decide certify, break-glass: die Zugangsdaten bis dahin wechseln.</translation>
    </message>
    <message>
        <source>decide: the decisions of a CSV file.</source>
        <translation>decide: die Entscheidungen einer CSV-Datei.</translation>
    </message>
    <message>
        <source>decide --from-csv, package import: confirm bulk removals and expiries.</source>
        <translation>decide --from-csv, package import: Massenentfernungen und -befristungen bestätigen.</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>accounts: start from a saved view (leavers-with-access, privileged-unowned, external-without-expiry, never-used).</source>
        <translation>accounts: von einer gespeicherten Ansicht ausgehen (leavers-with-access, privileged-unowned, external-without-expiry, never-used).</translation>
    </message>
    <message>
        <source>accounts: login, e-mail, name or account key contains TEXT.</source>
        <translation>accounts: Anmeldung, E-Mail, Name oder Kontoschlüssel enthält TEXT.</translation>
    </message>
    <message>
        <source>accounts: risk at least N (0-100).</source>
        <translation>accounts: Risiko mindestens N (0-100).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>accounts: risk at most N (0-100).</source>
        <translation>accounts: Risiko höchstens N (0-100).</translation>
    </message>
    <message>
        <source>accounts: only this privilege: owner, admin, billing, member, read, none (repeatable).</source>
        <translation>accounts: nur diese Berechtigung: owner, admin, billing, member, read, none (wiederholbar).</translation>
    </message>
    <message>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <source>accounts: MFA yes, no or unknown.</source>
        <translation>accounts: MFA yes, no oder unknown.</translation>
    </message>
    <message>
        <source>M</source>
        <translation>M</translation>
    </message>
    <message>
        <source>accounts: no activity for more than the rules&apos; stale_after_days, or never used.</source>
        <translation>accounts: keine Aktivität seit mehr als stale_after_days der Regeln, oder nie benutzt.</translation>
    </message>
    <message>
        <source>accounts: the tool says the account was never used.</source>
        <translation>accounts: laut Werkzeug wurde das Konto nie benutzt.</translation>
    </message>
    <message>
        <source>accounts: none (no owner), active, or inactive (owner disabled, terminated or on leave).</source>
        <translation>accounts: none (kein Inhaber), active oder inactive (Inhaber deaktiviert, ausgeschieden oder beurlaubt).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>accounts: only this state in the tool: active, suspended, deactivated, blocked, invited, guest (repeatable).</source>
        <translation>accounts: nur dieser Status im Werkzeug: active, suspended, deactivated, blocked, invited, guest (wiederholbar).</translation>
    </message>
    <message>
        <source>accounts: only this recommendation: remove, expire, link, review, none (repeatable).</source>
        <translation>accounts: nur diese Empfehlung: remove, expire, link, review, none (wiederholbar).</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>accounts: no expiry date in the tool.</source>
        <translation>accounts: kein Ablaufdatum im Werkzeug.</translation>
    </message>
    <message>
        <source>accounts: added or changed since the tool&apos;s previous snapshot.</source>
        <translation>accounts: seit dem vorigen Snapshot des Werkzeugs hinzugekommen oder geändert.</translation>
    </message>
    <message>
        <source>init, import, reconcile, accounts, summary, formats</source>
        <translation>init, import, reconcile, accounts, summary, formats</translation>
    </message>
    <message>
        <source>Try `%1 --help`.</source>
        <translation>Siehe `%1 --help`.</translation>
    </message>
    <message>
        <source>; create one with `%1 --workspace %2 init`</source>
        <translation>; einen anlegen mit `%1 --workspace %2 init`</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>init takes no arguments</source>
        <translation>init nimmt keine Argumente</translation>
    </message>
    <message>
        <source>Workspace %1 already exists (schema version %2); nothing to create.</source>
        <translation>Arbeitsbereich %1 gibt es bereits (Schemaversion %2); nichts anzulegen.</translation>
    </message>
    <message>
        <source>Created workspace %1 (schema version %2).</source>
        <translation>Arbeitsbereich %1 angelegt (Schemaversion %2).</translation>
    </message>
    <message>
        <source>import needs either --directory FILE or --tool NAME FILE</source>
        <translation>import braucht entweder --directory DATEI oder --tool NAME DATEI</translation>
    </message>
    <message>
        <source>import --directory takes one file: --directory FILE</source>
        <translation>import --directory nimmt eine Datei: --directory DATEI</translation>
    </message>
    <message>
        <source>import --tool NAME takes exactly one file</source>
        <translation>import --tool NAME nimmt genau eine Datei</translation>
    </message>
    <message>
        <source>tool name &apos;%1&apos;: expected lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, such as aws-prod</source>
        <translation>Werkzeugname &apos;%1&apos;: erwartet wurden Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, etwa aws-prod</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; `%2 formats` lists them</source>
        <translation>unbekanntes Format &apos;%1&apos;; `%2 formats` listet sie auf</translation>
    </message>
    <message numerus="yes">
        <source>%1 was already imported into %2 (snapshot %3, %n row(s)); nothing to do.</source>
        <translation>
            <numerusform>%1 wurde bereits in %2 importiert (Snapshot %3, %n Zeile); nichts zu tun.</numerusform>
            <numerusform>%1 wurde bereits in %2 importiert (Snapshot %3, %n Zeilen); nichts zu tun.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1 into %2 as %3 (snapshot %4).</source>
        <translation>
            <numerusform>%n Zeile aus %1 in %2 als %3 importiert (Snapshot %4).</numerusform>
            <numerusform>%n Zeilen aus %1 in %2 als %3 importiert (Snapshot %4).</numerusform>
        </translation>
    </message>
    <message>
        <source>reconcile takes no arguments</source>
        <translation>reconcile nimmt keine Argumente</translation>
    </message>
    <message numerus="yes">
        <source>Reconciled %n account(s)</source>
        <translation>
            <numerusform>%n Konto abgeglichen</numerusform>
            <numerusform>%n Konten abgeglichen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> against %n identities</source>
        <translation>
            <numerusform> mit %n Identität</numerusform>
            <numerusform> mit %n Identitäten</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 judged now, the others unchanged since the last run).</source>
        <translation> (%1 jetzt beurteilt, die übrigen unverändert seit dem letzten Lauf).</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>since last run</source>
        <translation>seit dem letzten Lauf</translation>
    </message>
    <message>
        <source>Since the last run: %1 newly classified, %2 changed class.</source>
        <translation>Seit dem letzten Lauf: %1 neu klassifiziert, %2 mit geänderter Klasse.</translation>
    </message>
    <message>
        <source>accounts takes no arguments</source>
        <translation>accounts nimmt keine Argumente</translation>
    </message>
    <message>
        <source>--format: expected table, csv or json, found &apos;%1&apos;</source>
        <translation>--format: erwartet wurde table, csv oder json, gefunden &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n account(s) not reconciled since the last import; run `reconcile` to classify them</source>
        <translation>
            <numerusform>%1: %n Konto seit dem letzten Import nicht abgeglichen; `reconcile` ausführen, um es zu klassifizieren</numerusform>
            <numerusform>%1: %n Konten seit dem letzten Import nicht abgeglichen; `reconcile` ausführen, um sie zu klassifizieren</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot read accounts</source>
        <translation>%1: Konten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>summary takes no arguments</source>
        <translation>summary nimmt keine Argumente</translation>
    </message>
    <message>
        <source>unreconciled</source>
        <translation>nicht abgeglichen</translation>
    </message>
    <message>
        <source>all tools</source>
        <translation>alle Werkzeuge</translation>
    </message>
    <message numerus="yes">
        <source>Workspace %1: %n identities in the directory.</source>
        <translation>
            <numerusform>Arbeitsbereich %1: %n Identität im Verzeichnis.</numerusform>
            <numerusform>Arbeitsbereich %1: %n Identitäten im Verzeichnis.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some accounts are not reconciled yet; run `reconcile`.</source>
        <translation>Einige Konten sind noch nicht abgeglichen; `reconcile` ausführen.</translation>
    </message>
    <message>
        <source>formats takes no arguments</source>
        <translation>formats nimmt keine Argumente</translation>
    </message>
    <message>
        <source>format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>recognised by</source>
        <translation>erkannt an</translation>
    </message>
    <message>
        <source>diff takes no arguments</source>
        <translation>diff nimmt keine Argumente</translation>
    </message>
    <message>
        <source>diff needs --tool NAME</source>
        <translation>diff braucht --tool NAME</translation>
    </message>
    <message>
        <source>diff takes --from and --to together, or neither</source>
        <translation>diff nimmt --from und --to zusammen oder keines von beiden</translation>
    </message>
    <message>
        <source>--from and --to: expected snapshot ids, as `summary` and `import` print them</source>
        <translation>--from und --to: erwartet wurden Snapshot-IDs, wie `summary` und `import` sie ausgeben</translation>
    </message>
    <message>
        <source>%1: snapshot %2 -&gt; %3: %4 added, %5 removed, %6 changed, %7 unchanged.</source>
        <translation>%1: Snapshot %2 -&gt; %3: %4 hinzugekommen, %5 entfernt, %6 geändert, %7 unverändert.</translation>
    </message>
    <message>
        <source>%1 needs --tool T and --account A</source>
        <translation>%1 braucht --tool T und --account A</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>explain takes no arguments</source>
        <translation>explain nimmt keine Argumente</translation>
    </message>
    <message>
        <source>%1 in %2 (%3)</source>
        <translation>%1 in %2 (%3)</translation>
    </message>
    <message>
        <source>Class: %1. Owner: %2. Rule: %3. Recommendation: %4.</source>
        <translation>Klasse: %1. Inhaber: %2. Regel: %3. Empfehlung: %4.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>Cascade:</source>
        <translation>Kaskade:</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>compared</source>
        <translation>verglichen</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Risk %1:</source>
        <translation>Risiko %1:</translation>
    </message>
    <message>
        <source>no risk factor</source>
        <translation>kein Risikofaktor</translation>
    </message>
    <message>
        <source>points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <source>why</source>
        <translation>warum</translation>
    </message>
    <message>
        <source>Candidates: %1</source>
        <translation>Kandidaten: %1</translation>
    </message>
    <message>
        <source>Suggested by name (not linked): %1</source>
        <translation>Nach Namen vorgeschlagen (nicht zugeordnet): %1</translation>
    </message>
    <message>
        <source>%1 takes no arguments</source>
        <translation>%1 nimmt keine Argumente</translation>
    </message>
    <message>
        <source>unlink needs --tool T --account A --reason TEXT</source>
        <translation>unlink braucht --tool T --account A --reason TEXT</translation>
    </message>
    <message>
        <source>link needs --tool T --account A --owner EMAIL --reason TEXT</source>
        <translation>link braucht --tool T --account A --owner EMAIL --reason TEXT</translation>
    </message>
    <message>
        <source>unlink takes no --owner</source>
        <translation>unlink nimmt kein --owner</translation>
    </message>
    <message>
        <source>%1: no identity with the e-mail %2 in the directory; link to an owner the directory knows</source>
        <translation>%1: keine Identität mit der E-Mail-Adresse %2 im Verzeichnis; einem Inhaber zuordnen, den das Verzeichnis kennt</translation>
    </message>
    <message>
        <source>%1: %2 in %3 has no manual link</source>
        <translation>%1: %2 in %3 hat keine manuelle Zuordnung</translation>
    </message>
    <message>
        <source>%1: cannot record the %2: %3</source>
        <translation>%1: %2 kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>Unlinked %1 in %2; now %3: %4</source>
        <translation>Zuordnung von %1 in %2 aufgehoben; jetzt %3: %4</translation>
    </message>
    <message>
        <source>Linked %1 in %2; now %3: %4</source>
        <translation>%1 in %2 zugeordnet; jetzt %3: %4</translation>
    </message>
    <message>
        <source>Remediation: %1 open, %2 overdue, %3 done (`remediation %4 --status`).</source>
        <translation>Bereinigung: %1 offen, %2 überfällig, %3 erledigt (`remediation %4 --status`).</translation>
    </message>
    <message>
        <source>Find unmanaged users in developer tools: import exports, reconcile accounts to owners, review.

Commands:
  init                                  create the workspace
  import --directory FILE [--format F]  import a directory export
  import --tool NAME FILE [--format F]  import one tool instance&apos;s export (NAME e.g. github, aws-prod)
         [--mapping FILE]               ... with a YAML column mapping (HR exports, other tools)
  reconcile                             link accounts to identities and classify them
  accounts [--class C] [--tool T] [--format table|csv|json]
         [--campaign NAME [--reviewer EMAIL] [--undecided]]  a campaign&apos;s accounts; a reviewer&apos;s queue
  summary [--format table|json]         counts by tool and class
  formats                               the formats it reads, and how each is recognised
  diff --tool NAME [--from ID --to ID] [--format table|csv|json]
                                        accounts added, removed and changed between two snapshots
  explain --tool T --account A          how the account was matched, and its risk factors
  link --tool T --account A --owner EMAIL --reason TEXT
                                        link an account to its owner by hand (kept across imports)
  unlink --tool T --account A --reason TEXT
                                        remove a manual link
  campaign start NAME --due YYYY-MM-DD [--tool T]... [--class C]... [--reviewer TOOL=EMAIL]...
         [--owner EMAIL]                freeze a review&apos;s scope; carry over unexpired certifications
  campaign status [NAME] [--format table|json]
                                        progress per reviewer and per tool (no NAME: every campaign)
  campaign close NAME                   close a campaign; its decisions are final
  decide NAME --tool T --account A DECISION --reviewer EMAIL [--owner EMAIL] [--until YYYY-MM-DD]
         [--purpose TEXT] [--rotation YYYY-MM-DD] [--reason TEXT] [--to EMAIL]
                                        DECISION: reconcile, certify, expire, remove, reassign (--to),
                                        needs-info, undo
  decide NAME --from-csv FILE --reviewer EMAIL [--yes]
                                        many decisions; bulk removals and expiries need --yes
  package export NAME --tool T --out DIR
                                        a review package for the tool&apos;s reviewer to fill in
  package import NAME DIR [--yes]       record the decisions of a filled-in review package
  verify-store                          check the attestation log for edits, deletions, reordering
  remediation NAME --out DIR            per tool: actions CSV, dry-run script (--apply runs it), SCIM
                                        bodies; Jira tickets CSV
  remediation NAME --status [--format table|csv|json]
                                        open, done and overdue actions against the latest exports
  keygen --out KEY.pem [--passphrase-file FILE]
                                        an Ed25519 signing key (0600) and KEY.pub.pem; prints its fingerprint
  evidence NAME --key KEY.pem --out DIR [--passphrase-file FILE]
                                        the campaign&apos;s signed evidence bundle (interim while it is open)
  verify DIR [--trust PUB.pem]          check a bundle: file hashes, signature, decision chain, tie-out</source>
        <translation>Nicht verwaltete Benutzer in Entwicklerwerkzeugen finden: Exporte importieren, Konten ihren Inhabern zuordnen, prüfen.

Befehle:
  init                                  den Arbeitsbereich anlegen
  import --directory DATEI [--format F] einen Verzeichnis-Export importieren
  import --tool NAME DATEI [--format F] den Export einer Werkzeuginstanz importieren (NAME z. B. github, aws-prod)
         [--mapping DATEI]              ... mit einer YAML-Spaltenzuordnung (HR-Exporte, andere Werkzeuge)
  reconcile                             Konten Identitäten zuordnen und klassifizieren
  accounts [--class C] [--tool T] [--format table|csv|json]
         [--campaign NAME [--reviewer EMAIL] [--undecided]]  die Konten einer Kampagne; die Warteschlange eines Prüfers
  summary [--format table|json]         Anzahlen nach Werkzeug und Klasse
  formats                               die lesbaren Formate und woran jedes erkannt wird
  diff --tool NAME [--from ID --to ID] [--format table|csv|json]
                                        hinzugekommene, entfernte und geänderte Konten zwischen zwei Snapshots
  explain --tool T --account A          wie das Konto zugeordnet wurde, und seine Risikofaktoren
  link --tool T --account A --owner EMAIL --reason TEXT
                                        ein Konto von Hand seinem Inhaber zuordnen (bleibt über Importe erhalten)
  unlink --tool T --account A --reason TEXT
                                        eine manuelle Zuordnung entfernen
  campaign start NAME --due JJJJ-MM-TT [--tool T]... [--class C]... [--reviewer WERKZEUG=EMAIL]...
         [--owner EMAIL]                den Umfang einer Prüfung festschreiben; gültige Zertifizierungen übernehmen
  campaign status [NAME] [--format table|json]
                                        Fortschritt je Prüfer und je Werkzeug (ohne NAME: alle Kampagnen)
  campaign close NAME                   eine Kampagne schließen; ihre Entscheidungen sind endgültig
  decide NAME --tool T --account A ENTSCHEIDUNG --reviewer EMAIL [--owner EMAIL] [--until JJJJ-MM-TT]
         [--purpose TEXT] [--rotation JJJJ-MM-TT] [--reason TEXT] [--to EMAIL]
                                        ENTSCHEIDUNG: reconcile, certify, expire, remove, reassign (--to),
                                        needs-info, undo
  decide NAME --from-csv DATEI --reviewer EMAIL [--yes]
                                        viele Entscheidungen; Massenentfernungen und -befristungen brauchen --yes
  package export NAME --tool T --out ORDNER
                                        ein Prüfpaket, das der Prüfer des Werkzeugs ausfüllt
  package import NAME ORDNER [--yes]    die Entscheidungen eines ausgefüllten Prüfpakets speichern
  verify-store                          das Bestätigungsprotokoll auf Änderungen, Löschungen, Umsortierung prüfen
  remediation NAME --out ORDNER         je Werkzeug: Aktionen als CSV, Skript mit Probelauf (--apply führt es
                                        aus), SCIM-Bodies; Jira-Tickets als CSV
  remediation NAME --status [--format table|csv|json]
                                        offene, erledigte und überfällige Aktionen gegenüber den neuesten Exporten
  keygen --out KEY.pem [--passphrase-file DATEI]
                                        ein Ed25519-Signaturschlüssel (0600) und KEY.pub.pem; gibt seinen Fingerabdruck aus
  evidence NAME --key KEY.pem --out ORDNER [--passphrase-file DATEI]
                                        das signierte Nachweispaket der Kampagne (vorläufig, solange sie offen ist)
  verify ORDNER [--trust PUB.pem]       ein Paket prüfen: Datei-Hashes, Signatur, Entscheidungskette, Abstimmung</translation>
    </message>
    <message>
        <source>campaign start: a tool&apos;s reviewer, TOOL=EMAIL (repeatable); decide: who decides; accounts --campaign: whose accounts.</source>
        <translation>campaign start: der Prüfer eines Werkzeugs, WERKZEUG=EMAIL (wiederholbar); decide: wer entscheidet; accounts --campaign: wessen Konten.</translation>
    </message>
    <message>
        <source>package export, remediation, evidence: the folder to create; keygen: the private key file.</source>
        <translation>package export, remediation, evidence: der anzulegende Ordner; keygen: die Datei des privaten Schlüssels.</translation>
    </message>
    <message>
        <source>remediation: where each action stands against the tools&apos; latest exports.</source>
        <translation>remediation: wo jede Aktion gegenüber den neuesten Exporten der Werkzeuge steht.</translation>
    </message>
    <message>
        <source>evidence: the Ed25519 private key that signs the bundle.</source>
        <translation>evidence: der private Ed25519-Schlüssel, der das Paket signiert.</translation>
    </message>
    <message>
        <source>KEY.pem</source>
        <translation>KEY.pem</translation>
    </message>
    <message>
        <source>keygen, evidence: the key&apos;s passphrase, the first line of FILE.</source>
        <translation>keygen, evidence: die Passphrase des Schlüssels, die erste Zeile von DATEI.</translation>
    </message>
    <message>
        <source>verify: the signer&apos;s public key, obtained from the signer.</source>
        <translation>verify: der öffentliche Schlüssel des Unterzeichners, von ihm selbst erhalten.</translation>
    </message>
    <message>
        <source>PUB.pem</source>
        <translation>PUB.pem</translation>
    </message>
    <message>
        <source>accounts: only the accounts in this campaign&apos;s scope (with --reviewer EMAIL: assigned to that reviewer now).</source>
        <translation>accounts: nur die Konten im Umfang dieser Kampagne (mit --reviewer EMAIL: die jetzt diesem Prüfer zugewiesenen).</translation>
    </message>
    <message>
        <source>accounts --campaign: only accounts without a decision in force yet.</source>
        <translation>accounts --campaign: nur Konten ohne gültige Entscheidung.</translation>
    </message>
    <message>
        <source>keygen --out KEY.pem [--passphrase-file FILE]</source>
        <translation>keygen --out KEY.pem [--passphrase-file DATEI]</translation>
    </message>
    <message>
        <source>%1: exists already; a key is never overwritten</source>
        <translation>%1: existiert bereits; ein Schlüssel wird nie überschrieben</translation>
    </message>
    <message>
        <source>Wrote the Ed25519 private key %1 (mode 0600%2) and its public key %3.</source>
        <translation>Privaten Ed25519-Schlüssel %1 (Modus 0600%2) und seinen öffentlichen Schlüssel %3 geschrieben.</translation>
    </message>
    <message>
        <source>, not encrypted</source>
        <translation>, nicht verschlüsselt</translation>
    </message>
    <message>
        <source>, encrypted with the passphrase</source>
        <translation>, mit der Passphrase verschlüsselt</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256 of the public key&apos;s DER SubjectPublicKeyInfo): %1</source>
        <translation>Fingerabdruck (SHA-256 der DER-SubjectPublicKeyInfo des öffentlichen Schlüssels): %1</translation>
    </message>
    <message>
        <source>evidence NAME --key KEY.pem --out DIR [--passphrase-file FILE]</source>
        <translation>evidence NAME --key KEY.pem --out ORDNER [--passphrase-file DATEI]</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the %1 evidence bundle of campaign %2 to %3: %n file(s).</source>
        <translation>
            <numerusform>Das %1 Nachweispaket der Kampagne %2 nach %3 geschrieben: %n Datei.</numerusform>
            <numerusform>Das %1 Nachweispaket der Kampagne %2 nach %3 geschrieben: %n Dateien.</numerusform>
        </translation>
    </message>
    <message>
        <source>INTERIM</source>
        <translation>VORLÄUFIGE</translation>
    </message>
    <message>
        <source>final</source>
        <translation>endgültige</translation>
    </message>
    <message>
        <source>The campaign is still open: the bundle says so; write it again after `campaign close %1`.</source>
        <translation>Die Kampagne ist noch offen, und das Paket weist darauf hin; nach `campaign close %1` erneut schreiben.</translation>
    </message>
    <message numerus="yes">
        <source>Population: %n account(s); decisions: attestations %1 to %2, head %3.</source>
        <translation>
            <numerusform>Grundgesamtheit: %n Konto; Entscheidungen: Bestätigungen %1 bis %2, Kopf %3.</numerusform>
            <numerusform>Grundgesamtheit: %n Konten; Entscheidungen: Bestätigungen %1 bis %2, Kopf %3.</numerusform>
        </translation>
    </message>
    <message>
        <source>manifest.json SHA-256: %1</source>
        <translation>SHA-256 von manifest.json: %1</translation>
    </message>
    <message>
        <source>Signer fingerprint: %1</source>
        <translation>Fingerabdruck des Unterzeichners: %1</translation>
    </message>
    <message>
        <source>verify DIR [--trust PUB.pem]</source>
        <translation>verify ORDNER [--trust PUB.pem]</translation>
    </message>
    <message numerus="yes">
        <source>%1: NOT verified: %n problem(s) above</source>
        <translation>
            <numerusform>%1: NICHT verifiziert: %n Problem oben</numerusform>
            <numerusform>%1: NICHT verifiziert: %n Probleme oben</numerusform>
        </translation>
    </message>
    <message>
        <source>ok: %1</source>
        <translation>ok: %1</translation>
    </message>
    <message>
        <source>%1: verified: campaign %2 (%3), written %4.</source>
        <translation>%1: verifiziert: Kampagne %2 (%3), geschrieben %4.</translation>
    </message>
    <message>
        <source>INTERIM, the campaign was open</source>
        <translation>VORLÄUFIG, die Kampagne war offen</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <source>The signer&apos;s key is the bundle&apos;s own: compare its fingerprint %1 with the one the signer gave you, or pass --trust PUB.pem.</source>
        <translation>Der Schlüssel des Unterzeichners ist der des Pakets selbst: seinen Fingerabdruck %1 mit dem vergleichen, den der Unterzeichner Ihnen gegeben hat, oder --trust PUB.pem angeben.</translation>
    </message>
    <message>
        <source>Remediation of campaign %1 in %2: %3 open, %4 overdue, %5 done.</source>
        <translation>Bereinigung der Kampagne %1 in %2: %3 offen, %4 überfällig, %5 erledigt.</translation>
    </message>
    <message>
        <source>remediation NAME --out DIR | remediation NAME --status [--format table|csv|json]</source>
        <translation>remediation NAME --out ORDNER | remediation NAME --status [--format table|csv|json]</translation>
    </message>
    <message numerus="yes">
        <source>Wrote the remediation of campaign %1 to %2: %n action(s) in %3 tool(s)</source>
        <translation>
            <numerusform>Bereinigung der Kampagne %1 nach %2 geschrieben: %n Aktion in %3 Werkzeug(en)</numerusform>
            <numerusform>Bereinigung der Kampagne %1 nach %2 geschrieben: %n Aktionen in %3 Werkzeug(en)</numerusform>
        </translation>
    </message>
    <message>
        <source> (%1 open, %2 overdue, %3 done).</source>
        <translation> (%1 offen, %2 überfällig, %3 erledigt).</translation>
    </message>
    <message numerus="yes">
        <source>Remediation of campaign %1 as of %2: %n action(s), </source>
        <translation>
            <numerusform>Bereinigung der Kampagne %1, Stand %2: %n Aktion, </numerusform>
            <numerusform>Bereinigung der Kampagne %1, Stand %2: %n Aktionen, </numerusform>
        </translation>
    </message>
    <message>
        <source>%1 open, %2 overdue, %3 done.</source>
        <translation>%1 offen, %2 überfällig, %3 erledigt.</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>CsvFormat</name>
    <message>
        <source>UTF-16 text</source>
        <translation>UTF-16-Text</translation>
    </message>
    <message>
        <source>a byte order mark</source>
        <translation>eine Bytereihenfolge-Marke (BOM)</translation>
    </message>
    <message>
        <source>%1 text</source>
        <translation>%1-Text</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>the file is not valid %1 after this line; save it as UTF-8 and import it again</source>
        <translation>die Datei ist nach dieser Zeile kein gültiges %1; als UTF-8 speichern und erneut importieren</translation>
    </message>
    <message>
        <source>the file is empty; expected a header row</source>
        <translation>die Datei ist leer; erwartet wurde eine Kopfzeile</translation>
    </message>
    <message>
        <source>the header contains control characters; expected a CSV text file</source>
        <translation>die Kopfzeile enthält Steuerzeichen; erwartet wurde eine CSV-Textdatei</translation>
    </message>
    <message numerus="yes">
        <source>expected %n field(s) as in the header, found %1</source>
        <translation>
            <numerusform>erwartet wurde %n Feld wie in der Kopfzeile, gefunden %1</numerusform>
            <numerusform>erwartet wurden %n Felder wie in der Kopfzeile, gefunden %1</numerusform>
        </translation>
    </message>
    <message>
        <source>quoted field is never closed; expected a closing &apos;&quot;&apos;</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen; erwartet wurde ein schließendes &apos;&quot;&apos;</translation>
    </message>
    <message>
        <source>expected a delimiter or the end of the line after a closing quote, found &apos;%1&apos;</source>
        <translation>nach einem schließenden Anführungszeichen wurde ein Trennzeichen oder das Zeilenende erwartet, gefunden &apos;%1&apos;</translation>
    </message>
    <message>
        <source>found a NUL byte; expected a CSV text file</source>
        <translation>NUL-Byte gefunden; erwartet wurde eine CSV-Textdatei</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is longer than %2; expected an export with ordinary cells</source>
        <translation>das Feld &apos;%1&apos; ist länger als %2; erwartet wurde ein Export mit gewöhnlichen Zellen</translation>
    </message>
</context>
<context>
    <name>CsvRow</name>
    <message>
        <source>leading apostrophes</source>
        <translation>führende Apostrophe</translation>
    </message>
    <message>
        <source>field &apos;%1&apos;: expected %2, found &quot;%3&quot;</source>
        <translation>Feld &apos;%1&apos;: erwartet wurde %2, gefunden &quot;%3&quot;</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is empty; expected a value</source>
        <translation>das Feld &apos;%1&apos; ist leer; erwartet wurde ein Wert</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>locale dates such as &quot;%1&quot;</source>
        <translation>länderspezifische Datumsangaben wie &quot;%1&quot;</translation>
    </message>
    <message>
        <source>an ISO 8601 timestamp</source>
        <translation>ein ISO-8601-Zeitstempel</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>DecisionService</name>
    <message>
        <source>%1: campaign %2 was closed on %3; its decisions are final</source>
        <translation>%1: die Kampagne %2 wurde am %3 geschlossen; ihre Entscheidungen sind endgültig</translation>
    </message>
    <message>
        <source>reviewer &apos;%1&apos;: expected an e-mail address</source>
        <translation>Prüfer &apos;%1&apos;: erwartet wurde eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>reviewer %1 is %2 in the directory; only active people review</source>
        <translation>der Prüfer %1 ist im Verzeichnis %2; nur aktive Personen prüfen</translation>
    </message>
    <message>
        <source>login &apos;%1&apos; names %2 accounts of %3 in campaign %4; name it by its account key</source>
        <translation>die Anmeldung &apos;%1&apos; bezeichnet %2 Konten von %3 in Kampagne %4; das Konto über seinen Kontoschlüssel angeben</translation>
    </message>
    <message>
        <source>no account &apos;%1&apos; of %2 in campaign %3</source>
        <translation>kein Konto &apos;%1&apos; von %2 in Kampagne %3</translation>
    </message>
    <message>
        <source>tool &apos;%1&apos; has no account in campaign %2</source>
        <translation>das Werkzeug &apos;%1&apos; hat kein Konto in Kampagne %2</translation>
    </message>
    <message>
        <source>a decision needs the tool and the account</source>
        <translation>eine Entscheidung braucht das Werkzeug und das Konto</translation>
    </message>
    <message>
        <source>%1 owns this account and cannot decide on it (separation of duties); reassign it to another reviewer</source>
        <translation>%1 ist Inhaber dieses Kontos und kann nicht darüber entscheiden (Funktionstrennung); einem anderen Prüfer zuweisen</translation>
    </message>
    <message>
        <source>assigned to the campaign owner %1; only they decide on it or reassign it</source>
        <translation>der/dem Kampagnenverantwortlichen %1 zugewiesen; nur sie/er entscheidet darüber oder weist es neu zu</translation>
    </message>
    <message>
        <source>assigned to %1; only %1 or the campaign owner %2 decides on it or reassigns it</source>
        <translation>%1 zugewiesen; nur %1 oder die/der Kampagnenverantwortliche %2 entscheidet darüber oder weist es neu zu</translation>
    </message>
    <message>
        <source>reassign takes the new reviewer as --to, not an owner</source>
        <translation>reassign nimmt den neuen Prüfer als --to, nicht als Inhaber</translation>
    </message>
    <message>
        <source>%1 takes no owner</source>
        <translation>%1 nimmt keinen Inhaber</translation>
    </message>
    <message>
        <source>remove is now and takes no date; expire takes one</source>
        <translation>remove gilt sofort und nimmt kein Datum; expire nimmt eines</translation>
    </message>
    <message>
        <source>%1 takes no date</source>
        <translation>%1 nimmt kein Datum</translation>
    </message>
    <message>
        <source>%1 takes no business purpose; certify does</source>
        <translation>%1 nimmt keinen geschäftlichen Zweck; certify schon</translation>
    </message>
    <message>
        <source>%1 takes no rotation date; certify does</source>
        <translation>%1 nimmt kein Rotationsdatum; certify schon</translation>
    </message>
    <message>
        <source>%1 takes no new reviewer; reassign does</source>
        <translation>%1 nimmt keinen neuen Prüfer; reassign schon</translation>
    </message>
    <message>
        <source>no identity with the e-mail %1 in the directory; name an owner the directory knows</source>
        <translation>keine Identität mit der E-Mail-Adresse %1 im Verzeichnis; einen Inhaber nennen, den das Verzeichnis kennt</translation>
    </message>
    <message>
        <source>the owner %1 is %2 in the directory; a certification needs an active owner</source>
        <translation>der Inhaber %1 ist im Verzeichnis %2; eine Zertifizierung braucht einen aktiven Inhaber</translation>
    </message>
    <message>
        <source>%1 cannot name themselves the owner (separation of duties)</source>
        <translation>%1 kann sich nicht selbst als Inhaber nennen (Funktionstrennung)</translation>
    </message>
    <message>
        <source>reconcile needs the owner&apos;s e-mail in the directory (--owner EMAIL)</source>
        <translation>reconcile braucht die E-Mail-Adresse des Inhabers im Verzeichnis (--owner EMAIL)</translation>
    </message>
    <message>
        <source>its owner %1 is %2 in the directory; a certification needs an active owner (--owner EMAIL)</source>
        <translation>sein Inhaber %1 ist im Verzeichnis %2; eine Zertifizierung braucht einen aktiven Inhaber (--owner EMAIL)</translation>
    </message>
    <message>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message>
        <source>certify needs an owner: the account has none; name one (--owner EMAIL)</source>
        <translation>certify braucht einen Inhaber: das Konto hat keinen; einen nennen (--owner EMAIL)</translation>
    </message>
    <message>
        <source>certify needs the business purpose (--purpose TEXT)</source>
        <translation>certify braucht den geschäftlichen Zweck (--purpose TEXT)</translation>
    </message>
    <message>
        <source>certify needs an expiry date (--until YYYY-MM-DD)</source>
        <translation>certify braucht ein Ablaufdatum (--until JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>expiry %1 is not after today (%2)</source>
        <translation>das Ablaufdatum %1 liegt nicht nach heute (%2)</translation>
    </message>
    <message>
        <source>%1 accounts are certified for %2 days at most: %3 is %4 days away; the latest is %5</source>
        <translation>%1-Konten werden höchstens %2 Tage zertifiziert: %3 ist %4 Tage entfernt; spätestens %5</translation>
    </message>
    <message>
        <source>certifying a break-glass account needs the date its credentials must be rotated by (--rotation YYYY-MM-DD)</source>
        <translation>die Zertifizierung eines Break-Glass-Kontos braucht das Datum, bis zu dem seine Zugangsdaten gewechselt werden müssen (--rotation JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>rotation date %1 must be between today (%2) and the expiry (%3)</source>
        <translation>das Rotationsdatum %1 muss zwischen heute (%2) und dem Ablauf (%3) liegen</translation>
    </message>
    <message>
        <source>a rotation date is for break-glass accounts; this one is %1</source>
        <translation>ein Rotationsdatum gilt für Break-Glass-Konten; dieses ist %1</translation>
    </message>
    <message>
        <source>bulk certify is refused for orphaned accounts; certify it on its own</source>
        <translation>Massenzertifizierung wird für verwaiste Konten abgelehnt; einzeln zertifizieren</translation>
    </message>
    <message>
        <source>bulk certify is refused for privileged (%1) accounts; certify it on its own</source>
        <translation>Massenzertifizierung wird für privilegierte (%1) Konten abgelehnt; einzeln zertifizieren</translation>
    </message>
    <message>
        <source>certifying %1 account needs a justification (--reason TEXT)</source>
        <translation>die Zertifizierung für %1 Konto braucht eine Begründung (--reason TEXT)</translation>
    </message>
    <message>
        <source>an orphaned</source>
        <translation>ein verwaistes</translation>
    </message>
    <message>
        <source>an unmanaged</source>
        <translation>ein nicht verwaltetes</translation>
    </message>
    <message>
        <source>a privileged (%1)</source>
        <translation>ein privilegiertes (%1)</translation>
    </message>
    <message>
        <source>expire needs the end date (--until YYYY-MM-DD)</source>
        <translation>expire braucht das Enddatum (--until JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>end date %1 is not after today (%2); to end access now, remove it</source>
        <translation>das Enddatum %1 liegt nicht nach heute (%2); um den Zugriff sofort zu beenden, remove verwenden</translation>
    </message>
    <message>
        <source>reassign needs the new reviewer&apos;s e-mail (--to EMAIL)</source>
        <translation>reassign braucht die E-Mail-Adresse des neuen Prüfers (--to EMAIL)</translation>
    </message>
    <message>
        <source>already assigned to %1</source>
        <translation>bereits %1 zugewiesen</translation>
    </message>
    <message>
        <source>%1 owns this account and cannot review it (separation of duties)</source>
        <translation>%1 ist Inhaber dieses Kontos und kann es nicht prüfen (Funktionstrennung)</translation>
    </message>
    <message>
        <source>%1 is %2 in the directory; only active people review</source>
        <translation>%1 ist im Verzeichnis %2; nur aktive Personen prüfen</translation>
    </message>
    <message>
        <source>needs-info needs the question: what is missing (--reason TEXT)</source>
        <translation>needs-info braucht die Frage: was fehlt (--reason TEXT)</translation>
    </message>
    <message>
        <source>nothing to undo: no decision is in force</source>
        <translation>nichts rückgängig zu machen: keine Entscheidung ist in Kraft</translation>
    </message>
    <message>
        <source>undo needs a reason (--reason TEXT)</source>
        <translation>undo braucht eine Begründung (--reason TEXT)</translation>
    </message>
    <message>
        <source>reconciled in campaign %1 (attestation %2)</source>
        <translation>abgeglichen in Kampagne %1 (Bestätigung %2)</translation>
    </message>
    <message>
        <source>cannot record the manual link: %1</source>
        <translation>die manuelle Zuordnung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>undo in campaign %1 (attestation %2): %3</source>
        <translation>rückgängig gemacht in Kampagne %1 (Bestätigung %2): %3</translation>
    </message>
    <message>
        <source>cannot take back the manual link: %1</source>
        <translation>die manuelle Zuordnung kann nicht zurückgenommen werden: %1</translation>
    </message>
    <message>
        <source>no decision to record</source>
        <translation>keine Entscheidung zu speichern</translation>
    </message>
    <message>
        <source>%1: this file was already recorded in campaign %2 (attestations %3 to %4); nothing to do</source>
        <translation>%1: diese Datei wurde bereits in Kampagne %2 gespeichert (Bestätigungen %3 bis %4); nichts zu tun</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) would be removed or expired in bulk; that needs a confirmation of that count</source>
        <translation>
            <numerusform>%n Konto würde gesammelt entfernt oder befristet; das braucht eine Bestätigung dieser Anzahl</numerusform>
            <numerusform>%n Konten würden gesammelt entfernt oder befristet; das braucht eine Bestätigung dieser Anzahl</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: cannot record decisions: %2</source>
        <translation>%1: Entscheidungen können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the decisions changed since they were confirmed; check them again</source>
        <translation>die Entscheidungen haben sich seit der Bestätigung geändert; bitte erneut prüfen</translation>
    </message>
    <message>
        <source>%1: cannot commit the decisions: %2</source>
        <translation>%1: die Entscheidungen können nicht festgeschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1/%2 is not in the current snapshot; its manual link applies when it is imported again</source>
        <translation>%1/%2 ist nicht im aktuellen Snapshot; seine manuelle Zuordnung gilt, sobald es wieder importiert wird</translation>
    </message>
    <message>
        <source>%1/%2: %3</source>
        <translation>%1/%2: %3</translation>
    </message>
    <message>
        <source>%1:1: missing column &apos;%2&apos;; a decisions file has the columns %3</source>
        <translation>%1:1: die Spalte &apos;%2&apos; fehlt; eine Entscheidungsdatei hat die Spalten %3</translation>
    </message>
    <message>
        <source>%1: field &apos;%2&apos;: expected a date as YYYY-MM-DD, found &apos;%3&apos; (a spreadsheet may have reformatted it)</source>
        <translation>%1: Feld &apos;%2&apos;: erwartet wurde ein Datum als JJJJ-MM-TT, gefunden &apos;%3&apos; (eine Tabellenkalkulation hat es vielleicht umformatiert)</translation>
    </message>
    <message>
        <source>%1: field &apos;decision&apos;: expected one of %2, found &apos;%3&apos;</source>
        <translation>%1: Feld &apos;decision&apos;: erwartet wurde einer der Werte %2, gefunden &apos;%3&apos;</translation>
    </message>
</context>
<context>
    <name>EntraUsersFormat</name>
    <message>
        <source>Microsoft Entra ID &quot;Download users&quot; CSV</source>
        <translation>Microsoft-Entra-ID-CSV „Download users“</translation>
    </message>
    <message>
        <source>CSV header with userPrincipalName, accountEnabled and id (2021+) or objectId (documented)</source>
        <translation>CSV-Kopfzeile mit userPrincipalName, accountEnabled und id (ab 2021) oder objectId (dokumentiert)</translation>
    </message>
    <message>
        <source>Member or Guest</source>
        <translation>Member oder Guest</translation>
    </message>
</context>
<context>
    <name>EvidenceManifest</name>
    <message>
        <source>not JSON: %1 at byte %2</source>
        <translation>kein JSON: %1 bei Byte %2</translation>
    </message>
    <message>
        <source>&quot;format&quot;: expected &quot;%1&quot;</source>
        <translation>&quot;format&quot;: erwartet wurde &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;format_version&quot; %1: this Rollcall reads version %2</source>
        <translation>&quot;format_version&quot; %1: dieses Rollcall liest Version %2</translation>
    </message>
    <message>
        <source>&quot;campaign&quot;: the campaign&apos;s name is missing</source>
        <translation>&quot;campaign&quot;: der Name der Kampagne fehlt</translation>
    </message>
    <message>
        <source>line %1: a quoted field never ends</source>
        <translation>Zeile %1: ein Feld in Anführungszeichen endet nie</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field</source>
        <translation>Zeile %1: ein Anführungszeichen in einem Feld ohne Anführungszeichen</translation>
    </message>
    <message>
        <source>line %1: text after a closing quote</source>
        <translation>Zeile %1: Text nach einem schließenden Anführungszeichen</translation>
    </message>
</context>
<context>
    <name>EvidenceReports</name>
    <message>
        <source>the PDF could not be drawn</source>
        <translation>das PDF konnte nicht gezeichnet werden</translation>
    </message>
</context>
<context>
    <name>EvidenceVerifier</name>
    <message>
        <source>%1: is a symbolic link; open the bundle&apos;s folder itself</source>
        <translation>%1: ist ein symbolischer Link; den Ordner des Pakets selbst öffnen</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>is a symbolic link; a bundle holds plain files only, nothing is followed</source>
        <translation>ist ein symbolischer Link; ein Paket enthält nur einfache Dateien, nichts wird verfolgt</translation>
    </message>
    <message>
        <source>not a plain file</source>
        <translation>keine einfache Datei</translation>
    </message>
    <message>
        <source>lies outside the bundle&apos;s folder</source>
        <translation>liegt außerhalb des Paketordners</translation>
    </message>
    <message>
        <source>missing from the bundle</source>
        <translation>fehlt im Paket</translation>
    </message>
    <message>
        <source>too large (%1 bytes) for what it should hold</source>
        <translation>zu groß (%1 Bytes) für das, was sie enthalten soll</translation>
    </message>
    <message>
        <source>expected 64 lower-case hex digits, two spaces and a file name</source>
        <translation>erwartet wurden 64 hexadezimale Ziffern in Kleinbuchstaben, zwei Leerzeichen und ein Dateiname</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a path inside the bundle</source>
        <translation>&apos;%1&apos; ist kein Pfad innerhalb des Pakets</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>%1 is listed but missing from the bundle</source>
        <translation>%1 ist aufgeführt, fehlt aber im Paket</translation>
    </message>
    <message>
        <source>present but not listed in %1</source>
        <translation>vorhanden, aber nicht in %1 aufgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match SHA256SUMS</source>
        <translation>
            <numerusform>%n Datei stimmt mit SHA256SUMS überein</numerusform>
            <numerusform>%n Dateien stimmen mit SHA256SUMS überein</numerusform>
        </translation>
    </message>
    <message>
        <source>is not the trusted key %1: fingerprint %2, trusted %3</source>
        <translation>ist nicht der vertrauenswürdige Schlüssel %1: Fingerabdruck %2, vertrauenswürdig %3</translation>
    </message>
    <message>
        <source>names the signer %1, but the key checked is %2 (%3)</source>
        <translation>nennt den Unterzeichner %1, der geprüfte Schlüssel ist aber %2 (%3)</translation>
    </message>
    <message>
        <source>the signature over manifest.json verifies with %1 (fingerprint %2)</source>
        <translation>die Signatur über manifest.json ist mit %1 gültig (Fingerabdruck %2)</translation>
    </message>
    <message>
        <source>the signature over manifest.json does not verify with %1 (fingerprint %2): the manifest was changed or signed by another key</source>
        <translation>die Signatur über manifest.json ist mit %1 nicht gültig (Fingerabdruck %2): das Manifest wurde geändert oder mit einem anderen Schlüssel signiert</translation>
    </message>
    <message>
        <source>&quot;files&quot;: &apos;%1&apos; is not a path inside the bundle</source>
        <translation>&quot;files&quot;: &apos;%1&apos; ist kein Pfad innerhalb des Pakets</translation>
    </message>
    <message>
        <source>listed in %1 but missing from the bundle</source>
        <translation>in %1 aufgeführt, fehlt aber im Paket</translation>
    </message>
    <message>
        <source>differs from %1: SHA-256 %2… and %3 bytes, the manifest records %4… and %5 bytes</source>
        <translation>weicht von %1 ab: SHA-256 %2… und %3 Bytes, das Manifest verzeichnet %4… und %5 Bytes</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) match manifest.json</source>
        <translation>
            <numerusform>%n Datei stimmt mit manifest.json überein</numerusform>
            <numerusform>%n Dateien stimmen mit manifest.json überein</numerusform>
        </translation>
    </message>
    <message>
        <source>the last line has no line break: the file was cut</source>
        <translation>die letzte Zeile hat keinen Zeilenumbruch: die Datei wurde abgeschnitten</translation>
    </message>
    <message>
        <source>attestation %1 is not in canonical form (members, order or spacing changed)</source>
        <translation>Bestätigung %1 ist nicht in kanonischer Form (Elemente, Reihenfolge oder Leerzeichen geändert)</translation>
    </message>
    <message>
        <source>attestation %1 (%2 of %3/%4) was edited: its content hashes to %5, the recorded hash is %6</source>
        <translation>Bestätigung %1 (%2 für %3/%4) wurde geändert: ihr Inhalt ergibt den Hash %5, gespeichert ist %6</translation>
    </message>
    <message>
        <source>attestation %1 follows where %2 belongs: attestation(s) deleted or the lines reordered</source>
        <translation>Bestätigung %1 steht, wo %2 hingehört: Bestätigung(en) gelöscht oder die Zeilen umsortiert</translation>
    </message>
    <message>
        <source>attestation %1 comes after %2: the lines were reordered</source>
        <translation>Bestätigung %1 kommt nach %2: die Zeilen wurden umsortiert</translation>
    </message>
    <message>
        <source>attestation %1 does not follow the line before: it records the previous hash %2, the line before hashes to %3 (a line was replaced, deleted or moved)</source>
        <translation>Bestätigung %1 folgt nicht auf die Zeile davor: sie verzeichnet den vorigen Hash %2, die Zeile davor ergibt den Hash %3 (eine Zeile wurde ersetzt, gelöscht oder verschoben)</translation>
    </message>
    <message>
        <source>the file holds %1 attestation(s) ending at %2, the manifest records %3 ending at %4 (%5): lines were deleted or added at the end</source>
        <translation>die Datei enthält %1 Bestätigung(en) bis %2, das Manifest verzeichnet %3 bis %4 (%5): am Ende wurden Zeilen gelöscht oder hinzugefügt</translation>
    </message>
    <message numerus="yes">
        <source>the decision chain holds: %n attestation(s), each hashing to its hash and linked to the one before</source>
        <translation>
            <numerusform>die Entscheidungskette ist intakt: %n Bestätigung, die ihren Hash ergibt und mit der vorigen verkettet ist</numerusform>
            <numerusform>die Entscheidungskette ist intakt: %n Bestätigungen, jede ergibt ihren Hash und ist mit der vorigen verkettet</numerusform>
        </translation>
    </message>
    <message>
        <source>expected the header %1</source>
        <translation>erwartet wurde die Kopfzeile %1</translation>
    </message>
    <message>
        <source>%1 fields, expected %2</source>
        <translation>%1 Felder, erwartet wurden %2</translation>
    </message>
    <message>
        <source>tie-out: %1 %2 account(s) of tool %3, manifest.json records %4</source>
        <translation>Abstimmung: %1 Konto/Konten der Klasse %2 im Werkzeug %3, manifest.json verzeichnet %4</translation>
    </message>
    <message>
        <source>tie-out: %1 account(s), manifest.json records %2</source>
        <translation>Abstimmung: %1 Konto/Konten, manifest.json verzeichnet %2</translation>
    </message>
    <message>
        <source>the population differs from the scope attestation %1 (campaign-start) recorded: %2 account(s) there, %3 here</source>
        <translation>die Grundgesamtheit weicht von der Umfangsbestätigung %1 (campaign-start) ab: dort %2 Konto/Konten, hier %3</translation>
    </message>
    <message>
        <source>attestation %1 is about %2/%3, which is not in accounts.csv</source>
        <translation>Bestätigung %1 betrifft %2/%3, das nicht in accounts.csv steht</translation>
    </message>
    <message numerus="yes">
        <source>the population ties out: %n account(s), per tool and class as manifest.json records</source>
        <translation>
            <numerusform>die Grundgesamtheit stimmt überein: %n Konto, je Werkzeug und Klasse wie in manifest.json verzeichnet</numerusform>
            <numerusform>die Grundgesamtheit stimmt überein: %n Konten, je Werkzeug und Klasse wie in manifest.json verzeichnet</numerusform>
        </translation>
    </message>
    <message>
        <source>records %1… for %2, whose SHA-256 is %3…: the file or this line was changed</source>
        <translation>verzeichnet %1… für %2, dessen SHA-256 %3… ist: die Datei oder diese Zeile wurde geändert</translation>
    </message>
</context>
<context>
    <name>EvidenceWriter</name>
    <message>
        <source>%1: is a symbolic link; a bundle holds plain files only</source>
        <translation>%1: ist ein symbolischer Link; ein Paket enthält nur einfache Dateien</translation>
    </message>
    <message>
        <source>%1: not a plain file</source>
        <translation>%1: keine einfache Datei</translation>
    </message>
    <message>
        <source>%1: the attestation log is not intact (%2); no evidence is written from it — run verify-store</source>
        <translation>%1: das Bestätigungsprotokoll ist nicht intakt (%2); daraus wird kein Nachweis geschrieben — verify-store ausführen</translation>
    </message>
    <message>
        <source>%1: campaign %2 has no attestation: %3</source>
        <translation>%1: Kampagne %2 hat keine Bestätigung: %3</translation>
    </message>
    <message>
        <source>no signing key</source>
        <translation>kein Signaturschlüssel</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; give a new folder</source>
        <translation>%1: ist ein symbolischer Link; einen neuen Ordner angeben</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: the folder is not empty; give a new one</source>
        <translation>%1: der Ordner ist nicht leer; einen neuen angeben</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>GcpIamPolicyFormat</name>
    <message>
        <source>Google Cloud IAM policy JSON (get-iam-policy --format=json)</source>
        <translation>Google-Cloud-IAM-Richtlinie als JSON (get-iam-policy --format=json)</translation>
    </message>
    <message>
        <source>JSON with the keys bindings, role and members</source>
        <translation>JSON mit den Schlüsseln bindings, role und members</translation>
    </message>
    <message>
        <source>an IAM policy object</source>
        <translation>ein IAM-Richtlinienobjekt</translation>
    </message>
    <message>
        <source>an array of bindings</source>
        <translation>ein Array von Bindungen</translation>
    </message>
    <message>
        <source>an array of members</source>
        <translation>ein Array von Mitgliedern</translation>
    </message>
    <message>
        <source> (condition: %1)</source>
        <translation> (Bedingung: %1)</translation>
    </message>
    <message>
        <source> (conditional)</source>
        <translation> (bedingt)</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message>
        <source>expected a member such as user:name@example.com, serviceAccount:…, group:…, domain:…, deleted:user:…?uid=…, allUsers or principal://…, found %1</source>
        <translation>erwartet wurde ein Mitglied wie user:name@example.com, serviceAccount:…, group:…, domain:…, deleted:user:…?uid=…, allUsers oder principal://…, gefunden %1</translation>
    </message>
    <message>
        <source>Anyone on the internet</source>
        <translation>Jeder im Internet</translation>
    </message>
    <message>
        <source>Anyone with a Google account</source>
        <translation>Jeder mit einem Google-Konto</translation>
    </message>
</context>
<context>
    <name>GenericCsvFormat</name>
    <message>
        <source>Tool user list CSV read through a --mapping file</source>
        <translation>Benutzerliste eines Werkzeugs als CSV, gelesen über eine --mapping-Datei</translation>
    </message>
    <message>
        <source>a --mapping file with format: generic-csv, given with a CSV file (whose header must have every column the mapping names)</source>
        <translation>eine --mapping-Datei mit format: generic-csv, zusammen mit einer CSV-Datei (deren Kopfzeile jede Spalte der Zuordnung enthalten muss)</translation>
    </message>
    <message>
        <source>one of %1 (privilege_values in the --mapping file)</source>
        <translation>einer der Werte %1 (privilege_values in der --mapping-Datei)</translation>
    </message>
    <message>
        <source>one of %1 (status_values in the --mapping file)</source>
        <translation>einer der Werte %1 (status_values in der --mapping-Datei)</translation>
    </message>
</context>
<context>
    <name>GitHubLicenseUsageFormat</name>
    <message>
        <source>GitHub Enterprise license usage report CSV</source>
        <translation>Lizenznutzungsbericht von GitHub Enterprise (CSV)</translation>
    </message>
    <message>
        <source>CSV header with License type and GitHub com login (or github_com_login, or GitHub login)</source>
        <translation>CSV-Kopfzeile mit License type und GitHub com login (oder github_com_login, oder GitHub login)</translation>
    </message>
    <message>
        <source>field &apos;%1&apos; is empty; expected a login, or an Enterprise Server or Visual Studio subscription e-mail</source>
        <translation>das Feld &apos;%1&apos; ist leer; erwartet wurde eine Anmeldung oder eine E-Mail-Adresse eines Enterprise-Server- oder Visual-Studio-Abonnements</translation>
    </message>
    <message>
        <source>a list such as org:Owner, org:Member, org/repo:Collaborator (Owner, Member, Billing manager or Collaborator)</source>
        <translation>eine Liste wie org:Owner, org:Member, org/repo:Collaborator (Owner, Member, Billing manager oder Collaborator)</translation>
    </message>
    <message>
        <source>enterprise: %1</source>
        <translation>Enterprise: %1</translation>
    </message>
    <message>
        <source>license: %1</source>
        <translation>Lizenz: %1</translation>
    </message>
</context>
<context>
    <name>GitHubMembersApiFormat</name>
    <message>
        <source>GitHub REST organization members JSON (GET /orgs/{org}/members)</source>
        <translation>Mitglieder einer GitHub-Organisation über REST als JSON (GET /orgs/{org}/members)</translation>
    </message>
    <message>
        <source>JSON with the keys login, node_id and site_admin</source>
        <translation>JSON mit den Schlüsseln login, node_id und site_admin</translation>
    </message>
    <message>
        <source>expected an array of organization members</source>
        <translation>erwartet wurde ein Array von Organisationsmitgliedern</translation>
    </message>
    <message>
        <source>a numeric user id</source>
        <translation>eine numerische Benutzer-ID</translation>
    </message>
</context>
<context>
    <name>GitHubOrgMembersFormat</name>
    <message>
        <source>GitHub organization People export CSV (header unverified)</source>
        <translation>GitHub-Organisation, Export „People“ als CSV (Kopfzeile nicht bestätigt)</translation>
    </message>
    <message>
        <source>CSV header with a login (login, username, GitHub com login), a role and a 2FA column (2fa..., two factor...), and none of License type, last_logged_ip, suspended?, dormant?</source>
        <translation>CSV-Kopfzeile mit einer Anmeldung (login, username, GitHub com login), einer Rolle und einer 2FA-Spalte (2fa..., two factor...) und ohne License type, last_logged_ip, suspended?, dormant?</translation>
    </message>
    <message>
        <source>Owner, Member, Moderator, Security manager, Billing manager or Outside collaborator</source>
        <translation>Owner, Member, Moderator, Security manager, Billing manager oder Outside collaborator</translation>
    </message>
</context>
<context>
    <name>GitHubServerUsersFormat</name>
    <message>
        <source>GitHub Enterprise Server user report or GHEC dormant users CSV</source>
        <translation>Benutzerbericht von GitHub Enterprise Server oder CSV der inaktiven Benutzer von GHEC</translation>
    </message>
    <message>
        <source>CSV header with login, role, suspended?, dormant? and last_logged_ip</source>
        <translation>CSV-Kopfzeile mit login, role, suspended?, dormant? und last_logged_ip</translation>
    </message>
    <message>
        <source>admin or user (or, in the dormant users report, owner, member or outside collaborator)</source>
        <translation>admin oder user (oder, im Bericht der inaktiven Benutzer, owner, member oder outside collaborator)</translation>
    </message>
</context>
<context>
    <name>GitLabGroupMembersFormat</name>
    <message>
        <source>GitLab group members &quot;Export as CSV&quot;</source>
        <translation>GitLab-Gruppenmitglieder „Export as CSV“</translation>
    </message>
    <message>
        <source>CSV header with Username, Role, Membership type and Access granted</source>
        <translation>CSV-Kopfzeile mit Username, Role, Membership type und Access granted</translation>
    </message>
    <message>
        <source>fields &apos;%1&apos; and &apos;%2&apos; are empty; expected a username or, for an invitation, an e-mail</source>
        <translation>die Felder &apos;%1&apos; und &apos;%2&apos; sind leer; erwartet wurde ein Benutzername oder, bei einer Einladung, eine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Owner, Maintainer, Developer, Reporter, Planner, Guest or Minimal Access (or a custom role with Role type custom)</source>
        <translation>Owner, Maintainer, Developer, Reporter, Planner, Guest oder Minimal Access (oder eine eigene Rolle mit Role type custom)</translation>
    </message>
    <message>
        <source>approved or pending</source>
        <translation>approved oder pending</translation>
    </message>
</context>
<context>
    <name>GitLabPermissionsFormat</name>
    <message>
        <source>GitLab &quot;Export permissions&quot; CSV (Admin Area, one row per membership)</source>
        <translation>GitLab-CSV „Export permissions“ (Admin-Bereich, eine Zeile je Mitgliedschaft)</translation>
    </message>
    <message>
        <source>CSV header with Username, Type, Path and Access Level</source>
        <translation>CSV-Kopfzeile mit Username, Type, Path und Access Level</translation>
    </message>
    <message>
        <source>Owner, Maintainer, Developer, Reporter, Planner, Guest or Minimal Access</source>
        <translation>Owner, Maintainer, Developer, Reporter, Planner, Guest oder Minimal Access</translation>
    </message>
</context>
<context>
    <name>GitLabUsersApiFormat</name>
    <message>
        <source>GitLab REST users JSON (GET /api/v4/users, or the members API)</source>
        <translation>GitLab-Benutzer über REST als JSON (GET /api/v4/users oder die Mitglieder-API)</translation>
    </message>
    <message>
        <source>JSON with the keys username, state and web_url</source>
        <translation>JSON mit den Schlüsseln username, state und web_url</translation>
    </message>
    <message>
        <source>expected an array of GitLab users</source>
        <translation>erwartet wurde ein Array von GitLab-Benutzern</translation>
    </message>
    <message>
        <source>unknown user state(s) %1 were read as active</source>
        <translation>unbekannte Benutzerstatus %1 wurden als aktiv gelesen</translation>
    </message>
    <message>
        <source>an access level such as 50, 40, 30, 20, 15, 10, 5 or 0</source>
        <translation>eine Zugriffsstufe wie 50, 40, 30, 20, 15, 10, 5 oder 0</translation>
    </message>
    <message>
        <source>a date such as 2025-12-31</source>
        <translation>ein Datum wie 2025-12-31</translation>
    </message>
    <message>
        <source>an array of identities</source>
        <translation>ein Array von Identitäten</translation>
    </message>
    <message>
        <source>expected an object with provider and extern_uid</source>
        <translation>erwartet wurde ein Objekt mit provider und extern_uid</translation>
    </message>
</context>
<context>
    <name>GoogleWorkspaceUsersFormat</name>
    <message>
        <source>Google Workspace &quot;Download users&quot; CSV</source>
        <translation>Google-Workspace-CSV „Download users“</translation>
    </message>
    <message>
        <source>CSV header with Email Address, Org Unit Path, Status and Last Sign In ([Required] and [READ ONLY] suffixes ignored)</source>
        <translation>CSV-Kopfzeile mit Email Address, Org Unit Path, Status und Last Sign In (Zusätze [Required] und [READ ONLY] werden ignoriert)</translation>
    </message>
    <message>
        <source>Active, Suspended or Archived</source>
        <translation>Active, Suspended oder Archived</translation>
    </message>
</context>
<context>
    <name>HrCsvFormat</name>
    <message>
        <source>HR export CSV read through a --mapping file</source>
        <translation>HR-Export als CSV, gelesen über eine --mapping-Datei</translation>
    </message>
    <message>
        <source>a --mapping file with format: hr-csv, given with a CSV file (whose header must have every column the mapping names)</source>
        <translation>eine --mapping-Datei mit format: hr-csv, zusammen mit einer CSV-Datei (deren Kopfzeile jede Spalte der Zuordnung enthalten muss)</translation>
    </message>
    <message>
        <source>one of %1 (status_values in the --mapping file)</source>
        <translation>einer der Werte %1 (status_values in der --mapping-Datei)</translation>
    </message>
</context>
<context>
    <name>ImportSession</name>
    <message>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; appears again (first at %3); expected one record per %1</source>
        <translation>%1 &apos;%2&apos; kommt erneut vor (zuerst in %3); erwartet wurde ein Datensatz je %1</translation>
    </message>
    <message>
        <source>the file looks re-saved by a spreadsheet (%1); check dates, leading zeros and &apos;+&apos; signs</source>
        <translation>die Datei wurde offenbar von einer Tabellenkalkulation neu gespeichert (%1); Datumsangaben, führende Nullen und &apos;+&apos;-Zeichen prüfen</translation>
    </message>
    <message>
        <source>identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>more than %1 rows; the limit is limits.max_rows in rollcall.yaml</source>
        <translation>mehr als %1 Zeilen; die Grenze ist limits.max_rows in rollcall.yaml</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <source>a directory export</source>
        <translation>ein Verzeichnis-Export</translation>
    </message>
    <message>
        <source>a tool export</source>
        <translation>ein Werkzeug-Export</translation>
    </message>
    <message>
        <source>cannot read: %1</source>
        <translation>nicht lesbar: %1</translation>
    </message>
    <message>
        <source>the file is empty; expected %1</source>
        <translation>die Datei ist leer; erwartet wurde %1</translation>
    </message>
    <message>
        <source>this is a binary file; expected %1 as CSV or JSON text</source>
        <translation>dies ist eine Binärdatei; erwartet wurde %1 als CSV- oder JSON-Text</translation>
    </message>
    <message>
        <source>this is %1 (%2), not %3</source>
        <translation>dies ist %1 (%2), nicht %3</translation>
    </message>
    <message>
        <source>import it with --directory</source>
        <translation>mit --directory importieren</translation>
    </message>
    <message>
        <source>import it with --tool NAME</source>
        <translation>mit --tool NAME importieren</translation>
    </message>
    <message>
        <source>not a format Rollcall recognises (header: %1)</source>
        <translation>kein Format, das Rollcall erkennt (Kopfzeile: %1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>`rollcall-cli formats` lists the formats and how each is recognised</source>
        <translation>`rollcall-cli formats` listet die Formate auf und woran jedes erkannt wird</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; `rollcall-cli formats` lists them</source>
        <translation>unbekanntes Format &apos;%1&apos;; `rollcall-cli formats` listet sie auf</translation>
    </message>
    <message>
        <source>format &apos;%1&apos; is %2, not %3</source>
        <translation>das Format &apos;%1&apos; ist %2, nicht %3</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: import cancelled; nothing was imported</source>
        <translation>%1: Import abgebrochen; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: the file holds no accounts or identities; nothing was imported</source>
        <translation>%1: die Datei enthält keine Konten oder Identitäten; nichts wurde importiert</translation>
    </message>
    <message>
        <source>%1: the file is %2, larger than the limit of %3 (limits.max_file_size_mb in rollcall.yaml); nothing was imported</source>
        <translation>%1: die Datei ist %2 groß, mehr als die Grenze von %3 (limits.max_file_size_mb in rollcall.yaml); nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>JenkinsPeopleFormat</name>
    <message>
        <source>Jenkins people JSON (/asynchPeople/api/json)</source>
        <translation>Jenkins-Personen als JSON (/asynchPeople/api/json)</translation>
    </message>
    <message>
        <source>JSON with the keys users, user and absoluteUrl</source>
        <translation>JSON mit den Schlüsseln users, user und absoluteUrl</translation>
    </message>
    <message>
        <source>expected an object with a users array, as /asynchPeople/api/json returns</source>
        <translation>erwartet wurde ein Objekt mit einem Array users, wie /asynchPeople/api/json es liefert</translation>
    </message>
    <message>
        <source>an object with absoluteUrl and fullName</source>
        <translation>ein Objekt mit absoluteUrl und fullName</translation>
    </message>
    <message>
        <source>a user URL such as https://ci.example/user/jdoe</source>
        <translation>eine Benutzer-URL wie https://ci.example/user/jdoe</translation>
    </message>
</context>
<context>
    <name>JsonFormat</name>
    <message>
        <source>invalid JSON: the file is not valid %1</source>
        <translation>ungültiges JSON: die Datei ist kein gültiges %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <source>the file is %1 MiB; JSON exports are read whole and may be at most %2 MiB</source>
        <translation>die Datei ist %1 MiB groß; JSON-Exporte werden ganz gelesen und dürfen höchstens %2 MiB groß sein</translation>
    </message>
    <message>
        <source>invalid JSON: %1</source>
        <translation>ungültiges JSON: %1</translation>
    </message>
    <message>
        <source>the value is longer than %1; expected an export with ordinary values</source>
        <translation>der Wert ist länger als %1; erwartet wurde ein Export mit gewöhnlichen Werten</translation>
    </message>
</context>
<context>
    <name>JsonFormats</name>
    <message>
        <source>key &quot;%1&quot; appears again in this object (first at line %2); expected each key once</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in diesem Objekt erneut vor (zuerst in Zeile %2); erwartet wurde jeder Schlüssel einmal</translation>
    </message>
</context>
<context>
    <name>JsonRecord</name>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet wurde %1, gefunden %2</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an ISO 8601 timestamp or epoch milliseconds</source>
        <translation>ein ISO-8601-Zeitstempel oder Epochen-Millisekunden</translation>
    </message>
</context>
<context>
    <name>LdifActiveDirectoryFormat</name>
    <message>
        <source>Active Directory / LDAP LDIF (ldapsearch, ldifde)</source>
        <translation>Active Directory / LDAP als LDIF (ldapsearch, ldifde)</translation>
    </message>
    <message>
        <source>text whose first line that is not a comment is &apos;dn:&apos; or &apos;version: 1&apos;</source>
        <translation>Text, dessen erste Zeile, die kein Kommentar ist, &apos;dn:&apos; oder &apos;version: 1&apos; lautet</translation>
    </message>
    <message numerus="yes">
        <source>%n change record(s) (changetype modify, delete or modrdn) were skipped</source>
        <translation>
            <numerusform>%n Änderungsdatensatz (changetype modify, delete oder modrdn) wurde übersprungen</numerusform>
            <numerusform>%n Änderungsdatensätze (changetype modify, delete oder modrdn) wurden übersprungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n value(s) given by URL (attr:&lt; URL) were not read</source>
        <translation>
            <numerusform>%n per URL angegebener Wert (attr:&lt; URL) wurde nicht gelesen</numerusform>
            <numerusform>%n per URL angegebene Werte (attr:&lt; URL) wurden nicht gelesen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n computer(s)</source>
        <translation>
            <numerusform>%n Computer</numerusform>
            <numerusform>%n Computer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without attributes</source>
        <translation>
            <numerusform>%n ohne Attribute</numerusform>
            <numerusform>%n ohne Attribute</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change record(s)</source>
        <translation>
            <numerusform>%n Änderungsdatensatz</numerusform>
            <numerusform>%n Änderungsdatensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other object(s)</source>
        <translation>
            <numerusform>%n anderes Objekt</numerusform>
            <numerusform>%n andere Objekte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>no user entries among %n record(s)%1; expected entries with objectClass user or person; nothing was imported</source>
        <translation>
            <numerusform>keine Benutzereinträge unter %n Datensatz%1; erwartet wurden Einträge mit objectClass user oder person; nichts wurde importiert</numerusform>
            <numerusform>keine Benutzereinträge unter %n Datensätzen%1; erwartet wurden Einträge mit objectClass user oder person; nichts wurde importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: expected %2, found &quot;%3&quot;</source>
        <translation>Attribut &apos;%1&apos;: erwartet wurde %2, gefunden &quot;%3&quot;</translation>
    </message>
    <message>
        <source>a FILETIME such as 132857681563051008, or 0 for never</source>
        <translation>ein FILETIME wie 132857681563051008, oder 0 für nie</translation>
    </message>
    <message numerus="yes">
        <source>attribute &apos;objectGUID&apos;: expected 16 bytes in base64, found %n byte(s)</source>
        <translation>
            <numerusform>Attribut &apos;objectGUID&apos;: erwartet wurden 16 Byte in Base64, gefunden %n Byte</numerusform>
            <numerusform>Attribut &apos;objectGUID&apos;: erwartet wurden 16 Byte in Base64, gefunden %n Byte</numerusform>
        </translation>
    </message>
    <message>
        <source>a whole number such as 66048</source>
        <translation>eine ganze Zahl wie 66048</translation>
    </message>
</context>
<context>
    <name>LdifReader</name>
    <message>
        <source>a continued line (one starting with a space) follows no line</source>
        <translation>eine Fortsetzungszeile (beginnend mit einem Leerzeichen) folgt auf keine Zeile</translation>
    </message>
    <message>
        <source>expected &apos;attribute: value&apos;, found %1</source>
        <translation>erwartet wurde &apos;attribut: wert&apos;, gefunden %1</translation>
    </message>
    <message>
        <source>attribute &apos;%1&apos;: invalid base64</source>
        <translation>Attribut &apos;%1&apos;: ungültiges Base64</translation>
    </message>
    <message>
        <source>expected &apos;version: 1&apos;, found %1</source>
        <translation>erwartet wurde &apos;version: 1&apos;, gefunden %1</translation>
    </message>
    <message>
        <source>a dn given by URL (dn:&lt; ...); expected the dn itself</source>
        <translation>ein per URL angegebener dn (dn:&lt; ...); erwartet wurde der dn selbst</translation>
    </message>
    <message>
        <source>a second dn in one record; expected a blank line between records</source>
        <translation>ein zweiter dn in einem Datensatz; erwartet wurde eine Leerzeile zwischen den Datensätzen</translation>
    </message>
    <message>
        <source>the line is longer than %1; expected an LDIF export of ordinary values</source>
        <translation>die Zeile ist länger als %1; erwartet wurde ein LDIF-Export mit gewöhnlichen Werten</translation>
    </message>
    <message>
        <source>the value is longer than %1; expected an LDIF export of ordinary values</source>
        <translation>der Wert ist länger als %1; erwartet wurde ein LDIF-Export mit gewöhnlichen Werten</translation>
    </message>
</context>
<context>
    <name>M365UsersFormat</name>
    <message>
        <source>Microsoft 365 admin center &quot;Export users&quot; CSV</source>
        <translation>Microsoft-365-Admin-Center-CSV „Export users“</translation>
    </message>
    <message>
        <source>CSV header with User principal name, Object Id and Block credential</source>
        <translation>CSV-Kopfzeile mit User principal name, Object Id und Block credential</translation>
    </message>
    <message>
        <source>addresses such as SMTP:jane@contoso.com+smtp:j.doe@contoso.com</source>
        <translation>Adressen wie SMTP:jane@contoso.com+smtp:j.doe@contoso.com</translation>
    </message>
</context>
<context>
    <name>MappedCsvFormat</name>
    <message>
        <source>%1 reads a file through a column mapping; give one with --mapping FILE (the mapping documentation, mapping.md, describes it)</source>
        <translation>%1 liest eine Datei über eine Spaltenzuordnung; eine mit --mapping DATEI angeben (die Zuordnungsdokumentation, mapping.md, beschreibt sie)</translation>
    </message>
    <message>
        <source>the --mapping file, line %1, column %2</source>
        <translation>die --mapping-Datei, Zeile %1, Spalte %2</translation>
    </message>
    <message>
        <source>the --mapping file</source>
        <translation>die --mapping-Datei</translation>
    </message>
    <message>
        <source>the --mapping file is for %1, not %2; set format: %2 in it or import it as %3</source>
        <translation>die --mapping-Datei ist für %1, nicht für %2; darin format: %2 setzen oder als %3 importieren</translation>
    </message>
    <message>
        <source>a directory export</source>
        <translation>ein Verzeichnis-Export</translation>
    </message>
    <message>
        <source>a tool export</source>
        <translation>ein Werkzeug-Export</translation>
    </message>
    <message>
        <source>&apos;%1&apos; (columns.%2)</source>
        <translation>&apos;%1&apos; (columns.%2)</translation>
    </message>
    <message>
        <source>; in YAML &quot; #&quot; starts a comment, so write the header in quotes: &quot;%1&quot;</source>
        <translation>; in YAML beginnt &quot; #&quot; einen Kommentar, daher die Kopfzeile in Anführungszeichen schreiben: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>column %1 of the --mapping file is not in the header</source>
        <translation>die Spalte %1 der --mapping-Datei ist nicht in der Kopfzeile</translation>
    </message>
    <message>
        <source>columns %1 of the --mapping file are not in the header</source>
        <translation>die Spalten %1 der --mapping-Datei sind nicht in der Kopfzeile</translation>
    </message>
    <message>
        <source>%1; the header has: %2%3</source>
        <translation>%1; die Kopfzeile enthält: %2%3</translation>
    </message>
</context>
<context>
    <name>MappedRow</name>
    <message>
        <source>field &apos;%1&apos; is empty; expected a value</source>
        <translation>das Feld &apos;%1&apos; ist leer; erwartet wurde ein Wert</translation>
    </message>
    <message>
        <source>a date as yyyy-MM-dd</source>
        <translation>ein Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>MappingProfile</name>
    <message>
        <source>%1: expected a single value</source>
        <translation>%1: erwartet wurde ein einzelner Wert</translation>
    </message>
    <message>
        <source>%1: the value is empty</source>
        <translation>%1: der Wert ist leer</translation>
    </message>
    <message>
        <source>%1: expected a list such as [&quot;a&quot;, &quot;b&quot;]</source>
        <translation>%1: erwartet wurde eine Liste wie [&quot;a&quot;, &quot;b&quot;]</translation>
    </message>
    <message>
        <source>%1: expected a mapping of file value to one of %2</source>
        <translation>%1: erwartet wurde eine Zuordnung von Dateiwert zu einem der Werte %2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; maps to &quot;%3&quot;; expected one of %4</source>
        <translation>%1: &apos;%2&apos; wird auf &quot;%3&quot; abgebildet; erwartet wurde einer der Werte %4</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is listed twice</source>
        <translation>%1: &apos;%2&apos; ist zweimal aufgeführt</translation>
    </message>
    <message>
        <source>expected a mapping with format and columns at the top level</source>
        <translation>erwartet wurde eine Zuordnung mit format und columns auf oberster Ebene</translation>
    </message>
    <message>
        <source>format: missing; expected format: hr-csv or format: generic-csv</source>
        <translation>format: fehlt; erwartet wurde format: hr-csv oder format: generic-csv</translation>
    </message>
    <message>
        <source>format: expected hr-csv or generic-csv, found &quot;%1&quot;</source>
        <translation>format: erwartet wurde hr-csv oder generic-csv, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>a top-level key</source>
        <translation>ein Schlüssel der obersten Ebene</translation>
    </message>
    <message>
        <source>%1: the key appears twice</source>
        <translation>%1: der Schlüssel kommt zweimal vor</translation>
    </message>
    <message>
        <source>columns: expected a mapping of field to the header as it appears in the file</source>
        <translation>columns: erwartet wurde eine Zuordnung von Feld zur Kopfzeile, wie sie in der Datei steht</translation>
    </message>
    <message>
        <source>columns: unknown field &apos;%1&apos; for %2; expected one of %3</source>
        <translation>columns: unbekanntes Feld &apos;%1&apos; für %2; erwartet wurde einer der Werte %3</translation>
    </message>
    <message>
        <source>columns: &apos;%1&apos; is mapped twice</source>
        <translation>columns: &apos;%1&apos; ist zweimal zugeordnet</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos; for %2; expected one of %3</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; für %2; erwartet wurde einer der Werte %3</translation>
    </message>
    <message>
        <source>columns: missing; expected a mapping of field to the header as it appears in the file</source>
        <translation>columns: fehlt; erwartet wurde eine Zuordnung von Feld zur Kopfzeile, wie sie in der Datei steht</translation>
    </message>
    <message>
        <source>columns: map employee_id or email, the key of each person</source>
        <translation>columns: employee_id oder email zuordnen, den Schlüssel jeder Person</translation>
    </message>
    <message>
        <source>columns: map account_key, the column that holds each account&apos;s stable key</source>
        <translation>columns: account_key zuordnen, die Spalte mit dem festen Schlüssel jedes Kontos</translation>
    </message>
</context>
<context>
    <name>OktaUsersFormat</name>
    <message>
        <source>Okta Users API JSON (GET /api/v1/users)</source>
        <translation>Okta-Users-API als JSON (GET /api/v1/users)</translation>
    </message>
    <message>
        <source>JSON with the keys status, profile and login, and no SCIM schemas</source>
        <translation>JSON mit den Schlüsseln status, profile und login und ohne SCIM-Schemas</translation>
    </message>
    <message>
        <source>expected an array of Okta users</source>
        <translation>erwartet wurde ein Array von Okta-Benutzern</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>ACTIVE, STAGED, PROVISIONED, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT, SUSPENDED or DEPROVISIONED</source>
        <translation>ACTIVE, STAGED, PROVISIONED, RECOVERY, PASSWORD_EXPIRED, LOCKED_OUT, SUSPENDED oder DEPROVISIONED</translation>
    </message>
</context>
<context>
    <name>Reconciler</name>
    <message>
        <source>cannot read identities: %1</source>
        <translation>Identitäten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read manual links: %1</source>
        <translation>manuelle Zuordnungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>declared break-glass account in the rules; owner %1</source>
        <translation>in den Regeln erklärtes Break-Glass-Konto; Inhaber %1</translation>
    </message>
    <message>
        <source>declared break-glass account in the rules; its owner %1 is not in the directory</source>
        <translation>in den Regeln erklärtes Break-Glass-Konto; sein Inhaber %1 ist nicht im Verzeichnis</translation>
    </message>
    <message>
        <source>not declared in the rules</source>
        <translation>nicht in den Regeln erklärt</translation>
    </message>
    <message>
        <source>linked by %1 on %2: %3</source>
        <translation>zugeordnet von %1 am %2: %3</translation>
    </message>
    <message>
        <source>; owner %1</source>
        <translation>; Inhaber %1</translation>
    </message>
    <message>
        <source>; the owner %1 is no longer in the directory</source>
        <translation>; der Inhaber %1 ist nicht mehr im Verzeichnis</translation>
    </message>
    <message>
        <source>no manual link</source>
        <translation>keine manuelle Zuordnung</translation>
    </message>
    <message>
        <source>nothing to compare</source>
        <translation>nichts zu vergleichen</translation>
    </message>
    <message>
        <source>no identity</source>
        <translation>keine Identität</translation>
    </message>
    <message numerus="yes">
        <source>%1 matches %n identities: %2; a reviewer decides</source>
        <translation>
            <numerusform>%1 passt zu %n Identität: %2; ein Prüfer entscheidet</numerusform>
            <numerusform>%1 passt zu %n Identitäten: %2; ein Prüfer entscheidet</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 passt zu %2</translation>
    </message>
    <message>
        <source>identity provider id %1</source>
        <translation>Kennung beim Identitätsanbieter %1</translation>
    </message>
    <message>
        <source>e-mail %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <source>e-mail %1 among secondary addresses</source>
        <translation>E-Mail %1 unter den weiteren Adressen</translation>
    </message>
    <message>
        <source>login &apos;%1&apos; as a corporate e-mail local part or first.last, flast, first-last</source>
        <translation>Anmeldung &apos;%1&apos; als lokaler Teil einer Firmen-E-Mail oder first.last, flast, first-last</translation>
    </message>
    <message>
        <source>no identity with a similar name</source>
        <translation>keine Identität mit ähnlichem Namen</translation>
    </message>
    <message>
        <source>%1 identities share the name; too many to suggest</source>
        <translation>%1 Identitäten haben diesen Namen; zu viele für einen Vorschlag</translation>
    </message>
    <message>
        <source>suggests %1 (not linked)</source>
        <translation>schlägt %1 vor (nicht zugeordnet)</translation>
    </message>
    <message>
        <source>service account: the tool marks it as a bot</source>
        <translation>Dienstkonto: das Werkzeug kennzeichnet es als Bot</translation>
    </message>
    <message>
        <source>service account: matches the pattern &apos;%1&apos;</source>
        <translation>Dienstkonto: passt zum Muster &apos;%1&apos;</translation>
    </message>
    <message>
        <source>, whose directory status is %1</source>
        <translation>, dessen Verzeichnisstatus %1 ist</translation>
    </message>
    <message>
        <source>, a guest in the directory</source>
        <translation>, ein Gast im Verzeichnis</translation>
    </message>
    <message>
        <source>no identity found; the address is in an external domain (%1)</source>
        <translation>keine Identität gefunden; die Adresse gehört zu einer externen Domain (%1)</translation>
    </message>
    <message>
        <source>no identity matches its id, e-mail or login</source>
        <translation>keine Identität passt zu seiner ID, E-Mail oder Anmeldung</translation>
    </message>
    <message>
        <source>; a similar name suggests %1</source>
        <translation>; ein ähnlicher Name legt %1 nahe</translation>
    </message>
    <message>
        <source> (already %1 in the tool)</source>
        <translation> (im Werkzeug bereits %1)</translation>
    </message>
    <message>
        <source>privileged (%1)</source>
        <translation>privilegiert (%1)</translation>
    </message>
    <message>
        <source>owner has left or is disabled</source>
        <translation>Inhaber ist ausgeschieden oder deaktiviert</translation>
    </message>
    <message>
        <source>no owner in the directory</source>
        <translation>kein Inhaber im Verzeichnis</translation>
    </message>
    <message>
        <source>owner not certain</source>
        <translation>Inhaber nicht sicher</translation>
    </message>
    <message>
        <source>external account</source>
        <translation>externes Konto</translation>
    </message>
    <message>
        <source>external without an expiry</source>
        <translation>extern ohne Ablaufdatum</translation>
    </message>
    <message>
        <source>no MFA</source>
        <translation>keine MFA</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie benutzt</translation>
    </message>
    <message>
        <source>no activity for %1 days</source>
        <translation>keine Aktivität seit %1 Tagen</translation>
    </message>
    <message>
        <source>%1 active access key(s) never used</source>
        <translation>%1 aktive(r) Zugriffsschlüssel nie benutzt</translation>
    </message>
    <message>
        <source>access key not rotated for %1 days</source>
        <translation>Zugriffsschlüssel seit %1 Tagen nicht gewechselt</translation>
    </message>
    <message>
        <source>%1 in the tool</source>
        <translation>%1 im Werkzeug</translation>
    </message>
    <message>
        <source>no account &apos;%1&apos; in the current snapshot of tool &apos;%2&apos;</source>
        <translation>kein Konto &apos;%1&apos; im aktuellen Snapshot des Werkzeugs &apos;%2&apos;</translation>
    </message>
    <message>
        <source>login &apos;%1&apos; is used by %2 accounts of tool &apos;%3&apos;; name one by its account key: %4</source>
        <translation>die Anmeldung &apos;%1&apos; wird von %2 Konten des Werkzeugs &apos;%3&apos; verwendet; eines über seinen Kontoschlüssel angeben: %4</translation>
    </message>
    <message>
        <source>cannot start reconciling: %1</source>
        <translation>Abgleich kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>cannot clear old verdicts: %1</source>
        <translation>alte Bewertungen können nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>cannot read accounts: %1</source>
        <translation>Konten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot prepare the verdicts: %1</source>
        <translation>die Bewertungen können nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>cannot store the verdict for %1: %2</source>
        <translation>die Bewertung für %1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>cannot record the run: %1</source>
        <translation>der Lauf kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot commit the verdicts: %1; the previous verdicts stand</source>
        <translation>die Bewertungen können nicht festgeschrieben werden: %1; die bisherigen Bewertungen bleiben</translation>
    </message>
    <message>
        <source>cannot read the previous verdicts: %1</source>
        <translation>die bisherigen Bewertungen können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>RemediationWriter</name>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; give a new folder</source>
        <translation>%1: ist ein symbolischer Link; einen neuen Ordner angeben</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: the folder is not empty; give a new one</source>
        <translation>%1: der Ordner ist nicht leer; einen neuen angeben</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>tool instance &apos;%1&apos;: expected lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos; for a file name</source>
        <translation>Werkzeuginstanz &apos;%1&apos;: erwartet wurden Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; für einen Dateinamen</translation>
    </message>
</context>
<context>
    <name>ReviewPackage</name>
    <message>
        <source>%1: &apos;%2&apos; is not a plain file name inside the package</source>
        <translation>%1: &apos;%2&apos; ist kein einfacher Dateiname innerhalb des Pakets</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; a package is a plain folder</source>
        <translation>%1: ist ein symbolischer Link; ein Paket ist ein einfacher Ordner</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1: Ordner nicht vorhanden</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; a package holds plain files only</source>
        <translation>%1: ist ein symbolischer Link; ein Paket enthält nur einfache Dateien</translation>
    </message>
    <message>
        <source>%1: missing from the package</source>
        <translation>%1: fehlt im Paket</translation>
    </message>
    <message>
        <source>%1: not a plain file</source>
        <translation>%1: keine einfache Datei</translation>
    </message>
    <message>
        <source>%1: lies outside the package folder</source>
        <translation>%1: liegt außerhalb des Paketordners</translation>
    </message>
    <message>
        <source>%1: campaign %2 was closed on %3; nothing left to decide</source>
        <translation>%1: die Kampagne %2 wurde am %3 geschlossen; nichts mehr zu entscheiden</translation>
    </message>
    <message>
        <source>%1: tool &apos;%2&apos; has no account in campaign %3</source>
        <translation>%1: das Werkzeug &apos;%2&apos; hat kein Konto in Kampagne %3</translation>
    </message>
    <message>
        <source>%1: tool &apos;%2&apos; has no reviewer in campaign %3 (name one at the start with --reviewer %2=EMAIL)</source>
        <translation>%1: das Werkzeug &apos;%2&apos; hat keinen Prüfer in Kampagne %3 (beim Start einen mit --reviewer %2=EMAIL nennen)</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; give a new folder</source>
        <translation>%1: ist ein symbolischer Link; einen neuen Ordner angeben</translation>
    </message>
    <message>
        <source>%1: exists and is not a folder</source>
        <translation>%1: existiert und ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: the folder is not empty; give a new one</source>
        <translation>%1: der Ordner ist nicht leer; einen neuen angeben</translation>
    </message>
    <message>
        <source>%1: cannot create the folder</source>
        <translation>%1: der Ordner kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Review package: tool %1, campaign %2, due %3
Reviewer: %4

accounts.csv (and accounts.json, the same accounts) lists the %5 account(s) of %1 you review.
For each one you decide now, fill in the column &quot;decision&quot; with one of the decisions its column
&quot;allowed_decisions&quot; lists, and the columns that decision needs:

  reconcile   owner: the e-mail of the person in the directory who owns the account
  certify     owner (an active person), purpose (the business purpose) and until (the expiry,
              YYYY-MM-DD; external accounts at most 90 days away, service accounts 365);
              reason (the justification) for unmanaged accounts; rotation (YYYY-MM-DD, by when
              its credentials are rotated) for break-glass accounts
  expire      until: the day access ends (YYYY-MM-DD)
  remove      access is revoked now; a reason is welcome
  reassign    to: the e-mail of the reviewer who should decide instead
  needs-info  reason: what information is missing

Leave &quot;decision&quot; empty for an account you do not decide now. Do not change the columns tool and
account; the other columns are for information. Dates as YYYY-MM-DD.
You cannot decide on an account you own yourself: reassign it.
Orphaned and privileged accounts cannot be certified from a package: decide them on their own in
Rollcall, or mark them needs-info.

Send the folder back. It is imported with
    rollcall-cli package import %2 FOLDER
which records every decision with you as reviewer, after the same checks as any decision;
removals and expiries are recorded once their count is confirmed.
</source>
        <translation>Prüfpaket: Werkzeug %1, Kampagne %2, fällig %3
Prüfer: %4

accounts.csv (und accounts.json, mit denselben Konten) listet die %5 Konten von %1 auf, die Sie prüfen.
Für jedes Konto, über das Sie jetzt entscheiden, tragen Sie in die Spalte &quot;decision&quot; eine der
Entscheidungen ein, die seine Spalte &quot;allowed_decisions&quot; nennt, dazu die Spalten, die diese
Entscheidung braucht:

  reconcile   owner: die E-Mail-Adresse der Person im Verzeichnis, der das Konto gehört
  certify     owner (eine aktive Person), purpose (der geschäftliche Zweck) und until (der Ablauf,
              JJJJ-MM-TT; externe Konten höchstens 90 Tage entfernt, Dienstkonten 365);
              reason (die Begründung) für nicht verwaltete Konten; rotation (JJJJ-MM-TT, bis wann
              die Zugangsdaten gewechselt werden) für Break-Glass-Konten
  expire      until: der Tag, an dem der Zugriff endet (JJJJ-MM-TT)
  remove      der Zugriff wird sofort entzogen; eine Begründung ist willkommen
  reassign    to: die E-Mail-Adresse des Prüfers, der stattdessen entscheiden soll
  needs-info  reason: welche Information fehlt

Lassen Sie &quot;decision&quot; leer für ein Konto, über das Sie jetzt nicht entscheiden. Ändern Sie die
Spalten tool und account nicht; die übrigen Spalten dienen der Information. Datumsangaben als
JJJJ-MM-TT.
Über ein Konto, das Ihnen selbst gehört, können Sie nicht entscheiden: weisen Sie es neu zu.
Verwaiste und privilegierte Konten können nicht aus einem Paket zertifiziert werden: entscheiden
Sie über sie einzeln in Rollcall, oder markieren Sie sie mit needs-info.

Senden Sie den Ordner zurück. Er wird importiert mit
    rollcall-cli package import %2 ORDNER
das jede Entscheidung mit Ihnen als Prüfer speichert, nach denselben Prüfungen wie jede
Entscheidung; Entfernungen und Befristungen werden gespeichert, sobald ihre Anzahl bestätigt ist.
</translation>
    </message>
    <message>
        <source>%1: cannot write: %2</source>
        <translation>%1: nicht schreibbar: %2</translation>
    </message>
    <message>
        <source>%1: is a symbolic link; a package holds plain files only, so it is refused</source>
        <translation>%1: ist ein symbolischer Link; ein Paket enthält nur einfache Dateien, daher abgelehnt</translation>
    </message>
    <message>
        <source>%1: too large for a package manifest</source>
        <translation>%1: zu groß für ein Paketmanifest</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1: not JSON: %2</source>
        <translation>%1: kein JSON: %2</translation>
    </message>
    <message>
        <source>%1: not a Rollcall review package</source>
        <translation>%1: kein Rollcall-Prüfpaket</translation>
    </message>
    <message>
        <source>%1: package version %2; this Rollcall reads version %3</source>
        <translation>%1: Paketversion %2; dieses Rollcall liest Version %3</translation>
    </message>
    <message>
        <source>%1: campaign, tool or reviewer is missing</source>
        <translation>%1: Kampagne, Werkzeug oder Prüfer fehlt</translation>
    </message>
    <message>
        <source>%1: the package is for campaign %2, not %3</source>
        <translation>%1: das Paket ist für Kampagne %2, nicht %3</translation>
    </message>
    <message>
        <source>%1: tool &apos;%2&apos; has no reviewer in campaign %3</source>
        <translation>%1: das Werkzeug &apos;%2&apos; hat keinen Prüfer in Kampagne %3</translation>
    </message>
    <message>
        <source>%1: the package was made for %2, but the reviewer of %3 in campaign %4 is %5</source>
        <translation>%1: das Paket wurde für %2 erstellt, aber der Prüfer von %3 in Kampagne %4 ist %5</translation>
    </message>
    <message>
        <source>%1: tool &apos;%2&apos;: this package is for %3 only</source>
        <translation>%1: Werkzeug &apos;%2&apos;: dieses Paket gilt nur für %3</translation>
    </message>
    <message>
        <source>%1: no decision filled in (the column &quot;decision&quot; is empty on every row)</source>
        <translation>%1: keine Entscheidung eingetragen (die Spalte &quot;decision&quot; ist in jeder Zeile leer)</translation>
    </message>
</context>
<context>
    <name>Rollcall::AccountDetailsLoader</name>
    <message>
        <source>the account is no longer in the workspace</source>
        <translation>das Konto ist nicht mehr im Arbeitsbereich</translation>
    </message>
    <message>
        <source>no workspace is open</source>
        <translation>kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>no identity with the e-mail %1 in the directory; link to an owner the directory knows</source>
        <translation>keine Identität mit der E-Mail-Adresse %1 im Verzeichnis; einem Inhaber zuordnen, den das Verzeichnis kennt</translation>
    </message>
    <message>
        <source>cannot record the link: %1</source>
        <translation>die Zuordnung kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Linked %1 in %2 to %3; now %4: %5</source>
        <translation>%1 in %2 %3 zugeordnet; jetzt %4: %5</translation>
    </message>
</context>
<context>
    <name>Rollcall::AccountTableModel</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldung</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>MFA</source>
        <translation>MFA</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
</context>
<context>
    <name>Rollcall::AccountTableView</name>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Spalten</translation>
    </message>
    <message>
        <source>Choose Columns…</source>
        <translation>Spalten wählen…</translation>
    </message>
    <message>
        <source>Choose Columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Show &amp;All</source>
        <translation>&amp;Alle anzeigen</translation>
    </message>
    <message>
        <source>Columns to show (Space toggles; drag a column header to move it):</source>
        <translation>Anzuzeigende Spalten (Leertaste schaltet um; zum Verschieben einen Spaltenkopf ziehen):</translation>
    </message>
</context>
<context>
    <name>Rollcall::AuditorWindow</name>
    <message>
        <source>Evidence %1 — Rollcall (read-only)</source>
        <translation>Nachweis %1 — Rollcall (schreibgeschützt)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Verify With the Signer&apos;s &amp;Key…</source>
        <translation>Mit dem Schlüssel des Unterzeichners &amp;prüfen…</translation>
    </message>
    <message>
        <source>The signer&apos;s public key, as the signer gave it</source>
        <translation>Der öffentliche Schlüssel des Unterzeichners, so wie er ihn übergeben hat</translation>
    </message>
    <message>
        <source>Public keys (*.pem);;All files (*)</source>
        <translation>Öffentliche Schlüssel (*.pem);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Check the signature against a public key obtained from the signer, not the bundle&apos;s own</source>
        <translation>Die Signatur mit einem öffentlichen Schlüssel prüfen, den der Unterzeichner übergeben hat, nicht mit dem des Pakets</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Verifying %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Verification result</source>
        <translation>Prüfergebnis</translation>
    </message>
    <message>
        <source>Campaign &lt;b&gt;%1&lt;/b&gt; (%2) · owner %3 · due %4 · %5 accounts · %6 attestations · written %7 by Rollcall %8&lt;br&gt;Signer %9 — %10</source>
        <translation>Kampagne &lt;b&gt;%1&lt;/b&gt; (%2) · verantwortlich %3 · fällig %4 · %5 Konten · %6 Bestätigungen · geschrieben %7 von Rollcall %8&lt;br&gt;Unterzeichner %9 — %10</translation>
    </message>
    <message>
        <source>INTERIM: open when written</source>
        <translation>VORLÄUFIG: beim Schreiben offen</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>geschlossen %1</translation>
    </message>
    <message>
        <source>trusted key</source>
        <translation>vertrauenswürdiger Schlüssel</translation>
    </message>
    <message>
        <source>the bundle&apos;s own key: compare this fingerprint with the one the signer gave you</source>
        <translation>der eigene Schlüssel des Pakets: diesen Fingerabdruck mit dem vergleichen, den der Unterzeichner Ihnen gegeben hat</translation>
    </message>
    <message>
        <source>The manifest could not be read: %1</source>
        <translation>Das Manifest konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Evidence views</source>
        <translation>Nachweisansichten</translation>
    </message>
    <message>
        <source>&amp;Decisions</source>
        <translation>&amp;Entscheidungen</translation>
    </message>
    <message>
        <source>&amp;Tie-out</source>
        <translation>&amp;Abstimmung</translation>
    </message>
    <message>
        <source>C&amp;harts</source>
        <translation>Dia&amp;gramme</translation>
    </message>
    <message>
        <source>&amp;Sample</source>
        <translation>S&amp;tichprobe</translation>
    </message>
    <message>
        <source>&amp;Verification</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Verified: every file matches SHA256SUMS and the signed manifest, the signature holds, the decision chain is intact and the population ties out.</source>
        <translation>Verifiziert: jede Datei stimmt mit SHA256SUMS und dem signierten Manifest überein, die Signatur ist gültig, die Entscheidungskette ist intakt und die Grundgesamtheit stimmt überein.</translation>
    </message>
    <message>
        <source>NOT verified: %1</source>
        <translation>NICHT verifiziert: %1</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more problem(s), see Verification)</source>
        <translation>
            <numerusform> (und %n weiteres Problem, siehe Prüfung)</numerusform>
            <numerusform> (und %n weitere Probleme, siehe Prüfung)</numerusform>
        </translation>
    </message>
    <message>
        <source>Decision filter</source>
        <translation>Entscheidungsfilter</translation>
    </message>
    <message>
        <source>Any decision</source>
        <translation>Jede Entscheidung</translation>
    </message>
    <message>
        <source>Tool filter</source>
        <translation>Werkzeugfilter</translation>
    </message>
    <message>
        <source>Any tool</source>
        <translation>Jedes Werkzeug</translation>
    </message>
    <message>
        <source>Reviewer filter</source>
        <translation>Prüferfilter</translation>
    </message>
    <message>
        <source>Any reviewer</source>
        <translation>Jeder Prüfer</translation>
    </message>
    <message>
        <source>Account, reviewer, reason or hash contains…</source>
        <translation>Konto, Prüfer, Begründung oder Hash enthält…</translation>
    </message>
    <message>
        <source>Text filter</source>
        <translation>Textfilter</translation>
    </message>
    <message>
        <source>Decisions of the bundle</source>
        <translation>Entscheidungen des Pakets</translation>
    </message>
    <message>
        <source>Accounts under review per tool and class: as the signed manifest records them at the freeze, and as counted in accounts.csv.</source>
        <translation>Konten im Umfang je Werkzeug und Klasse: wie das signierte Manifest sie beim Festschreiben verzeichnet und wie in accounts.csv gezählt.</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>manifest.json</source>
        <translation>manifest.json</translation>
    </message>
    <message>
        <source>accounts.csv</source>
        <translation>accounts.csv</translation>
    </message>
    <message>
        <source>Ties out</source>
        <translation>Stimmt überein</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO</source>
        <translation>NEIN</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Population tie-out</source>
        <translation>Abstimmung der Grundgesamtheit</translation>
    </message>
    <message>
        <source>Sample seed</source>
        <translation>Startwert der Stichprobe</translation>
    </message>
    <message>
        <source>Sample size</source>
        <translation>Umfang der Stichprobe</translation>
    </message>
    <message>
        <source>&amp;Draw</source>
        <translation>&amp;Ziehen</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als PD&amp;F exportieren…</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>&amp;Startwert:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>A&amp;nzahl:</translation>
    </message>
    <message>
        <source>Draw N decisions at random; the same seed always draws the same ones.</source>
        <translation>N Entscheidungen zufällig ziehen; derselbe Startwert zieht immer dieselben.</translation>
    </message>
    <message>
        <source>Sampled decisions</source>
        <translation>Gezogene Entscheidungen</translation>
    </message>
    <message>
        <source>FAILED  %1</source>
        <translation>FEHLER  %1</translation>
    </message>
    <message>
        <source>ok  %1</source>
        <translation>ok  %1</translation>
    </message>
    <message>
        <source>Verification checks</source>
        <translation>Prüfschritte</translation>
    </message>
    <message>
        <source>Seed %1: %2 of %3 decision attestation(s), in the order drawn.</source>
        <translation>Startwert %1: %2 von %3 Entscheidungsbestätigung(en), in der Reihenfolge der Ziehung.</translation>
    </message>
    <message>
        <source>Audit sample</source>
        <translation>Stichprobe</translation>
    </message>
    <message>
        <source>The seed must be a whole number.</source>
        <translation>Der Startwert muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>Export the sample as CSV</source>
        <translation>Die Stichprobe als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export the sample</source>
        <translation>Die Stichprobe exportieren</translation>
    </message>
    <message>
        <source>Export the sample as PDF</source>
        <translation>Die Stichprobe als PDF exportieren</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Rollcall::CampaignProgressModel</name>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1: %2 of %3 decided, %4 waiting for information</source>
        <translation>%1: %2 von %3 entschieden, %4 warten auf Informationen</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Rollcall::CampaignRunner</name>
    <message>
        <source>No workspace is open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
</context>
<context>
    <name>Rollcall::CampaignView</name>
    <message>
        <source>&amp;Start Campaign…</source>
        <translation>Kampagne &amp;starten…</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign…</source>
        <translation>Kampagne sch&amp;ließen…</translation>
    </message>
    <message>
        <source>Campaign progress</source>
        <translation>Fortschritt der Kampagne</translation>
    </message>
    <message>
        <source>Freeze the scope of a new review period, with a due date and a reviewer per tool</source>
        <translation>Den Umfang eines neuen Prüfzeitraums festschreiben, mit Fälligkeitsdatum und einem Prüfer je Werkzeug</translation>
    </message>
    <message>
        <source>Close the campaign: its decisions become final</source>
        <translation>Die Kampagne schließen: ihre Entscheidungen werden endgültig</translation>
    </message>
    <message>
        <source>Progress per reviewer</source>
        <translation>Fortschritt je Prüfer</translation>
    </message>
    <message>
        <source>Progress per tool</source>
        <translation>Fortschritt je Werkzeug</translation>
    </message>
    <message>
        <source>Burn-down: undecided accounts per day</source>
        <translation>Burn-down: unentschiedene Konten je Tag</translation>
    </message>
    <message>
        <source>Per &amp;reviewer</source>
        <translation>Je Prü&amp;fer</translation>
    </message>
    <message>
        <source>Per &amp;tool</source>
        <translation>Je Werk&amp;zeug</translation>
    </message>
    <message>
        <source>No campaign</source>
        <translation>Keine Kampagne</translation>
    </message>
    <message>
        <source>A campaign freezes the accounts to review, gives each tool a reviewer and a due date, and records every decision in a tamper-evident log. Start one to review this workspace.</source>
        <translation>Eine Kampagne schreibt die zu prüfenden Konten fest, gibt jedem Werkzeug einen Prüfer und ein Fälligkeitsdatum und speichert jede Entscheidung in einem manipulationssicheren Protokoll. Starten Sie eine, um diesen Arbeitsbereich zu prüfen.</translation>
    </message>
    <message>
        <source>Campaign %1 — closed %2</source>
        <translation>Kampagne %1 — geschlossen %2</translation>
    </message>
    <message>
        <source>Campaign %1 — due %2</source>
        <translation>Kampagne %1 — fällig %2</translation>
    </message>
    <message>
        <source>%1 of %2 accounts decided (%3%)</source>
        <translation>%1 von %2 Konten entschieden (%3 %)</translation>
    </message>
    <message>
        <source>%1 waiting for information</source>
        <translation>%1 warten auf Informationen</translation>
    </message>
    <message>
        <source>%1 certifications carried over from %2</source>
        <translation>%1 Zertifizierungen aus %2 übernommen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>in force: %1</source>
        <translation>gültig: %1</translation>
    </message>
    <message>
        <source>owner %1, started %2</source>
        <translation>verantwortlich %1, gestartet %2</translation>
    </message>
    <message>
        <source>Undecided</source>
        <translation>Unentschieden</translation>
    </message>
    <message>
        <source>Ideal</source>
        <translation>Ideallinie</translation>
    </message>
    <message>
        <source>Burn-down</source>
        <translation>Burn-down</translation>
    </message>
    <message>
        <source>Burn-down of %1</source>
        <translation>Burn-down von %1</translation>
    </message>
    <message>
        <source>Day (UTC)</source>
        <translation>Tag (UTC)</translation>
    </message>
    <message>
        <source>Undecided accounts</source>
        <translation>Unentschiedene Konten</translation>
    </message>
</context>
<context>
    <name>Rollcall::ChoiceButton</name>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>any</source>
        <translation>alle</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n ausgewählt</numerusform>
            <numerusform>%n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 ▾</source>
        <translation>%1: %2 ▾</translation>
    </message>
    <message>
        <source>%1: any (choose one or more)</source>
        <translation>%1: alle (eine oder mehrere wählen)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Rollcall::DashboardView</name>
    <message>
        <source>%1 — %2: %3. Enter lists them.</source>
        <translation>%1 — %2: %3. Eingabetaste listet sie auf.</translation>
    </message>
    <message>
        <source>%1 — %2: %3 (click to list them)</source>
        <translation>%1 — %2: %3 (klicken, um sie aufzulisten)</translation>
    </message>
    <message>
        <source>Accounts by class per tool</source>
        <translation>Konten nach Klasse je Werkzeug</translation>
    </message>
    <message>
        <source>Risk distribution</source>
        <translation>Risikoverteilung</translation>
    </message>
    <message>
        <source>Unowned and orphaned accounts across snapshots</source>
        <translation>Konten ohne Inhaber und verwaiste Konten über die Snapshots</translation>
    </message>
    <message>
        <source>Tools with the most leaver access</source>
        <translation>Werkzeuge mit dem meisten Zugriff Ausgeschiedener</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Bar with the keyboard focus</source>
        <translation>Balken mit dem Tastaturfokus</translation>
    </message>
    <message>
        <source>Tab to a chart, arrows to a bar, Enter to list its accounts.</source>
        <translation>Tab zu einem Diagramm, Pfeiltasten zu einem Balken, Eingabetaste listet seine Konten auf.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>No accounts yet: import a directory export and tool exports (File ▸ Import, or drop the files on the window).</source>
        <translation>Noch keine Konten: einen Verzeichnis-Export und Werkzeug-Exporte importieren (Datei ▸ Importieren, oder die Dateien auf das Fenster ziehen).</translation>
    </message>
    <message>
        <source>%1 in %2; %3 orphaned, %4 unmanaged%5. Click a bar to list its accounts.</source>
        <translation>%1 in %2; %3 verwaist, %4 nicht verwaltet%5. Auf einen Balken klicken, um seine Konten aufzulisten.</translation>
    </message>
    <message>
        <source>1 account</source>
        <translation>1 Konto</translation>
    </message>
    <message>
        <source>%1 accounts</source>
        <translation>%1 Konten</translation>
    </message>
    <message>
        <source>1 tool</source>
        <translation>1 Werkzeug</translation>
    </message>
    <message>
        <source>%1 tools</source>
        <translation>%1 Werkzeuge</translation>
    </message>
    <message>
        <source>, %1 not reconciled</source>
        <translation>, %1 nicht abgeglichen</translation>
    </message>
    <message>
        <source>%1 accounts in %2</source>
        <translation>%1 Konten in %2</translation>
    </message>
    <message>
        <source>low (0–24)</source>
        <translation>niedrig (0–24)</translation>
    </message>
    <message>
        <source>medium (25–49)</source>
        <translation>mittel (25–49)</translation>
    </message>
    <message>
        <source>high (50–74)</source>
        <translation>hoch (50–74)</translation>
    </message>
    <message>
        <source>critical (75–100)</source>
        <translation>kritisch (75–100)</translation>
    </message>
    <message>
        <source>accounts with risk %1 to %2</source>
        <translation>Konten mit Risiko %1 bis %2</translation>
    </message>
    <message>
        <source>accounts with risk %1 or more</source>
        <translation>Konten mit Risiko %1 oder mehr</translation>
    </message>
    <message>
        <source>risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Top tools by leaver access</source>
        <translation>Werkzeuge mit dem meisten Zugriff Ausgeschiedener</translation>
    </message>
    <message>
        <source>orphaned accounts still active in the tool</source>
        <translation>verwaiste Konten, die im Werkzeug noch aktiv sind</translation>
    </message>
    <message>
        <source>leavers with access in %1</source>
        <translation>Ausgeschiedene mit Zugriff in %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Unowned and orphaned across snapshots</source>
        <translation>Ohne Inhaber und verwaist über die Snapshots</translation>
    </message>
    <message>
        <source>unowned (unmanaged)</source>
        <translation>ohne Inhaber (nicht verwaltet)</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>orphaned accounts in %1 now</source>
        <translation>verwaiste Konten in %1 jetzt</translation>
    </message>
    <message>
        <source>unmanaged accounts in %1 now</source>
        <translation>nicht verwaltete Konten in %1 jetzt</translation>
    </message>
    <message>
        <source>no snapshot</source>
        <translation>kein Snapshot</translation>
    </message>
    <message>
        <source>Remediation per tool</source>
        <translation>Bereinigung je Werkzeug</translation>
    </message>
    <message>
        <source>Remediation of %1: %2 open, %3 overdue, %4 done</source>
        <translation>Bereinigung von %1: %2 offen, %3 überfällig, %4 erledigt</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>Rollcall::DecisionBar</name>
    <message>
        <source>Reconcile</source>
        <translation>Abgleichen</translation>
    </message>
    <message>
        <source>Certify</source>
        <translation>Zertifizieren</translation>
    </message>
    <message>
        <source>Expire</source>
        <translation>Befristen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Neu zuweisen</translation>
    </message>
    <message>
        <source>Needs info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <source>owner&apos;s e-mail in the directory</source>
        <translation>E-Mail-Adresse des Inhabers im Verzeichnis</translation>
    </message>
    <message>
        <source>Business purpose</source>
        <translation>Geschäftlicher Zweck</translation>
    </message>
    <message>
        <source>why the access stays</source>
        <translation>warum der Zugriff bleibt</translation>
    </message>
    <message>
        <source>Until: certification expiry or end of access</source>
        <translation>Bis: Ablauf der Zertifizierung oder Ende des Zugriffs</translation>
    </message>
    <message>
        <source>Rotate credentials by</source>
        <translation>Zugangsdaten wechseln bis</translation>
    </message>
    <message>
        <source>Justification</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>required to certify orphaned, unmanaged, privileged; needs-info; undo</source>
        <translation>nötig zum Zertifizieren von verwaisten, nicht verwalteten und privilegierten Konten, bei Rückfrage und Rückgängig</translation>
    </message>
    <message>
        <source>Reassign to</source>
        <translation>Neu zuweisen an</translation>
    </message>
    <message>
        <source>new reviewer&apos;s e-mail</source>
        <translation>E-Mail-Adresse des neuen Prüfers</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>You decide as</source>
        <translation>Sie entscheiden als</translation>
    </message>
    <message>
        <source>Decision outcome</source>
        <translation>Ergebnis der Entscheidung</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Inhaber:</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Zweck:</translation>
    </message>
    <message>
        <source>Until:</source>
        <translation>Bis:</translation>
    </message>
    <message>
        <source>Rotate by:</source>
        <translation>Wechseln bis:</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Reassign to:</source>
        <translation>Neu zuweisen an:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Link the account to the owner given (also a manual link the reconciler keeps)</source>
        <translation>Das Konto dem angegebenen Inhaber zuordnen (auch eine manuelle Zuordnung, die der Abgleich beibehält)</translation>
    </message>
    <message>
        <source>Keep the access: owner, business purpose and an expiry (break-glass: a rotation date)</source>
        <translation>Den Zugriff behalten: Inhaber, geschäftlicher Zweck und ein Ablaufdatum (Break-Glass: ein Datum für den Wechsel der Zugangsdaten)</translation>
    </message>
    <message>
        <source>Access ends on the Until date</source>
        <translation>Der Zugriff endet am Bis-Datum</translation>
    </message>
    <message>
        <source>Revoke the access now</source>
        <translation>Den Zugriff jetzt entziehen</translation>
    </message>
    <message>
        <source>Hand the account to the reviewer given</source>
        <translation>Das Konto dem angegebenen Prüfer übergeben</translation>
    </message>
    <message>
        <source>Cannot decide yet: say what is missing in the justification</source>
        <translation>Noch keine Entscheidung möglich: in der Begründung sagen, was fehlt</translation>
    </message>
    <message>
        <source>Supersede the decision in force (the log keeps both), with a justification</source>
        <translation>Die gültige Entscheidung ersetzen (das Protokoll behält beide), mit Begründung</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; (due %2): reviewer %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (fällig %2): Prüfer %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; by %2 on %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; von %2 am %3</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>decided: %1</source>
        <translation>entschieden: %1</translation>
    </message>
    <message>
        <source>waiting: %1</source>
        <translation>wartet: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;undecided&lt;/b&gt;</source>
        <translation>&lt;b&gt;unentschieden&lt;/b&gt;</translation>
    </message>
    <message>
        <source>carried over</source>
        <translation>übernommen</translation>
    </message>
    <message>
        <source>%1 accounts: certified %2 days at most</source>
        <translation>Konten der Klasse %1: höchstens %2 Tage zertifiziert</translation>
    </message>
    <message>
        <source>Certifying a break-glass account needs the date its credentials must be rotated by</source>
        <translation>Die Zertifizierung eines Break-Glass-Kontos braucht das Datum, bis zu dem seine Zugangsdaten gewechselt werden müssen</translation>
    </message>
    <message>
        <source>Only for break-glass accounts</source>
        <translation>Nur für Break-Glass-Konten</translation>
    </message>
    <message>
        <source>You decide as: &lt;a href=&quot;#&quot;&gt;set your reviewer e-mail&lt;/a&gt;</source>
        <translation>Sie entscheiden als: &lt;a href=&quot;#&quot;&gt;Ihre E-Mail-Adresse als Prüfer festlegen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>You decide as %1 (&lt;a href=&quot;#&quot;&gt;change&lt;/a&gt;)</source>
        <translation>Sie entscheiden als %1 (&lt;a href=&quot;#&quot;&gt;ändern&lt;/a&gt;)</translation>
    </message>
    <message>
        <source>The reviewer your decisions are recorded as (your e-mail in the directory)</source>
        <translation>Der Prüfer, unter dem Ihre Entscheidungen gespeichert werden (Ihre E-Mail-Adresse im Verzeichnis)</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>No campaign is active: start one (Campaign ▸ Start Campaign…) to decide on accounts.</source>
        <translation>Keine Kampagne aktiv: eine starten (Prüfung ▸ Kampagne starten), um über Konten zu entscheiden.</translation>
    </message>
</context>
<context>
    <name>Rollcall::DetailPane</name>
    <message>
        <source>Link to an &amp;owner…</source>
        <translation>Einem &amp;Inhaber zuordnen…</translation>
    </message>
    <message>
        <source>Follow the &amp;Cascade</source>
        <translation>&amp;Kaskade verfolgen</translation>
    </message>
    <message>
        <source>Account details</source>
        <translation>Kontodetails</translation>
    </message>
    <message>
        <source>Select an account to see who owns it, why it has its class, and what it looked like in each import.</source>
        <translation>Ein Konto auswählen, um zu sehen, wem es gehört, warum es seine Klasse hat und wie es in jedem Import aussah.</translation>
    </message>
    <message>
        <source>Why the account has its class</source>
        <translation>Warum das Konto seine Klasse hat</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risikofaktoren</translation>
    </message>
    <message>
        <source>Link this account to an owner of the directory by hand, with a reason (kept across imports, recorded with your name)</source>
        <translation>Dieses Konto von Hand einem Inhaber aus dem Verzeichnis zuordnen, mit Begründung (bleibt über Importe erhalten, mit Ihrem Namen gespeichert)</translation>
    </message>
    <message>
        <source>Follow the matching cascade for this account with today&apos;s rules and directory</source>
        <translation>Die Zuordnungskaskade für dieses Konto mit den heutigen Regeln und dem heutigen Verzeichnis verfolgen</translation>
    </message>
    <message>
        <source>Loading the directory and following the matching cascade…</source>
        <translation>Verzeichnis wird geladen und die Zuordnungskaskade verfolgt…</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>Verglichen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Matching cascade</source>
        <translation>Zuordnungskaskade</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>The record as imported</source>
        <translation>Der Datensatz wie importiert</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>Snapshot</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>History across snapshots</source>
        <translation>Verlauf über die Snapshots</translation>
    </message>
    <message>
        <source>Suggested owners</source>
        <translation>Vorgeschlagene Inhaber</translation>
    </message>
    <message>
        <source>Manual links</source>
        <translation>Manuelle Zuordnungen</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>MFA %1</source>
        <translation>MFA %1</translation>
    </message>
    <message>
        <source>active in the tool</source>
        <translation>aktiv im Werkzeug</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>last active %1</source>
        <translation>zuletzt aktiv %1</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie benutzt</translation>
    </message>
    <message>
        <source>no activity date</source>
        <translation>kein Aktivitätsdatum</translation>
    </message>
    <message>
        <source>not reconciled</source>
        <translation>nicht abgeglichen</translation>
    </message>
    <message>
        <source>risk &lt;b&gt;&lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;&lt;/b&gt;</source>
        <translation>Risiko &lt;b&gt;&lt;span style=&quot;color:%1&quot;&gt;%2&lt;/span&gt;&lt;/b&gt;</translation>
    </message>
    <message>
        <source>recommended: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>empfohlen: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 &amp;lt;%2&amp;gt;</source>
        <translation>%1 &amp;lt;%2&amp;gt;</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>Inhaber %1</translation>
    </message>
    <message>
        <source>owner %1 (&lt;b&gt;%2&lt;/b&gt;)</source>
        <translation>Inhaber %1 (&lt;b&gt;%2&lt;/b&gt;)</translation>
    </message>
    <message>
        <source>no owner</source>
        <translation>kein Inhaber</translation>
    </message>
    <message>
        <source>Not reconciled yet: run Review ▸ Reconcile.</source>
        <translation>Noch nicht abgeglichen: Prüfung ▸ Abgleichen ausführen.</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Warum: %1</translation>
    </message>
    <message>
        <source>No risk factor.</source>
        <translation>Kein Risikofaktor.</translation>
    </message>
    <message>
        <source>Following the matching cascade with today&apos;s rules and directory…</source>
        <translation>Zuordnungskaskade wird mit den heutigen Regeln und dem heutigen Verzeichnis verfolgt…</translation>
    </message>
    <message>
        <source>From %1 (%2), line %3, imported %4 as snapshot %5.</source>
        <translation>Aus %1 (%2), Zeile %3, importiert %4 als Snapshot %5.</translation>
    </message>
    <message>
        <source>From %1 (%2), imported %3 as snapshot %4.</source>
        <translation>Aus %1 (%2), importiert %3 als Snapshot %4.</translation>
    </message>
    <message>
        <source>(record)</source>
        <translation>(Datensatz)</translation>
    </message>
    <message>
        <source>One more row of the file folded into this account:
%1</source>
        <translation>Eine weitere Zeile der Datei ist in dieses Konto eingeflossen:
%1</translation>
    </message>
    <message>
        <source>%2 more rows of the file folded into this account:
%1</source>
        <translation>%2 weitere Zeilen der Datei sind in dieses Konto eingeflossen:
%1</translation>
    </message>
    <message>
        <source>%1: %2 linked it to %3 — %4</source>
        <translation>%1: %2 hat es %3 zugeordnet — %4</translation>
    </message>
    <message>
        <source>%1: %2 removed the manual link — %3</source>
        <translation>%1: %2 hat die manuelle Zuordnung entfernt — %3</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Step by step, with today&apos;s rules and directory:</source>
        <translation>Schritt für Schritt, mit den heutigen Regeln und dem heutigen Verzeichnis:</translation>
    </message>
    <message>
        <source>Today the cascade decides otherwise, by rule “%1”: %2. Reconcile to update the workspace.</source>
        <translation>Heute entscheidet die Kaskade anders, nach der Regel „%1“: %2. Abgleichen, um den Arbeitsbereich zu aktualisieren.</translation>
    </message>
    <message>
        <source>The directory has %1 identities: following the cascade loads all of them (some seconds, about %2 MB), and then every account&apos;s cascade shows at once.</source>
        <translation>Das Verzeichnis hat %1 Identitäten: die Kaskade zu verfolgen lädt sie alle (einige Sekunden, etwa %2 MB), danach erscheint die Kaskade jedes Kontos sofort.</translation>
    </message>
    <message>
        <source>Cannot show this account</source>
        <translation>Dieses Konto kann nicht angezeigt werden</translation>
    </message>
    <message>
        <source>No owner suggested by name or among candidates.</source>
        <translation>Kein Inhaber nach Namen oder unter den Kandidaten vorgeschlagen.</translation>
    </message>
    <message>
        <source>%1 (candidate)</source>
        <translation>%1 (Kandidat)</translation>
    </message>
    <message>
        <source>Link…</source>
        <translation>Zuordnen…</translation>
    </message>
    <message>
        <source>Link to %1</source>
        <translation>%1 zuordnen</translation>
    </message>
    <message>
        <source>Link this account to %1, with a reason</source>
        <translation>Dieses Konto %1 zuordnen, mit Begründung</translation>
    </message>
    <message>
        <source>Link Account to Owner</source>
        <translation>Konto einem Inhaber zuordnen</translation>
    </message>
    <message>
        <source>Why is %1 the owner of %2? The reason is kept with your name in the audit trail.</source>
        <translation>Warum ist %1 Inhaber von %2? Die Begründung wird mit Ihrem Namen im Prüfpfad gespeichert.</translation>
    </message>
    <message>
        <source>E-mail of the owner in the directory:</source>
        <translation>E-Mail-Adresse des Inhabers im Verzeichnis:</translation>
    </message>
    <message>
        <source>Decisions recorded about this account</source>
        <translation>Zu diesem Konto gespeicherte Entscheidungen</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>yes, by #%1</source>
        <translation>ja, durch #%1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Attestation #%1</source>
        <translation>Bestätigung #%1</translation>
    </message>
    <message>
        <source>SHA-256 %1
previous %2</source>
        <translation>SHA-256 %1
vorheriger %2</translation>
    </message>
    <message>
        <source>No decision recorded about this account yet.</source>
        <translation>Zu diesem Konto ist noch keine Entscheidung gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n attestation(s), oldest first; each one&apos;s hash covers the one before it (rollcall-cli verify-store checks the chain).</source>
        <translation>
            <numerusform>%n Bestätigung; ihr Hash deckt die vorige im Protokoll ab (rollcall-cli verify-store prüft die Kette).</numerusform>
            <numerusform>%n Bestätigungen, älteste zuerst; der Hash jeder deckt die vorige ab (rollcall-cli verify-store prüft die Kette).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Rollcall::EvidenceChartsWidget</name>
    <message>
        <source>undecided</source>
        <translation>unentschieden</translation>
    </message>
    <message>
        <source>Charts: accounts by class and decisions in force</source>
        <translation>Diagramme: Konten nach Klasse und gültige Entscheidungen</translation>
    </message>
    <message>
        <source>Accounts under review by class</source>
        <translation>Konten im Umfang nach Klasse</translation>
    </message>
    <message>
        <source>Nothing to show.</source>
        <translation>Nichts anzuzeigen.</translation>
    </message>
    <message>
        <source>Decisions in force</source>
        <translation>Gültige Entscheidungen</translation>
    </message>
</context>
<context>
    <name>Rollcall::EvidenceDecisionModel</name>
    <message>
        <source>Seq</source>
        <translation>Seq</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>Rollcall::FilterBar</name>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Privilege</source>
        <translation>Berechtigung</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>No e&amp;xpiry</source>
        <translation>Kein &amp;Ablaufdatum</translation>
    </message>
    <message>
        <source>C&amp;hanged since last import</source>
        <translation>&amp;Geändert seit dem letzten Import</translation>
    </message>
    <message>
        <source>Search accounts</source>
        <translation>Konten durchsuchen</translation>
    </message>
    <message>
        <source>Search login, e-mail, name or account (Ctrl+F)</source>
        <translation>Anmeldung, E-Mail, Name oder Konto durchsuchen (Strg+F)</translation>
    </message>
    <message>
        <source>Tool filter</source>
        <translation>Werkzeugfilter</translation>
    </message>
    <message>
        <source>Show the accounts of one tool instance only</source>
        <translation>Nur die Konten einer Werkzeuginstanz anzeigen</translation>
    </message>
    <message>
        <source>All tools</source>
        <translation>Alle Werkzeuge</translation>
    </message>
    <message>
        <source>Account class filter</source>
        <translation>Kontoklassenfilter</translation>
    </message>
    <message>
        <source>Lowest risk</source>
        <translation>Niedrigstes Risiko</translation>
    </message>
    <message>
        <source>Only accounts with at least this risk (0: no lower bound)</source>
        <translation>Nur Konten mit mindestens diesem Risiko (0: keine Untergrenze)</translation>
    </message>
    <message>
        <source>Highest risk</source>
        <translation>Höchstes Risiko</translation>
    </message>
    <message>
        <source>Only accounts with at most this risk (100: no upper bound)</source>
        <translation>Nur Konten mit höchstens diesem Risiko (100: keine Obergrenze)</translation>
    </message>
    <message>
        <source>Privilege filter</source>
        <translation>Berechtigungsfilter</translation>
    </message>
    <message>
        <source>MFA filter</source>
        <translation>MFA-Filter</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Activity filter</source>
        <translation>Aktivitätsfilter</translation>
    </message>
    <message>
        <source>Stale</source>
        <translation>Veraltet</translation>
    </message>
    <message>
        <source>Never used</source>
        <translation>Nie benutzt</translation>
    </message>
    <message>
        <source>Owner filter</source>
        <translation>Inhaberfilter</translation>
    </message>
    <message>
        <source>Whether the account has an owner in the directory, and whether that owner is still active</source>
        <translation>Ob das Konto einen Inhaber im Verzeichnis hat und ob dieser noch aktiv ist</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>Kein Inhaber</translation>
    </message>
    <message>
        <source>Active owner</source>
        <translation>Aktiver Inhaber</translation>
    </message>
    <message>
        <source>Owner left</source>
        <translation>Inhaber ausgeschieden</translation>
    </message>
    <message>
        <source>Tool state filter</source>
        <translation>Werkzeugstatusfilter</translation>
    </message>
    <message>
        <source>Recommendation filter</source>
        <translation>Empfehlungsfilter</translation>
    </message>
    <message>
        <source>Only accounts without an expiry</source>
        <translation>Nur Konten ohne Ablaufdatum</translation>
    </message>
    <message>
        <source>Accounts whose access has no end date in the tool</source>
        <translation>Konten, deren Zugriff im Werkzeug kein Enddatum hat</translation>
    </message>
    <message>
        <source>Only accounts changed since the last import</source>
        <translation>Nur seit dem letzten Import geänderte Konten</translation>
    </message>
    <message>
        <source>Accounts added since the tool&apos;s previous snapshot, or whose privilege, state, e-mail or last activity changed</source>
        <translation>Konten, die seit dem vorigen Snapshot des Werkzeugs hinzugekommen sind oder deren Berechtigung, Status, E-Mail oder letzte Aktivität sich geändert hat</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Clear every filter (Ctrl+Shift+Backspace)</source>
        <translation>Alle Filter zurücksetzen (Strg+Umschalt+Rücktaste)</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Werkzeug:</translation>
    </message>
    <message>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <source>&amp;MFA:</source>
        <translation>&amp;MFA:</translation>
    </message>
    <message>
        <source>Acti&amp;vity:</source>
        <translation>Akti&amp;vität:</translation>
    </message>
    <message>
        <source>O&amp;wner:</source>
        <translation>I&amp;nhaber:</translation>
    </message>
</context>
<context>
    <name>Rollcall::ImportDialog</name>
    <message>
        <source>This is a directory export (%1), not a tool export: choose &quot;Directory export&quot; above.</source>
        <translation>Dies ist ein Verzeichnis-Export (%1), kein Werkzeug-Export: oben „Verzeichnis-Export“ wählen.</translation>
    </message>
    <message>
        <source>This is a tool export (%1), not a directory export: choose &quot;Tool export&quot; above and name the tool.</source>
        <translation>Dies ist ein Werkzeug-Export (%1), kein Verzeichnis-Export: oben „Werkzeug-Export“ wählen und das Werkzeug benennen.</translation>
    </message>
    <message>
        <source>%1
Rollcall reads these %2: %3.</source>
        <translation>%1
Rollcall liest diese %2: %3.</translation>
    </message>
    <message>
        <source>directory exports</source>
        <translation>Verzeichnis-Exporte</translation>
    </message>
    <message>
        <source>tool exports</source>
        <translation>Werkzeug-Exporte</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Directory export (who works here)</source>
        <translation>&amp;Verzeichnis-Export (wer hier arbeitet)</translation>
    </message>
    <message>
        <source>T&amp;ool export (who has an account)</source>
        <translation>W&amp;erkzeug-Export (wer ein Konto hat)</translation>
    </message>
    <message>
        <source>Import Export File</source>
        <translation>Exportdatei importieren</translation>
    </message>
    <message>
        <source>Export file</source>
        <translation>Exportdatei</translation>
    </message>
    <message>
        <source>CSV export of a directory or a tool</source>
        <translation>CSV-Export eines Verzeichnisses oder eines Werkzeugs</translation>
    </message>
    <message>
        <source>Tool instance name</source>
        <translation>Name der Werkzeuginstanz</translation>
    </message>
    <message>
        <source>e.g. github, aws-prod, atlassian</source>
        <translation>z. B. github, aws-prod, atlassian</translation>
    </message>
    <message>
        <source>Detected format</source>
        <translation>Erkanntes Format</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Tool &amp;name:</source>
        <translation>Werkzeug&amp;name:</translation>
    </message>
    <message>
        <source>Choose an Export File</source>
        <translation>Exportdatei wählen</translation>
    </message>
    <message>
        <source>Exports (*.csv *.json *.txt);;All files (*)</source>
        <translation>Exporte (*.csv *.json *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose a file: its format is recognised from its content.</source>
        <translation>Eine Datei wählen: ihr Format wird an ihrem Inhalt erkannt.</translation>
    </message>
    <message>
        <source>A directory export becomes the workspace&apos;s current directory; earlier ones are kept.</source>
        <translation>Ein Verzeichnis-Export wird das aktuelle Verzeichnis des Arbeitsbereichs; frühere bleiben erhalten.</translation>
    </message>
    <message>
        <source>Names one instance of a tool (lower-case letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;). Importing again under a name replaces that tool&apos;s current accounts.</source>
        <translation>Benennt eine Instanz eines Werkzeugs (Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;). Ein erneuter Import unter einem Namen ersetzt die aktuellen Konten dieses Werkzeugs.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid name: use lower-case letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;, starting with a letter or digit, up to 63 characters.</source>
        <translation>„%1“ ist kein gültiger Name: Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; verwenden, beginnend mit einem Buchstaben oder einer Ziffer, höchstens 63 Zeichen.</translation>
    </message>
</context>
<context>
    <name>Rollcall::ImportQueue</name>
    <message>
        <source>%1: another import is running</source>
        <translation>%1: ein anderer Import läuft</translation>
    </message>
    <message>
        <source>the directory</source>
        <translation>das Verzeichnis</translation>
    </message>
    <message>
        <source>%1 → %2: waiting</source>
        <translation>%1 → %2: wartet</translation>
    </message>
    <message>
        <source>%1 → %2: importing…</source>
        <translation>%1 → %2: wird importiert…</translation>
    </message>
    <message>
        <source>%1 → %2: imported, 1 row</source>
        <translation>%1 → %2: importiert, 1 Zeile</translation>
    </message>
    <message>
        <source>%1 → %2: imported, %3 rows</source>
        <translation>%1 → %2: importiert, %3 Zeilen</translation>
    </message>
    <message>
        <source>%1 → %2: already imported, nothing changed</source>
        <translation>%1 → %2: bereits importiert, nichts geändert</translation>
    </message>
    <message>
        <source>%1 → %2: failed: %3</source>
        <translation>%1 → %2: fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 → %2: cancelled, nothing imported</source>
        <translation>%1 → %2: abgebrochen, nichts importiert</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>Rollcall::ImportQueueDialog</name>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Check what each file was recognised as and which tool instance it goes to. Files are imported one after the other; each is all or nothing.</source>
        <translation>Prüfen, als was jede Datei erkannt wurde und zu welcher Werkzeuginstanz sie gehört. Die Dateien werden nacheinander importiert, jede ganz oder gar nicht.</translation>
    </message>
    <message>
        <source>&lt;b&gt;File&lt;/b&gt;</source>
        <translation>&lt;b&gt;Datei&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Kind&lt;/b&gt;</source>
        <translation>&lt;b&gt;Art&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recognised as&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erkannt als&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tool instance&lt;/b&gt;</source>
        <translation>&lt;b&gt;Werkzeuginstanz&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <source>Kind of %1</source>
        <translation>Art von %1</translation>
    </message>
    <message>
        <source>Tool export</source>
        <translation>Werkzeug-Export</translation>
    </message>
    <message>
        <source>Directory export</source>
        <translation>Verzeichnis-Export</translation>
    </message>
    <message>
        <source>Tool instance of %1</source>
        <translation>Werkzeuginstanz von %1</translation>
    </message>
    <message>
        <source>choose or type a name</source>
        <translation>einen Namen wählen oder eingeben</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>A directory export (%1): choose “Directory export”.</source>
        <translation>Ein Verzeichnis-Export (%1): „Verzeichnis-Export“ wählen.</translation>
    </message>
    <message>
        <source>A tool export (%1): choose “Tool export”.</source>
        <translation>Ein Werkzeug-Export (%1): „Werkzeug-Export“ wählen.</translation>
    </message>
    <message>
        <source>Not recognised.</source>
        <translation>Nicht erkannt.</translation>
    </message>
    <message>
        <source>1 file to import</source>
        <translation>1 Datei zu importieren</translation>
    </message>
    <message>
        <source>%1 files to import</source>
        <translation>%1 Dateien zu importieren</translation>
    </message>
    <message>
        <source>; %1 left out</source>
        <translation>; %1 ausgelassen</translation>
    </message>
    <message>
        <source>. Name each tool instance with lower-case letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation>. Jede Werkzeuginstanz mit Kleinbuchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos; benennen.</translation>
    </message>
</context>
<context>
    <name>Rollcall::MainWindow</name>
    <message>
        <source>Rollcall workspaces (*.rollcall);;All files (*)</source>
        <translation>Rollcall-Arbeitsbereiche (*.rollcall);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Rollcall</source>
        <translation>Rollcall</translation>
    </message>
    <message>
        <source>Accounts per class</source>
        <translation>Konten je Klasse</translation>
    </message>
    <message>
        <source>Background work</source>
        <translation>Hintergrundarbeit</translation>
    </message>
    <message>
        <source>Showing %1.</source>
        <translation>%1 werden angezeigt.</translation>
    </message>
    <message>
        <source>Cannot read the accounts: %1</source>
        <translation>Die Konten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Cannot count the accounts: %1</source>
        <translation>Die Konten können nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>Linking to %1…</source>
        <translation>Zuordnung zu %1…</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <source>No workspace is open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>A workspace holds one access review: the directory export, the tool exports and what reconciling them found.
Create a workspace for a new review, or open one.</source>
        <translation>Ein Arbeitsbereich enthält eine Zugriffsprüfung: den Verzeichnis-Export, die Werkzeug-Exporte und was ihr Abgleich ergeben hat.
Einen Arbeitsbereich für eine neue Prüfung anlegen oder einen öffnen.</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Import Queue</source>
        <translation>Importwarteschlange</translation>
    </message>
    <message>
        <source>Imports</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Progress of the running import</source>
        <translation>Fortschritt des laufenden Imports</translation>
    </message>
    <message>
        <source>&amp;Cancel Imports</source>
        <translation>Importe a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop the running import (nothing of it is kept) and drop the waiting ones (Esc in the queue)</source>
        <translation>Den laufenden Import abbrechen (nichts davon bleibt) und die wartenden verwerfen (Esc in der Warteschlange)</translation>
    </message>
    <message>
        <source>Cannot Open Workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: Datei nicht vorhanden</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Cannot Create Workspace</source>
        <translation>Arbeitsbereich kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 already exists; open it with File ▸ Open Workspace, or choose a new name.</source>
        <translation>%1 gibt es bereits; mit Datei ▸ Arbeitsbereich öffnen öffnen oder einen neuen Namen wählen.</translation>
    </message>
    <message>
        <source>%1 — Rollcall</source>
        <translation>%1 — Rollcall</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>the directory</source>
        <translation>das Verzeichnis</translation>
    </message>
    <message>
        <source>Imported %1 into %2 (rows: %3).</source>
        <translation>%1 in %2 importiert (Zeilen: %3).</translation>
    </message>
    <message>
        <source>%1 was already imported into %2; nothing changed.</source>
        <translation>%1 wurde bereits in %2 importiert; nichts geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Import of %1 cancelled; nothing was imported.</source>
        <translation>Import von %1 abgebrochen; nichts wurde importiert.</translation>
    </message>
    <message>
        <source>Imports cancelled; the cancelled files were not imported.</source>
        <translation>Importe abgebrochen; die abgebrochenen Dateien wurden nicht importiert.</translation>
    </message>
    <message>
        <source>Import Failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import Warnings</source>
        <translation>Importwarnungen</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <source>%1 Reconciling…</source>
        <translation>%1 Abgleich läuft…</translation>
    </message>
    <message>
        <source>Reconciling…</source>
        <translation>Abgleich läuft…</translation>
    </message>
    <message>
        <source>Load Rules</source>
        <translation>Regeln laden</translation>
    </message>
    <message>
        <source>Rules (*.yaml *.yml);;All files (*)</source>
        <translation>Regeln (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Loading the rules of %1 and reconciling…</source>
        <translation>Die Regeln aus %1 werden geladen und abgeglichen…</translation>
    </message>
    <message>
        <source>Reconcile Failed</source>
        <translation>Abgleich fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reconciled. Accounts: %1, identities: %2, newly classified: %3, changed class: %4.</source>
        <translation>Abgeglichen. Konten: %1, Identitäten: %2, neu klassifiziert: %3, Klasse geändert: %4.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cannot Link</source>
        <translation>Zuordnung nicht möglich</translation>
    </message>
    <message>
        <source>No owner is suggested for this account; use Review ▸ Link to Owner.</source>
        <translation>Für dieses Konto ist kein Inhaber vorgeschlagen; Prüfung ▸ Einem Inhaber zuordnen verwenden.</translation>
    </message>
    <message>
        <source>No workspace open</source>
        <translation>Kein Arbeitsbereich geöffnet</translation>
    </message>
    <message>
        <source>No accounts yet: import a directory export and tool exports with File ▸ Import…, or drop the files on the window</source>
        <translation>Noch keine Konten: einen Verzeichnis-Export und Werkzeug-Exporte mit Datei ▸ Importieren… importieren oder die Dateien auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>Loading accounts…</source>
        <translation>Konten werden geladen…</translation>
    </message>
    <message>
        <source>Accounts: counting… (first %1 shown)</source>
        <translation>Konten: wird gezählt… (die ersten %1 angezeigt)</translation>
    </message>
    <message>
        <source>Accounts: %1</source>
        <translation>Konten: %1</translation>
    </message>
    <message>
        <source>Accounts: %1 of %2</source>
        <translation>Konten: %1 von %2</translation>
    </message>
    <message>
        <source>%1 not reconciled (Review ▸ Reconcile)</source>
        <translation>%1 nicht abgeglichen (Prüfung ▸ Abgleichen)</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>Create a workspace file for a new review</source>
        <translation>Eine Arbeitsbereichsdatei für eine neue Prüfung anlegen</translation>
    </message>
    <message>
        <source>Open a workspace file</source>
        <translation>Eine Arbeitsbereichsdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import a directory export or a tool export (or drop files on the window)</source>
        <translation>Einen Verzeichnis-Export oder einen Werkzeug-Export importieren (oder Dateien auf das Fenster ziehen)</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy Selected Rows</source>
        <translation>Ausgewählte Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the selected accounts as tab-separated text (Ctrl+C in the table)</source>
        <translation>Die ausgewählten Konten als tabulatorgetrennten Text kopieren (Strg+C in der Tabelle)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Search the accounts</source>
        <translation>Die Konten durchsuchen</translation>
    </message>
    <message>
        <source>C&amp;lear Filters</source>
        <translation>Filter &amp;zurücksetzen</translation>
    </message>
    <message>
        <source>Show every account again</source>
        <translation>Wieder alle Konten anzeigen</translation>
    </message>
    <message>
        <source>&amp;Accounts</source>
        <translation>&amp;Konten</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>Detail &amp;Pane</source>
        <translation>&amp;Detailbereich</translation>
    </message>
    <message>
        <source>&amp;Views Panel</source>
        <translation>&amp;Ansichtenleiste</translation>
    </message>
    <message>
        <source>Choose &amp;Columns…</source>
        <translation>&amp;Spalten wählen…</translation>
    </message>
    <message>
        <source>Show, hide and reorder the columns of the accounts table</source>
        <translation>Die Spalten der Kontentabelle ein-, ausblenden und anordnen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>&amp;Next Pane</source>
        <translation>&amp;Nächster Bereich</translation>
    </message>
    <message>
        <source>Move the keyboard focus to the next pane: views, filters, table, details</source>
        <translation>Den Tastaturfokus in den nächsten Bereich bewegen: Ansichten, Filter, Tabelle, Details</translation>
    </message>
    <message>
        <source>&amp;Reconcile</source>
        <translation>&amp;Abgleichen</translation>
    </message>
    <message>
        <source>Link every account to an identity of the directory and classify it</source>
        <translation>Jedes Konto einer Identität des Verzeichnisses zuordnen und klassifizieren</translation>
    </message>
    <message>
        <source>Read the organisation&apos;s rules (rollcall.yaml), keep them in the workspace and reconcile with them</source>
        <translation>Die Regeln der Organisation (rollcall.yaml) lesen, im Arbeitsbereich behalten und damit abgleichen</translation>
    </message>
    <message>
        <source>&amp;Link to Suggested Owner…</source>
        <translation>Dem vorgeschlagenen &amp;Inhaber zuordnen…</translation>
    </message>
    <message>
        <source>Link the selected account to the first owner suggested for it, with a reason</source>
        <translation>Das ausgewählte Konto dem ersten für es vorgeschlagenen Inhaber zuordnen, mit Begründung</translation>
    </message>
    <message>
        <source>Link to &amp;Owner…</source>
        <translation>Einem Inha&amp;ber zuordnen…</translation>
    </message>
    <message>
        <source>Link the selected account to an owner of the directory, with a reason</source>
        <translation>Das ausgewählte Konto einem Inhaber aus dem Verzeichnis zuordnen, mit Begründung</translation>
    </message>
    <message>
        <source>Stop the running import and drop the waiting ones</source>
        <translation>Den laufenden Import abbrechen und die wartenden verwerfen</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Rollcall</source>
        <translation>&amp;Über Rollcall</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Saved Views</source>
        <translation>&amp;Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>&amp;Review</source>
        <translation>&amp;Prüfung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Accounts table</source>
        <translation>Kontentabelle</translation>
    </message>
    <message>
        <source>Copy the selected rows</source>
        <translation>Die ausgewählten Zeilen kopieren</translation>
    </message>
    <message>
        <source>Sort by a column</source>
        <translation>Nach einer Spalte sortieren</translation>
    </message>
    <message>
        <source>Click its header (again: reversed)</source>
        <translation>Auf ihren Kopf klicken (erneut: umgekehrt)</translation>
    </message>
    <message>
        <source>First and last account</source>
        <translation>Erstes und letztes Konto</translation>
    </message>
    <message>
        <source>Ctrl+Home, Ctrl+End</source>
        <translation>Strg+Pos1, Strg+Ende</translation>
    </message>
    <message>
        <source>Show or hide columns</source>
        <translation>Spalten ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Header menu, or Ctrl+Shift+K</source>
        <translation>Kopfmenü oder Strg+Umschalt+K</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Open a recent workspace</source>
        <translation>Einen zuletzt geöffneten Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Alt+F, R, then its number</source>
        <translation>Alt+D, Z, dann seine Nummer</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Next and previous filter</source>
        <translation>Nächster und vorheriger Filter</translation>
    </message>
    <message>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Umschalt+Tab</translation>
    </message>
    <message>
        <source>Choose values of class, privilege, state, recommendation</source>
        <translation>Werte für Klasse, Berechtigung, Status, Empfehlung wählen</translation>
    </message>
    <message>
        <source>Space, then Enter on each value</source>
        <translation>Leertaste, dann Eingabetaste auf jedem Wert</translation>
    </message>
    <message>
        <source>Jump to a filter</source>
        <translation>Zu einem Filter springen</translation>
    </message>
    <message>
        <source>Alt + its underlined letter</source>
        <translation>Alt + sein unterstrichener Buchstabe</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Import several files at once</source>
        <translation>Mehrere Dateien auf einmal importieren</translation>
    </message>
    <message>
        <source>Drop them on the window</source>
        <translation>Sie auf das Fenster ziehen</translation>
    </message>
    <message>
        <source>&amp;%1 %2 — %3</source>
        <translation>&amp;%1 %2 — %3</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>About Rollcall</source>
        <translation>Über Rollcall</translation>
    </message>
    <message>
        <source>Rollcall %1

Access review for unmanaged users in developer tools: import a directory export and the user exports of your tools, reconcile every account to an owner, and review what is left.

Licensed under the GNU General Public License, version 3 or later.</source>
        <translation>Rollcall %1

Zugriffsprüfung für nicht verwaltete Benutzer in Entwicklerwerkzeugen: einen Verzeichnis-Export und die Benutzer-Exporte Ihrer Werkzeuge importieren, jedes Konto einem Inhaber zuordnen und prüfen, was übrig bleibt.

Lizenziert unter der GNU General Public License, Version 3 oder neuer.</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>Your e-mail as reviewer, the signing key, the rules, stale days and the language</source>
        <translation>Ihre E-Mail-Adresse als Prüfer, der Signaturschlüssel, die Regeln, die Tage bis veraltet und die Sprache</translation>
    </message>
    <message>
        <source>Previ&amp;ous Pane</source>
        <translation>&amp;Vorheriger Bereich</translation>
    </message>
    <message>
        <source>Load R&amp;ules and Reconcile…</source>
        <translation>&amp;Regeln laden und abgleichen…</translation>
    </message>
    <message>
        <source>Cancel Import&amp;s</source>
        <translation>Importe abb&amp;rechen</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Open &amp;Evidence…</source>
        <translation>Nach&amp;weispaket öffnen…</translation>
    </message>
    <message>
        <source>Verify an evidence bundle and browse it read-only, as an auditor</source>
        <translation>Ein Nachweispaket verifizieren und schreibgeschützt durchsehen, als Prüfer</translation>
    </message>
    <message>
        <source>&amp;Campaign</source>
        <translation>&amp;Kampagne</translation>
    </message>
    <message>
        <source>Decide on the selected account: R reconcile, C certify, E expire, D remove, A reassign, N needs info, U undo</source>
        <translation>Über das ausgewählte Konto entscheiden: R abgleichen, C zertifizieren, E befristen, D entfernen, A neu zuweisen, N Rückfrage, U rückgängig</translation>
    </message>
    <message>
        <source>The single key, outside a text field</source>
        <translation>Die einzelne Taste, außerhalb eines Textfelds</translation>
    </message>
    <message>
        <source>Decide on several accounts at once (bulk remove and expire ask to confirm the count)</source>
        <translation>Über mehrere Konten auf einmal entscheiden (Massenentfernungen und -befristungen fragen nach der Anzahl)</translation>
    </message>
    <message>
        <source>Shift+click or Ctrl+click rows, then the decision&apos;s key</source>
        <translation>Zeilen mit Umschalt+Klick oder Strg+Klick wählen, dann die Taste der Entscheidung</translation>
    </message>
    <message>
        <source>Fill in owner, purpose, dates and justification</source>
        <translation>Inhaber, Zweck, Daten und Begründung ausfüllen</translation>
    </message>
    <message>
        <source>Click the field, or Tab from the decision bar</source>
        <translation>Auf das Feld klicken oder mit Tab von der Entscheidungsleiste</translation>
    </message>
    <message>
        <source>Show only my undecided accounts</source>
        <translation>Nur meine unentschiedenen Konten anzeigen</translation>
    </message>
    <message>
        <source>M (My queue)</source>
        <translation>M (Meine Warteschlange)</translation>
    </message>
    <message>
        <source>Open an evidence bundle</source>
        <translation>Ein Nachweispaket öffnen</translation>
    </message>
    <message>
        <source>Recorded %1 of %2/%3 as attestation #%4.</source>
        <translation>%1 für %2/%3 als Bestätigung #%4 gespeichert.</translation>
    </message>
    <message>
        <source>Recorded %1 decisions in bulk (attestations #%2 to #%3).</source>
        <translation>%1 Entscheidungen auf einmal gespeichert (Bestätigungen #%2 bis #%3).</translation>
    </message>
    <message>
        <source>Active campaign</source>
        <translation>Aktive Kampagne</translation>
    </message>
    <message>
        <source>Ca&amp;mpaign:</source>
        <translation>Kampagn&amp;e:</translation>
    </message>
    <message>
        <source>My &amp;queue</source>
        <translation>Meine Warte&amp;schlange</translation>
    </message>
    <message>
        <source>Only the accounts of the active campaign assigned to you and still undecided (M)</source>
        <translation>Nur die Konten der aktiven Kampagne, die Ihnen zugewiesen und noch unentschieden sind (M)</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Fortschritt</translation>
    </message>
    <message>
        <source>The active campaign&apos;s progress per reviewer and per tool, and its burn-down</source>
        <translation>Der Fortschritt der aktiven Kampagne je Prüfer und je Werkzeug, und ihr Burn-down</translation>
    </message>
    <message>
        <source>&amp;My Queue</source>
        <translation>&amp;Meine Warteschlange</translation>
    </message>
    <message>
        <source>Only the accounts of the active campaign assigned to you and still undecided</source>
        <translation>Nur die Konten der aktiven Kampagne, die Ihnen zugewiesen und noch unentschieden sind</translation>
    </message>
    <message>
        <source>%1 Selected</source>
        <translation>%1 (Auswahl)</translation>
    </message>
    <message>
        <source>Record this decision for the selected account(s) with the decision bar&apos;s fields</source>
        <translation>Diese Entscheidung für die ausgewählten Konten mit den Feldern der Entscheidungsleiste speichern</translation>
    </message>
    <message>
        <source>&amp;Start Campaign…</source>
        <translation>Kampagne &amp;starten…</translation>
    </message>
    <message>
        <source>Freeze the scope of a new review period, with a due date and reviewers</source>
        <translation>Den Umfang eines neuen Prüfzeitraums festschreiben, mit Fälligkeitsdatum und Prüfern</translation>
    </message>
    <message>
        <source>C&amp;lose Campaign…</source>
        <translation>Kampagne sch&amp;ließen…</translation>
    </message>
    <message>
        <source>Close the active campaign: its decisions become final</source>
        <translation>Die aktive Kampagne schließen: ihre Entscheidungen werden endgültig</translation>
    </message>
    <message>
        <source>Reviewer &amp;E-mail…</source>
        <translation>&amp;E-Mail als Prüfer…</translation>
    </message>
    <message>
        <source>The e-mail your decisions are recorded with</source>
        <translation>Die E-Mail-Adresse, unter der Ihre Entscheidungen gespeichert werden</translation>
    </message>
    <message>
        <source>Your Reviewer E-mail</source>
        <translation>Ihre E-Mail-Adresse als Prüfer</translation>
    </message>
    <message>
        <source>Decisions are recorded with the reviewer&apos;s e-mail in the directory. Yours:</source>
        <translation>Entscheidungen werden mit der E-Mail-Adresse des Prüfers im Verzeichnis gespeichert. Ihre:</translation>
    </message>
    <message>
        <source>Not an E-mail Address</source>
        <translation>Keine E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address; decisions need your e-mail in the directory.</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse; Entscheidungen brauchen Ihre E-Mail-Adresse im Verzeichnis.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an e-mail address.</source>
        <translation>&apos;%1&apos; ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Cannot read the campaigns: %1</source>
        <translation>Die Kampagnen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (geschlossen)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message>
        <source>No campaign yet: Campaign ▸ Start Campaign…</source>
        <translation>Noch keine Kampagne: Kampagne ▸ Kampagne starten…</translation>
    </message>
    <message>
        <source>%1 of %2 decided · %3 waiting for information · %4</source>
        <translation>%1 von %2 entschieden · %3 warten auf Informationen · %4</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>geschlossen %1</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>fällig %1</translation>
    </message>
    <message>
        <source>No campaign is active: start one (Campaign ▸ Start Campaign…) to decide on accounts.</source>
        <translation>Keine Kampagne aktiv: eine starten (Kampagne ▸ Kampagne starten…), um über Konten zu entscheiden.</translation>
    </message>
    <message>
        <source>Not in the scope of campaign %1: its accounts were frozen at its start on %2.</source>
        <translation>Nicht im Umfang der Kampagne %1: ihre Konten wurden bei ihrem Start am %2 festgeschrieben.</translation>
    </message>
    <message>
        <source>No campaign is active: start one first.</source>
        <translation>Keine Kampagne aktiv: zuerst eine starten.</translation>
    </message>
    <message>
        <source>My queue needs your reviewer e-mail.</source>
        <translation>Meine Warteschlange braucht Ihre E-Mail-Adresse als Prüfer.</translation>
    </message>
    <message>
        <source>Nothing recorded: decisions need your reviewer e-mail.</source>
        <translation>Nichts gespeichert: Entscheidungen brauchen Ihre E-Mail-Adresse als Prüfer.</translation>
    </message>
    <message>
        <source>%1 of the %2 selected rows are still loading; they are on their way: decide again in a moment.</source>
        <translation>%1 der %2 ausgewählten Zeilen werden noch geladen; sie sind unterwegs: gleich noch einmal entscheiden.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n decision(s)…</source>
        <translation>
            <numerusform>%n Entscheidung wird geprüft…</numerusform>
            <numerusform>%n Entscheidungen werden geprüft…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This ends the access of %n account(s) in campaign %1 (removals: %2, expiries: %3), of the %4 selected. Each decision is recorded under your name and can only be superseded, never deleted.

Record them?</source>
        <translation>
            <numerusform>Damit endet der Zugriff von %n Konto in Kampagne %1 (Entfernungen: %2, Befristungen: %3), von %4 ausgewählten. Jede Entscheidung wird unter Ihrem Namen gespeichert und kann nur ersetzt, nie gelöscht werden.

Speichern?</numerusform>
            <numerusform>Damit endet der Zugriff von %n Konten in Kampagne %1 (Entfernungen: %2, Befristungen: %3), von %4 ausgewählten. Jede Entscheidung wird unter Ihrem Namen gespeichert und kann nur ersetzt, nie gelöscht werden.

Speichern?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n Removal(s) or Expiries</source>
        <translation>
            <numerusform>%n Entfernung oder Befristung bestätigen</numerusform>
            <numerusform>%n Entfernungen oder Befristungen bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing recorded: the bulk decision was not confirmed.</source>
        <translation>Nichts gespeichert: die Massenentscheidung wurde nicht bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>Recording %n decision(s)…</source>
        <translation>
            <numerusform>%n Entscheidung wird gespeichert…</numerusform>
            <numerusform>%n Entscheidungen werden gespeichert…</numerusform>
        </translation>
    </message>
    <message>
        <source>Start Campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <source>Name of the review period (letters, digits, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;):</source>
        <translation>Name des Prüfzeitraums (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos;, &apos;-&apos;):</translation>
    </message>
    <message>
        <source>Due date (YYYY-MM-DD):</source>
        <translation>Fälligkeitsdatum (JJJJ-MM-TT):</translation>
    </message>
    <message>
        <source>Reviewer of each tool, as TOOL=EMAIL separated by commas (tools without one go to you, the campaign owner %1):</source>
        <translation>Prüfer jedes Werkzeugs als WERKZEUG=EMAIL, durch Kommas getrennt (Werkzeuge ohne Prüfer gehen an Sie, die/den Kampagnenverantwortliche(n) %1):</translation>
    </message>
    <message>
        <source>Cannot Start Campaign</source>
        <translation>Kampagne kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>Reviewer &apos;%1&apos;: expected TOOL=EMAIL, such as aws-prod=ada@example.com</source>
        <translation>Prüfer &apos;%1&apos;: erwartet wurde WERKZEUG=EMAIL, etwa aws-prod=ada@example.com</translation>
    </message>
    <message>
        <source>Starting campaign %1…</source>
        <translation>Kampagne %1 wird gestartet…</translation>
    </message>
    <message numerus="yes">
        <source>Started campaign %1: %n account(s) to review, due %2.</source>
        <translation>
            <numerusform>Kampagne %1 gestartet: %n Konto zu prüfen, fällig %2.</numerusform>
            <numerusform>Kampagne %1 gestartet: %n Konten zu prüfen, fällig %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n certification(s) carried over.</source>
        <translation>
            <numerusform>%n Zertifizierung übernommen.</numerusform>
            <numerusform>%n Zertifizierungen übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not carried over (see each account&apos;s decision bar).</source>
        <translation>
            <numerusform>%n nicht übernommen (siehe die Entscheidungsleiste des Kontos).</numerusform>
            <numerusform>%n nicht übernommen (siehe die Entscheidungsleiste jedes Kontos).</numerusform>
        </translation>
    </message>
    <message>
        <source>Close Campaign</source>
        <translation>Kampagne schließen</translation>
    </message>
    <message>
        <source>Close campaign %1? %2 of %3 accounts are decided; no decision is accepted afterwards.</source>
        <translation>Kampagne %1 schließen? %2 von %3 Konten sind entschieden; danach wird keine Entscheidung mehr angenommen.</translation>
    </message>
    <message>
        <source>Cannot Close Campaign</source>
        <translation>Kampagne kann nicht geschlossen werden</translation>
    </message>
    <message>
        <source>Closed campaign %1.</source>
        <translation>Kampagne %1 geschlossen.</translation>
    </message>
    <message>
        <source>&amp;Write Evidence…</source>
        <translation>&amp;Nachweispaket schreiben…</translation>
    </message>
    <message>
        <source>The active campaign&apos;s signed evidence bundle, for the auditors</source>
        <translation>Das signierte Nachweispaket der aktiven Kampagne, für die Prüfer der Revision</translation>
    </message>
    <message>
        <source>Write Evidence</source>
        <translation>Nachweispaket schreiben</translation>
    </message>
    <message>
        <source>Campaign %1 is closed. Write its signed evidence bundle now?</source>
        <translation>Kampagne %1 ist geschlossen. Ihr signiertes Nachweispaket jetzt schreiben?</translation>
    </message>
    <message>
        <source>Evidence is signed with your key: choose it in Edit ▸ Preferences. `rollcall-cli keygen --out KEY.pem` makes one.</source>
        <translation>Nachweise werden mit Ihrem Schlüssel signiert: wählen Sie ihn unter Bearbeiten ▸ Einstellungen. `rollcall-cli keygen --out KEY.pem` erzeugt einen.</translation>
    </message>
    <message>
        <source>Passphrase of %1:</source>
        <translation>Passphrase von %1:</translation>
    </message>
    <message>
        <source>Cannot Write Evidence</source>
        <translation>Nachweispaket kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Write the evidence bundle into…</source>
        <translation>Nachweispaket schreiben nach…</translation>
    </message>
    <message>
        <source>Wrote the evidence bundle %1; `rollcall-cli verify` checks it anywhere.</source>
        <translation>Nachweispaket %1 geschrieben; `rollcall-cli verify` prüft es überall.</translation>
    </message>
</context>
<context>
    <name>Rollcall::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Reviewer e-mail</source>
        <translation>E-Mail-Adresse als Prüfer</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>sie@example.com</translation>
    </message>
    <message>
        <source>Your e-mail address in the directory: the reviewer your decisions and manual links are recorded with</source>
        <translation>Ihre E-Mail-Adresse im Verzeichnis: der Prüfer, unter dem Ihre Entscheidungen und manuellen Zuordnungen gespeichert werden</translation>
    </message>
    <message>
        <source>Signing key file</source>
        <translation>Datei des Signaturschlüssels</translation>
    </message>
    <message>
        <source>The private key (PEM) evidence bundles are signed with</source>
        <translation>Der private Schlüssel (PEM), mit dem Nachweispakete signiert werden</translation>
    </message>
    <message>
        <source>Bro&amp;wse…</source>
        <translation>Dur&amp;chsuchen…</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Die Datei des Signaturschlüssels wählen</translation>
    </message>
    <message>
        <source>Choose the Signing Key</source>
        <translation>Signaturschlüssel wählen</translation>
    </message>
    <message>
        <source>Keys (*.pem *.key);;All files (*)</source>
        <translation>Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Rules file</source>
        <translation>Regeldatei</translation>
    </message>
    <message>
        <source>the rules kept in the workspace</source>
        <translation>die im Arbeitsbereich gespeicherten Regeln</translation>
    </message>
    <message>
        <source>When set, every reconcile reads these rules (rollcall.yaml) instead of the ones the workspace kept, and the workspace keeps them</source>
        <translation>Wenn gesetzt, liest jeder Abgleich diese Regeln (rollcall.yaml) statt der im Arbeitsbereich gespeicherten, und der Arbeitsbereich behält sie</translation>
    </message>
    <message>
        <source>Brow&amp;se…</source>
        <translation>Durchsuc&amp;hen…</translation>
    </message>
    <message>
        <source>Choose the rules file</source>
        <translation>Die Regeldatei wählen</translation>
    </message>
    <message>
        <source>Choose the Rules</source>
        <translation>Regeln wählen</translation>
    </message>
    <message>
        <source>Rules (*.yaml *.yml);;All files (*)</source>
        <translation>Regeln (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Stale after days</source>
        <translation>Veraltet nach Tagen</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>Accounts without activity for longer are stale in the filters and saved views, unless the rules set stale_after_days; risk scores always follow the rules</source>
        <translation>Konten ohne Aktivität seit längerer Zeit gelten in den Filtern und gespeicherten Ansichten als veraltet, sofern die Regeln stale_after_days nicht setzen; Risikowerte folgen immer den Regeln</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <source>The language applies at the next start of Rollcall.</source>
        <translation>Die Sprache gilt ab dem nächsten Start von Rollcall.</translation>
    </message>
    <message>
        <source>&amp;Reviewer e-mail:</source>
        <translation>E-Mail als &amp;Prüfer:</translation>
    </message>
    <message>
        <source>Si&amp;gning key:</source>
        <translation>Si&amp;gnaturschlüssel:</translation>
    </message>
    <message>
        <source>R&amp;ules file:</source>
        <translation>&amp;Regeldatei:</translation>
    </message>
    <message>
        <source>S&amp;tale after:</source>
        <translation>&amp;Veraltet nach:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Reviewer e-mail: &quot;%1&quot; is not an e-mail address.</source>
        <translation>E-Mail als Prüfer: „%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <source>Signing key: %1 is not a readable file.</source>
        <translation>Signaturschlüssel: %1 ist keine lesbare Datei.</translation>
    </message>
    <message>
        <source>Rules file: %1: cannot read: %2</source>
        <translation>Regeldatei: %1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>Rules file: %1</source>
        <translation>Regeldatei: %1</translation>
    </message>
</context>
<context>
    <name>Rollcall::SavedViewsPanel</name>
    <message>
        <source>&amp;Views</source>
        <translation>A&amp;nsichten</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Alle Konten</translation>
    </message>
    <message>
        <source>Every account of the current snapshots</source>
        <translation>Alle Konten der aktuellen Snapshots</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, counting</source>
        <translation>%1, wird gezählt</translation>
    </message>
    <message>
        <source>%1, 1 account</source>
        <translation>%1, 1 Konto</translation>
    </message>
    <message>
        <source>%1, %2 accounts</source>
        <translation>%1, %2 Konten</translation>
    </message>
</context>
<context>
    <name>Rollcall::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Search actions and keys</source>
        <translation>Aktionen und Tasten durchsuchen</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>RulesLoader</name>
    <message>
        <source>%1: expected a single value</source>
        <translation>%1: erwartet wurde ein einzelner Wert</translation>
    </message>
    <message>
        <source>%1: expected a domain such as example.com, found &quot;%2&quot;</source>
        <translation>%1: erwartet wurde eine Domain wie example.com, gefunden &quot;%2&quot;</translation>
    </message>
    <message>
        <source>%1: expected a list of domains</source>
        <translation>%1: erwartet wurde eine Liste von Domains</translation>
    </message>
    <message>
        <source>expected a mapping of rule names to values at the top level</source>
        <translation>erwartet wurde auf oberster Ebene eine Zuordnung von Regelnamen zu Werten</translation>
    </message>
    <message>
        <source>alias_domains: expected a mapping of alias domain to corporate domain</source>
        <translation>alias_domains: erwartet wurde eine Zuordnung von Alias-Domain zu Firmen-Domain</translation>
    </message>
    <message>
        <source>plus_addressing: expected true or false, found &quot;%1&quot;</source>
        <translation>plus_addressing: erwartet wurde true oder false, gefunden &quot;%1&quot;</translation>
    </message>
    <message>
        <source>stale_after_days: expected a whole number of days from 1 to 3650</source>
        <translation>stale_after_days: erwartet wurde eine ganze Zahl von Tagen von 1 bis 3650</translation>
    </message>
    <message>
        <source>service_accounts: expected a mapping with the key patterns</source>
        <translation>service_accounts: erwartet wurde eine Zuordnung mit dem Schlüssel patterns</translation>
    </message>
    <message>
        <source>service_accounts: unknown key &apos;%1&apos;; expected patterns</source>
        <translation>service_accounts: unbekannter Schlüssel &apos;%1&apos;; erwartet wurde patterns</translation>
    </message>
    <message>
        <source>service_accounts.patterns: expected a list of globs such as svc-*</source>
        <translation>service_accounts.patterns: erwartet wurde eine Liste von Mustern wie svc-*</translation>
    </message>
    <message>
        <source>service_accounts.patterns: a pattern is empty</source>
        <translation>service_accounts.patterns: ein Muster ist leer</translation>
    </message>
    <message>
        <source>break_glass: expected a list of entries with tool, account and owner</source>
        <translation>break_glass: erwartet wurde eine Liste von Einträgen mit tool, account und owner</translation>
    </message>
    <message>
        <source>break_glass: expected an entry with tool, account and owner</source>
        <translation>break_glass: erwartet wurde ein Eintrag mit tool, account und owner</translation>
    </message>
    <message>
        <source>break_glass: unknown key &apos;%1&apos;; expected tool, account, owner</source>
        <translation>break_glass: unbekannter Schlüssel &apos;%1&apos;; erwartet wurden tool, account, owner</translation>
    </message>
    <message>
        <source>break_glass: each entry needs tool, account and owner</source>
        <translation>break_glass: jeder Eintrag braucht tool, account und owner</translation>
    </message>
    <message>
        <source>login_rewrites: expected a list of entries with pattern and replace</source>
        <translation>login_rewrites: erwartet wurde eine Liste von Einträgen mit pattern und replace</translation>
    </message>
    <message>
        <source>login_rewrites: each entry needs a pattern (and optionally replace)</source>
        <translation>login_rewrites: jeder Eintrag braucht ein pattern (und optional replace)</translation>
    </message>
    <message>
        <source>login_rewrites: unknown key &apos;%1&apos;; expected pattern, replace</source>
        <translation>login_rewrites: unbekannter Schlüssel &apos;%1&apos;; erwartet wurden pattern, replace</translation>
    </message>
    <message>
        <source>login_rewrites.pattern: not a valid regular expression: %1</source>
        <translation>login_rewrites.pattern: kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>risk_weights: expected a mapping of factor to points</source>
        <translation>risk_weights: erwartet wurde eine Zuordnung von Faktor zu Punkten</translation>
    </message>
    <message>
        <source>risk_weights: unknown factor &apos;%1&apos;; expected one of %2</source>
        <translation>risk_weights: unbekannter Faktor &apos;%1&apos;; erwartet wurde einer der Werte %2</translation>
    </message>
    <message>
        <source>risk_weights.%1: expected whole points from -100 to 100</source>
        <translation>risk_weights.%1: erwartet wurden ganze Punkte von -100 bis 100</translation>
    </message>
    <message>
        <source>unknown key &apos;%1&apos;; expected one of %2</source>
        <translation>unbekannter Schlüssel &apos;%1&apos;; erwartet wurde einer der Werte %2</translation>
    </message>
    <message>
        <source>rules kept in %1</source>
        <translation>in %1 gespeicherte Regeln</translation>
    </message>
    <message>
        <source>%1: cannot read: %2</source>
        <translation>%1: nicht lesbar: %2</translation>
    </message>
    <message>
        <source>limits: expected a mapping of %1 to numbers</source>
        <translation>limits: erwartet wurde eine Zuordnung von %1 zu Zahlen</translation>
    </message>
    <message>
        <source>limits: unknown limit &apos;%1&apos;; expected one of %2</source>
        <translation>limits: unbekannte Grenze &apos;%1&apos;; erwartet wurde einer der Werte %2</translation>
    </message>
    <message>
        <source>limits.%1: expected a whole number from 1 to 1000000000</source>
        <translation>limits.%1: erwartet wurde eine ganze Zahl von 1 bis 1000000000</translation>
    </message>
</context>
<context>
    <name>ScimUsersFormat</name>
    <message>
        <source>SCIM 2.0 Users JSON (ListResponse, array or one User)</source>
        <translation>SCIM-2.0-Benutzer als JSON (ListResponse, Array oder ein User)</translation>
    </message>
    <message>
        <source>JSON with the key schemas and the URN urn:ietf:params:scim:schemas:core:2.0:User or urn:ietf:params:scim:api:messages:2.0:ListResponse (any case)</source>
        <translation>JSON mit dem Schlüssel schemas und der URN urn:ietf:params:scim:schemas:core:2.0:User oder urn:ietf:params:scim:api:messages:2.0:ListResponse (beliebige Schreibung)</translation>
    </message>
    <message>
        <source>expected a SCIM ListResponse, an array of Users or one User</source>
        <translation>erwartet wurde eine SCIM-ListResponse, ein Array von Users oder ein User</translation>
    </message>
    <message>
        <source>an array of Users</source>
        <translation>ein Array von Users</translation>
    </message>
    <message>
        <source>a list with %1</source>
        <translation>eine Liste mit %1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <source>an object with value and displayName, or an id</source>
        <translation>ein Objekt mit value und displayName, oder eine id</translation>
    </message>
    <message>
        <source>an array of e-mail objects</source>
        <translation>ein Array von E-Mail-Objekten</translation>
    </message>
    <message>
        <source>expected an object with value</source>
        <translation>erwartet wurde ein Objekt mit value</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>%1: too large for %2</source>
        <translation>%1: zu groß für %2</translation>
    </message>
    <message>
        <source>cannot generate an Ed25519 key: %1</source>
        <translation>ein Ed25519-Schlüssel kann nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <source>a key file</source>
        <translation>eine Schlüsseldatei</translation>
    </message>
    <message>
        <source>%1: the key is encrypted; give its passphrase with --passphrase-file FILE</source>
        <translation>%1: der Schlüssel ist verschlüsselt; seine Passphrase mit --passphrase-file DATEI angeben</translation>
    </message>
    <message>
        <source>%1: cannot decrypt the key (wrong passphrase?): %2</source>
        <translation>%1: der Schlüssel kann nicht entschlüsselt werden (falsche Passphrase?): %2</translation>
    </message>
    <message>
        <source>%1: not a PEM private key: %2</source>
        <translation>%1: kein privater Schlüssel im PEM-Format: %2</translation>
    </message>
    <message>
        <source>%1: not an Ed25519 key; create one with `rollcall-cli keygen --out KEY.pem`</source>
        <translation>%1: kein Ed25519-Schlüssel; einen anlegen mit `rollcall-cli keygen --out KEY.pem`</translation>
    </message>
    <message>
        <source>a public key</source>
        <translation>einen öffentlichen Schlüssel</translation>
    </message>
    <message>
        <source>%1: not a PEM public key (-----BEGIN PUBLIC KEY-----): %2</source>
        <translation>%1: kein öffentlicher Schlüssel im PEM-Format (-----BEGIN PUBLIC KEY-----): %2</translation>
    </message>
    <message>
        <source>%1: not an Ed25519 public key</source>
        <translation>%1: kein öffentlicher Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>%1: exists already; a key is never overwritten</source>
        <translation>%1: existiert bereits; ein Schlüssel wird nie überschrieben</translation>
    </message>
    <message>
        <source>no private key to write</source>
        <translation>kein privater Schlüssel zum Schreiben</translation>
    </message>
    <message>
        <source>%1: cannot encode the key: %2</source>
        <translation>%1: der Schlüssel kann nicht kodiert werden: %2</translation>
    </message>
    <message>
        <source>no private key to sign with</source>
        <translation>kein privater Schlüssel zum Signieren</translation>
    </message>
    <message>
        <source>cannot sign: %1</source>
        <translation>Signieren nicht möglich: %1</translation>
    </message>
    <message>
        <source>a passphrase file</source>
        <translation>eine Passphrase-Datei</translation>
    </message>
    <message>
        <source>%1:1: the passphrase is empty</source>
        <translation>%1:1: die Passphrase ist leer</translation>
    </message>
</context>
<context>
    <name>SlackMembersFormat</name>
    <message>
        <source>Slack &quot;Export member list&quot; CSV</source>
        <translation>Slack-CSV „Export member list“</translation>
    </message>
    <message>
        <source>CSV header with userid, status, billing-active and has-2fa</source>
        <translation>CSV-Kopfzeile mit userid, status, billing-active und has-2fa</translation>
    </message>
    <message>
        <source>a Slack member id such as U0123ABCDE</source>
        <translation>eine Slack-Mitglieds-ID wie U0123ABCDE</translation>
    </message>
    <message>
        <source>Primary Owner, Owner, Admin, Member, Multi-Channel Guest, Single-Channel Guest, Invited Member, Deactivated or Bot</source>
        <translation>Primary Owner, Owner, Admin, Member, Multi-Channel Guest, Single-Channel Guest, Invited Member, Deactivated oder Bot</translation>
    </message>
    <message>
        <source>a Unix timestamp in seconds or an ISO 8601 date</source>
        <translation>ein Unix-Zeitstempel in Sekunden oder ein ISO-8601-Datum</translation>
    </message>
</context>
<context>
    <name>SnapshotDiffer</name>
    <message>
        <source>no snapshot of tool &apos;%1&apos; in this workspace</source>
        <translation>kein Snapshot des Werkzeugs &apos;%1&apos; in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>tool &apos;%1&apos; has one snapshot (%2); import a newer export to compare</source>
        <translation>das Werkzeug &apos;%1&apos; hat einen Snapshot (%2); zum Vergleichen einen neueren Export importieren</translation>
    </message>
    <message>
        <source>snapshot %1 is not a snapshot of tool &apos;%2&apos; (its snapshots: %3)</source>
        <translation>Snapshot %1 ist kein Snapshot des Werkzeugs &apos;%2&apos; (seine Snapshots: %3)</translation>
    </message>
    <message>
        <source>cannot read the snapshots</source>
        <translation>die Snapshots können nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>cannot start the import transaction: %1</source>
        <translation>die Importtransaktion kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>cannot record the snapshot: %1</source>
        <translation>der Snapshot kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>cannot prepare the import: %1</source>
        <translation>der Import kann nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>identity &apos;%1&apos; appears again (first at line %2); expected one record per identity</source>
        <translation>die Identität &apos;%1&apos; kommt erneut vor (zuerst in Zeile %2); erwartet wurde ein Datensatz je Identität</translation>
    </message>
    <message>
        <source>account &apos;%1&apos; appears again (first at line %2); expected one record per account</source>
        <translation>das Konto &apos;%1&apos; kommt erneut vor (zuerst in Zeile %2); erwartet wurde ein Datensatz je Konto</translation>
    </message>
    <message>
        <source>no import in progress</source>
        <translation>kein Import im Gange</translation>
    </message>
    <message>
        <source>cannot finish the snapshot: %1</source>
        <translation>der Snapshot kann nicht abgeschlossen werden: %1</translation>
    </message>
    <message>
        <source>cannot commit the import: %1; nothing was imported</source>
        <translation>der Import kann nicht festgeschrieben werden: %1; nichts wurde importiert</translation>
    </message>
    <message>
        <source>cannot prepare the account keys: %1</source>
        <translation>die Kontoschlüssel können nicht vorbereitet werden: %1</translation>
    </message>
    <message>
        <source>cannot store identity &apos;%1&apos;: %2; nothing was imported</source>
        <translation>die Identität &apos;%1&apos; kann nicht gespeichert werden: %2; nichts wurde importiert</translation>
    </message>
    <message>
        <source>cannot store account &apos;%1&apos;: %2; nothing was imported</source>
        <translation>das Konto &apos;%1&apos; kann nicht gespeichert werden: %2; nichts wurde importiert</translation>
    </message>
    <message>
        <source>cannot drop a repeated account: %1; nothing was imported</source>
        <translation>ein wiederholtes Konto kann nicht verworfen werden: %1; nichts wurde importiert</translation>
    </message>
    <message>
        <source>cannot store the account keys: %1; nothing was imported</source>
        <translation>die Kontoschlüssel können nicht gespeichert werden: %1; nichts wurde importiert</translation>
    </message>
</context>
<context>
    <name>SqliteStatement</name>
    <message>
        <source>not an SQLite connection</source>
        <translation>keine SQLite-Verbindung</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>%1: no workspace here</source>
        <translation>%1: hier ist kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1: not a file</source>
        <translation>%1: keine Datei</translation>
    </message>
    <message>
        <source>%1: cannot open: %2</source>
        <translation>%1: kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1: not a Rollcall workspace (%2)</source>
        <translation>%1: kein Rollcall-Arbeitsbereich (%2)</translation>
    </message>
    <message>
        <source>%1: cannot read the schema version: %2</source>
        <translation>%1: die Schemaversion kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: not a Rollcall workspace (an SQLite database of another program)</source>
        <translation>%1: kein Rollcall-Arbeitsbereich (eine SQLite-Datenbank eines anderen Programms)</translation>
    </message>
    <message>
        <source>%1: not a Rollcall workspace</source>
        <translation>%1: kein Rollcall-Arbeitsbereich</translation>
    </message>
    <message>
        <source>%1: this workspace was written by a newer Rollcall (schema version %2; this version reads up to %3). It was left untouched.</source>
        <translation>%1: dieser Arbeitsbereich wurde von einem neueren Rollcall geschrieben (Schemaversion %2; diese Version liest bis %3). Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>migration %1 is missing from this build</source>
        <translation>die Migration %1 fehlt in diesem Build</translation>
    </message>
    <message>
        <source>%1: cannot start the migration: %2</source>
        <translation>%1: die Migration kann nicht beginnen: %2</translation>
    </message>
    <message>
        <source>%1: migration %2 failed: %3</source>
        <translation>%1: Migration %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1: cannot record migration %2: %3</source>
        <translation>%1: Migration %2 kann nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <source>%1: cannot save the rules: %2</source>
        <translation>%1: die Regeln können nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>the disk is full; free some space and try again (%1)</source>
        <translation>der Datenträger ist voll; Platz schaffen und erneut versuchen (%1)</translation>
    </message>
    <message>
        <source>the workspace could not be written: the disk may be full, removed or failing (%1)</source>
        <translation>der Arbeitsbereich konnte nicht geschrieben werden: der Datenträger ist vielleicht voll, entfernt oder defekt (%1)</translation>
    </message>
    <message>
        <source>the workspace is read-only: Rollcall needs to write the file and its folder (%1)</source>
        <translation>der Arbeitsbereich ist schreibgeschützt: Rollcall muss die Datei und ihren Ordner schreiben können (%1)</translation>
    </message>
    <message>
        <source>the workspace is busy: another Rollcall is writing to it; try again when it has finished (%1)</source>
        <translation>der Arbeitsbereich ist belegt: ein anderes Rollcall schreibt gerade hinein; erneut versuchen, wenn es fertig ist (%1)</translation>
    </message>
    <message>
        <source>%1: the workspace is read-only: Rollcall needs to write the file and its folder, even to read it; copy it somewhere writable</source>
        <translation>%1: der Arbeitsbereich ist schreibgeschützt: Rollcall muss die Datei und ihren Ordner schreiben können, selbst zum Lesen; an einen beschreibbaren Ort kopieren</translation>
    </message>
    <message>
        <source>%1: cannot prepare the connection&apos;s functions</source>
        <translation>%1: die Funktionen der Verbindung können nicht vorbereitet werden</translation>
    </message>
</context>
<context>
    <name>Term</name>
    <message>
        <source>managed</source>
        <translation>verwaltet</translation>
    </message>
    <message>
        <source>orphaned</source>
        <translation>verwaist</translation>
    </message>
    <message>
        <source>unmanaged</source>
        <translation>unverwaltet</translation>
    </message>
    <message>
        <source>external</source>
        <translation>extern</translation>
    </message>
    <message>
        <source>service</source>
        <translation>Dienstkonto</translation>
    </message>
    <message>
        <source>break-glass</source>
        <translation>Notfallzugang</translation>
    </message>
    <message>
        <source>ambiguous</source>
        <translation>mehrdeutig</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>entfernen</translation>
    </message>
    <message>
        <source>expire</source>
        <translation>befristen</translation>
    </message>
    <message>
        <source>link</source>
        <translation>zuordnen</translation>
    </message>
    <message>
        <source>review</source>
        <translation>prüfen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>suspended</source>
        <translation>gesperrt</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>deaktiviert</translation>
    </message>
    <message>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <source>invited</source>
        <translation>eingeladen</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>not reconciled</source>
        <translation>nicht abgeglichen</translation>
    </message>
    <message>
        <source>reconcile</source>
        <translation>abgleichen</translation>
    </message>
    <message>
        <source>certify</source>
        <translation>zertifizieren</translation>
    </message>
    <message>
        <source>reassign</source>
        <translation>neu zuweisen</translation>
    </message>
    <message>
        <source>needs-info</source>
        <translation>Rückfrage</translation>
    </message>
    <message>
        <source>undo</source>
        <translation>rückgängig</translation>
    </message>
    <message>
        <source>campaign-start</source>
        <translation>Kampagnenstart</translation>
    </message>
    <message>
        <source>campaign-close</source>
        <translation>Kampagnenabschluss</translation>
    </message>
</context>
<context>
    <name>ToolCsvSupport</name>
    <message>
        <source>true, false, enabled or disabled</source>
        <translation>true, false, enabled oder disabled</translation>
    </message>
</context>
<context>
    <name>YamlLimits</name>
    <message>
        <source>the file is larger than %1 KiB; expected a small YAML file</source>
        <translation>die Datei ist größer als %1 KiB; erwartet wurde eine kleine YAML-Datei</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels; expected a flat rules or mapping file</source>
        <translation>tiefer als %1 Ebenen verschachtelt; erwartet wurde eine flache Regel- oder Zuordnungsdatei</translation>
    </message>
    <message>
        <source>more than %1 values once its anchors and aliases are expanded; refused</source>
        <translation>mehr als %1 Werte, wenn Anker und Aliase aufgelöst sind; abgelehnt</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Access review for unmanaged users in developer tools.</source>
        <translation>Zugriffsprüfung für nicht verwaltete Benutzer in Entwicklerwerkzeugen.</translation>
    </message>
    <message>
        <source>The workspace to open; without it, the last one opened.</source>
        <translation>Der Arbeitsbereich, der geöffnet werden soll; ohne Angabe der zuletzt geöffnete.</translation>
    </message>
    <message>
        <source>Open an evidence bundle read-only, as an auditor: no workspace.</source>
        <translation>Ein Nachweispaket schreibgeschützt öffnen, als Prüfer: ohne Arbeitsbereich.</translation>
    </message>
    <message>
        <source>With --evidence: check the signature against this public key, from the signer.</source>
        <translation>Mit --evidence: die Signatur mit diesem öffentlichen Schlüssel des Unterzeichners prüfen.</translation>
    </message>
</context>
</TS>
