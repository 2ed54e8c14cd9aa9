-- Schema version 3: manual links, recommendations, name suggestions and credentials for risk.

-- A reviewer's links and unlinks, append-only; the latest event per account is in force, across snapshots.
CREATE TABLE manual_link_event (
    id INTEGER PRIMARY KEY,
    tool TEXT NOT NULL,
    account_key TEXT NOT NULL,
    action TEXT NOT NULL CHECK (action IN ('link', 'unlink')),
    owner_email TEXT NOT NULL DEFAULT '',
    actor TEXT NOT NULL,
    reason TEXT NOT NULL,
    at TEXT NOT NULL
);
CREATE INDEX manual_link_event_account ON manual_link_event (tool, account_key);

CREATE VIEW manual_link AS
SELECT e.* FROM manual_link_event e
WHERE e.action = 'link'
  AND e.id = (SELECT MAX(f.id) FROM manual_link_event f WHERE f.tool = e.tool AND f.account_key = e.account_key);

ALTER TABLE link ADD COLUMN recommendation TEXT NOT NULL DEFAULT 'none'
    CHECK (recommendation IN ('remove', 'expire', 'link', 'review', 'none'));
-- Owners suggested by name similarity: e-mails, one per line. Never linked automatically.
ALTER TABLE link ADD COLUMN suggestions TEXT NOT NULL DEFAULT '';
ALTER TABLE link ADD COLUMN matched_value TEXT NOT NULL DEFAULT '';

ALTER TABLE account ADD COLUMN bot INTEGER NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN keys_active INTEGER NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN keys_unused INTEGER NOT NULL DEFAULT 0;
ALTER TABLE account ADD COLUMN oldest_key_rotated TEXT;

-- Each reconcile run: when, and what it found, so the next run can say what changed.
CREATE TABLE reconcile_run (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    accounts INTEGER NOT NULL,
    identities INTEGER NOT NULL,
    counts TEXT NOT NULL
);

DROP VIEW account_view;
CREATE VIEW account_view AS
SELECT a.id, a.snapshot_id, a.tool, a.account_key, a.login, a.email, a.display_name, a.privilege, a.mfa,
       a.disabled_in_tool, a.last_activity, a.never_used, a.created, a.line,
       l.class, l.rule, l.confidence, l.explanation, l.candidates, l.risk, l.risk_factors,
       CASE WHEN i.email <> '' THEN i.email ELSE COALESCE(i.upn, '') END AS owner,
       COALESCE(i.display_name, '') AS owner_name, COALESCE(i.status, '') AS owner_status,
       a.other_emails, a.external_id, a.tool_role, a.state, a.state_expiry, a.last_activity_raw, a.formula_cells,
       l.recommendation, l.suggestions, l.matched_value, a.bot, a.keys_active, a.keys_unused, a.oldest_key_rotated
FROM account a
JOIN current_snapshot s ON s.id = a.snapshot_id
LEFT JOIN link l ON l.account_id = a.id
LEFT JOIN identity i ON i.id = l.identity_id;

-- What a verdict was computed from (directory snapshots, rules, manual links, day); verdicts
-- whose inputs are unchanged are kept, so a new snapshot re-evaluates only its own accounts.
ALTER TABLE link ADD COLUMN fingerprint TEXT NOT NULL DEFAULT '';
