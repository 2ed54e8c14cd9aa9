-- Schema version 7: accounts are found by a 64-bit hash of their key, through a table written once per
-- snapshot in hash order, instead of a UNIQUE index on the key's text. Tool keys are long and random
-- (an Atlassian key is 43 characters); keeping a million of them in a B-tree in arrival order cost
-- more than writing the accounts themselves. The importer sorts the hashes of a snapshot's keys when
-- all its rows are in, finds repeated keys there, and appends them to account_key in order. Every
-- lookup compares the key too, so a hash shared by two keys finds both and the key decides.
-- key_hash(text) is the store's own function: FNV-1a over the key's UTF-8 bytes, as a signed integer.
DROP VIEW account_view;
CREATE TABLE account_rebuilt (
    id INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    tool TEXT NOT NULL,
    account_key TEXT NOT NULL,
    login TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    privilege TEXT NOT NULL DEFAULT '',
    mfa INTEGER,
    disabled_in_tool INTEGER NOT NULL DEFAULT 0,
    last_activity TEXT,
    never_used INTEGER NOT NULL DEFAULT 0,
    created TEXT,
    raw TEXT NOT NULL,
    line INTEGER NOT NULL,
    other_emails TEXT NOT NULL DEFAULT '',
    external_id TEXT NOT NULL DEFAULT '',
    tool_role TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'active' CHECK (state = 'active' OR state = 'suspended' OR state = 'deactivated'
                                                OR state = 'blocked' OR state = 'invited' OR state = 'guest'),
    state_expiry TEXT,
    last_activity_raw TEXT NOT NULL DEFAULT '',
    formula_cells INTEGER NOT NULL DEFAULT 0,
    bot INTEGER NOT NULL DEFAULT 0,
    keys_active INTEGER NOT NULL DEFAULT 0,
    keys_unused INTEGER NOT NULL DEFAULT 0,
    oldest_key_rotated TEXT,
    key_hash INTEGER NOT NULL DEFAULT 0
);
INSERT INTO account_rebuilt
SELECT id, snapshot_id, tool, account_key, login, email, display_name, privilege, mfa, disabled_in_tool, last_activity,
       never_used, created, raw, line, other_emails, external_id, tool_role, state, state_expiry, last_activity_raw,
       formula_cells, bot, keys_active, keys_unused, oldest_key_rotated, key_hash(account_key)
FROM account ORDER BY id;
-- The store turns foreign keys off while it migrates, so dropping the table deletes no verdict.
DROP TABLE account;
ALTER TABLE account_rebuilt RENAME TO account;
-- A snapshot's rows arrive together, so this index only ever grows at its end.
CREATE INDEX account_snapshot ON account (snapshot_id);
-- No foreign key: checking one per row was a fifth of the time spent writing this table; the trigger
-- below deletes a snapshot's keys with it, as the account table's foreign key deletes its rows.
CREATE TABLE account_key (
    snapshot_id INTEGER NOT NULL,
    key_hash INTEGER NOT NULL,
    account_id INTEGER NOT NULL,
    PRIMARY KEY (snapshot_id, key_hash, account_id)
) WITHOUT ROWID;
CREATE TRIGGER account_key_snapshot_deleted AFTER DELETE ON snapshot
BEGIN
    DELETE FROM account_key WHERE snapshot_id = old.id;
END;
INSERT INTO account_key (snapshot_id, key_hash, account_id)
SELECT snapshot_id, key_hash, id FROM account ORDER BY snapshot_id, key_hash, id;
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
