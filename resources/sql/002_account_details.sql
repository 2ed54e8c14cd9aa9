-- Schema version 2: what every tool importer fills in, and what an import noticed about its file.
ALTER TABLE account ADD COLUMN other_emails TEXT NOT NULL DEFAULT '';
ALTER TABLE account ADD COLUMN external_id TEXT NOT NULL DEFAULT '';
ALTER TABLE account ADD COLUMN tool_role TEXT NOT NULL DEFAULT '';
ALTER TABLE account ADD COLUMN state TEXT NOT NULL DEFAULT 'active'
    CHECK (state IN ('active', 'suspended', 'deactivated', 'blocked', 'invited', 'guest'));
ALTER TABLE account ADD COLUMN state_expiry TEXT;
ALTER TABLE account ADD COLUMN last_activity_raw TEXT NOT NULL DEFAULT '';
ALTER TABLE account ADD COLUMN formula_cells INTEGER NOT NULL DEFAULT 0;
ALTER TABLE identity ADD COLUMN employee_id TEXT NOT NULL DEFAULT '';
ALTER TABLE identity ADD COLUMN external_ids TEXT NOT NULL DEFAULT '';
ALTER TABLE identity ADD COLUMN last_sign_in TEXT;
ALTER TABLE identity ADD COLUMN formula_cells INTEGER NOT NULL DEFAULT 0;
-- Warnings about the file itself (for example: it looks re-saved by a spreadsheet), one per line.
ALTER TABLE snapshot ADD COLUMN warnings TEXT NOT NULL DEFAULT '';
-- What timestamps without a zone were taken to be.
ALTER TABLE snapshot ADD COLUMN time_zone TEXT NOT NULL DEFAULT 'UTC';

DROP VIEW account_view;
CREATE VIEW account_view AS
SELECT a.id, a.snapshot_id, a.tool, a.account_key, a.login, a.email, a.display_name, a.privilege, a.mfa,
       a.disabled_in_tool, a.last_activity, a.never_used, a.created, a.line,
       l.class, l.rule, l.confidence, l.explanation, l.candidates, l.risk, l.risk_factors,
       CASE WHEN i.email <> '' THEN i.email ELSE COALESCE(i.upn, '') END AS owner,
       COALESCE(i.display_name, '') AS owner_name, COALESCE(i.status, '') AS owner_status,
       a.other_emails, a.external_id, a.tool_role, a.state, a.state_expiry, a.last_activity_raw, a.formula_cells
FROM account a
JOIN current_snapshot s ON s.id = a.snapshot_id
LEFT JOIN link l ON l.account_id = a.id
LEFT JOIN identity i ON i.id = l.identity_id;
