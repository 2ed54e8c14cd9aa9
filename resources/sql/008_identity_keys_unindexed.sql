-- Schema version 8: the identity table without its UNIQUE (snapshot_id, source_key) index. A directory's
-- keys are random (Entra object ids, Okta ids); keeping them in a B-tree in arrival order cost more
-- than storing the identities. As for accounts (schema 7), the importer finds repeated keys once the
-- rows are in, from their hashes sorted in memory, and compares the keys themselves.
DROP VIEW account_view;
CREATE TABLE identity_rebuilt (
    id INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    source_key TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    upn TEXT NOT NULL DEFAULT '',
    other_emails TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    surname TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status = 'active' OR status = 'disabled' OR status = 'terminated' OR status = 'leave'),
    guest INTEGER NOT NULL DEFAULT 0,
    department TEXT NOT NULL DEFAULT '',
    manager TEXT NOT NULL DEFAULT '',
    end_date TEXT,
    raw TEXT NOT NULL,
    line INTEGER NOT NULL,
    employee_id TEXT NOT NULL DEFAULT '',
    external_ids TEXT NOT NULL DEFAULT '',
    last_sign_in TEXT,
    formula_cells INTEGER NOT NULL DEFAULT 0
);
INSERT INTO identity_rebuilt
SELECT id, snapshot_id, source_key, email, upn, other_emails, display_name, given_name, surname, status, guest,
       department, manager, end_date, raw, line, employee_id, external_ids, last_sign_in, formula_cells
FROM identity ORDER BY id;
-- The store turns foreign keys off while it migrates, so dropping the table touches no verdict.
DROP TABLE identity;
ALTER TABLE identity_rebuilt RENAME TO identity;
-- A snapshot's rows arrive together, so this index only ever grows at its end.
CREATE INDEX identity_snapshot ON identity (snapshot_id);
CREATE INDEX identity_owner ON identity (id, email, upn, status, display_name);
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
