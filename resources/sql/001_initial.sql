-- Rollcall workspace schema, version 1.
-- One imported file is one snapshot; its rows are identities (directory) or accounts (tool).
CREATE TABLE snapshot (
    id INTEGER PRIMARY KEY,
    source_kind TEXT NOT NULL CHECK (source_kind IN ('directory', 'tool')),
    tool TEXT NOT NULL,
    format TEXT NOT NULL,
    file_name TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    file_size INTEGER NOT NULL,
    encoding TEXT NOT NULL DEFAULT '',
    header TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    row_count INTEGER NOT NULL DEFAULT 0,
    UNIQUE (source_kind, tool, file_sha256)
);

CREATE TABLE identity (
    id INTEGER PRIMARY KEY,
    snapshot_id INTEGER NOT NULL REFERENCES snapshot (id) ON DELETE CASCADE,
    source_key TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    upn TEXT NOT NULL DEFAULT '',
    other_emails TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    given_name TEXT NOT NULL DEFAULT '',
    surname TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('active', 'disabled', 'terminated', 'leave')),
    guest INTEGER NOT NULL DEFAULT 0,
    department TEXT NOT NULL DEFAULT '',
    manager TEXT NOT NULL DEFAULT '',
    end_date TEXT,
    raw TEXT NOT NULL,
    line INTEGER NOT NULL,
    UNIQUE (snapshot_id, source_key)
);

CREATE TABLE account (
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
    UNIQUE (snapshot_id, account_key)
);

-- The reconciler's verdict on one account: its owner (if any), class, the rule and why.
CREATE TABLE link (
    account_id INTEGER PRIMARY KEY REFERENCES account (id) ON DELETE CASCADE,
    identity_id INTEGER REFERENCES identity (id) ON DELETE SET NULL,
    class TEXT NOT NULL CHECK (class IN ('managed', 'orphaned', 'unmanaged', 'external', 'service', 'break-glass',
                                         'ambiguous')),
    rule TEXT NOT NULL DEFAULT '',
    confidence REAL NOT NULL DEFAULT 0,
    explanation TEXT NOT NULL DEFAULT '',
    candidates TEXT NOT NULL DEFAULT '',
    risk INTEGER NOT NULL DEFAULT 0,
    risk_factors TEXT NOT NULL DEFAULT '',
    reconciled_at TEXT NOT NULL
);
CREATE INDEX link_class ON link (class);

-- The organisation's rules, as last given with --config (the YAML text itself).
CREATE TABLE rules (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    yaml TEXT NOT NULL,
    source TEXT NOT NULL,
    saved_at TEXT NOT NULL
);

-- The latest snapshot of each source; older ones stay for comparison between quarters.
CREATE VIEW current_snapshot AS
SELECT s.* FROM snapshot s
WHERE s.id = (SELECT MAX(t.id) FROM snapshot t WHERE t.source_kind = s.source_kind AND t.tool = s.tool);

CREATE VIEW account_view AS
SELECT a.id, a.snapshot_id, a.tool, a.account_key, a.login, a.email, a.display_name, a.privilege, a.mfa,
       a.disabled_in_tool, a.last_activity, a.never_used, a.created, a.line,
       l.class, l.rule, l.confidence, l.explanation, l.candidates, l.risk, l.risk_factors,
       CASE WHEN i.email <> '' THEN i.email ELSE COALESCE(i.upn, '') END AS owner,
       COALESCE(i.display_name, '') AS owner_name, COALESCE(i.status, '') AS owner_status
FROM account a
JOIN current_snapshot s ON s.id = a.snapshot_id
LEFT JOIN link l ON l.account_id = a.id
LEFT JOIN identity i ON i.id = l.identity_id;
