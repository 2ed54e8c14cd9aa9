-- Schema version 4: review campaigns, their frozen scope, and the hash-chained attestation log.
-- Everything here is written once and never changed: the triggers below refuse UPDATE and DELETE,
-- and `rollcall-cli verify-store` notices when somebody drops them and edits the file anyway.

-- A review period (e.g. 2026-Q4). Closed when its `campaign-close` attestation exists.
CREATE TABLE campaign (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    due TEXT NOT NULL,
    owner TEXT NOT NULL,
    -- Scope as asked for: tool instances and classes, one per line; empty means every tool / the default
    -- classes (every account that is not managed, plus privileged managed ones).
    tools TEXT NOT NULL DEFAULT '',
    classes TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    previous_id INTEGER REFERENCES campaign (id)
);

-- The snapshots frozen at the start (tool and directory); decisions refer to accounts of these.
CREATE TABLE campaign_snapshot (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id),
    snapshot_id INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, snapshot_id)
);

-- The reviewer of each tool instance (its tool admin).
CREATE TABLE campaign_reviewer (
    campaign_id INTEGER NOT NULL REFERENCES campaign (id),
    tool TEXT NOT NULL,
    reviewer TEXT NOT NULL,
    PRIMARY KEY (campaign_id, tool)
);

-- One account under review, as it stood at the start (a frozen copy: later imports and reconcile runs
-- change nothing here). `account_id` is the row of the frozen snapshot.
CREATE TABLE campaign_item (
    id INTEGER PRIMARY KEY,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id),
    account_id INTEGER NOT NULL,
    snapshot_id INTEGER NOT NULL,
    tool TEXT NOT NULL,
    account_key TEXT NOT NULL,
    login TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    privilege TEXT NOT NULL DEFAULT '',
    tool_role TEXT NOT NULL DEFAULT '',
    class TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    owner_status TEXT NOT NULL DEFAULT '',
    risk INTEGER NOT NULL DEFAULT 0,
    recommendation TEXT NOT NULL DEFAULT '',
    explanation TEXT NOT NULL DEFAULT '',
    -- Assigned at the start: the tool's reviewer, or the campaign owner when the tool's reviewer owns the account.
    reviewer TEXT NOT NULL,
    -- Why an earlier certification was, or was not, carried over into this campaign (empty: there was none).
    carry_note TEXT NOT NULL DEFAULT '',
    UNIQUE (campaign_id, tool, account_key)
);
CREATE INDEX campaign_item_reviewer ON campaign_item (campaign_id, reviewer);
CREATE INDEX campaign_item_login ON campaign_item (campaign_id, tool, login COLLATE NOCASE);

-- The attestation log: one hash chain over every campaign. `hash` is the SHA-256 of the canonical
-- serialisation described in models/campaign/Attestation.h; `prev_hash` is the hash of attestation seq - 1
-- (64 zeros for the first). `fields` is the canonical JSON object of the decision's fields.
CREATE TABLE attestation (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id INTEGER NOT NULL REFERENCES campaign (id),
    campaign TEXT NOT NULL,
    tool TEXT NOT NULL DEFAULT '',
    account_key TEXT NOT NULL DEFAULT '',
    decision TEXT NOT NULL CHECK (decision IN ('reconcile', 'certify', 'expire', 'remove', 'reassign', 'needs-info',
                                              'undo', 'campaign-start', 'campaign-close')),
    reviewer TEXT NOT NULL,
    at TEXT NOT NULL,
    fields TEXT NOT NULL DEFAULT '{}',
    supersedes INTEGER,
    prev_hash TEXT NOT NULL UNIQUE,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX attestation_item ON attestation (campaign_id, tool, account_key);
CREATE INDEX attestation_account ON attestation (tool, account_key);

-- The head of the chain, advanced by one on every insert: deleting the last attestations shows.
CREATE TABLE attestation_head (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL,
    hash TEXT NOT NULL
);
INSERT INTO attestation_head (id, seq, hash) VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TRIGGER attestation_append_only_update BEFORE UPDATE ON attestation
BEGIN
    SELECT RAISE(ABORT, 'attestations are append-only: record a superseding attestation instead');
END;
CREATE TRIGGER attestation_append_only_delete BEFORE DELETE ON attestation
BEGIN
    SELECT RAISE(ABORT, 'attestations are append-only: record a superseding attestation instead');
END;
CREATE TRIGGER attestation_advance_head AFTER INSERT ON attestation
BEGIN
    UPDATE attestation_head SET seq = NEW.seq, hash = NEW.hash WHERE id = 1;
END;
CREATE TRIGGER attestation_head_forward_only BEFORE UPDATE ON attestation_head
WHEN NEW.seq <> OLD.seq + 1 OR NEW.id <> OLD.id
BEGIN
    SELECT RAISE(ABORT, 'the attestation head only moves forward, one attestation at a time');
END;
CREATE TRIGGER attestation_head_no_delete BEFORE DELETE ON attestation_head
BEGIN
    SELECT RAISE(ABORT, 'the attestation head cannot be deleted');
END;
CREATE TRIGGER campaign_frozen_update BEFORE UPDATE ON campaign
BEGIN
    SELECT RAISE(ABORT, 'campaigns are frozen at their start');
END;
CREATE TRIGGER campaign_frozen_delete BEFORE DELETE ON campaign
BEGIN
    SELECT RAISE(ABORT, 'campaigns are frozen at their start');
END;
CREATE TRIGGER campaign_item_frozen_update BEFORE UPDATE ON campaign_item
BEGIN
    SELECT RAISE(ABORT, 'a campaign''s scope is frozen at its start');
END;
CREATE TRIGGER campaign_item_frozen_delete BEFORE DELETE ON campaign_item
BEGIN
    SELECT RAISE(ABORT, 'a campaign''s scope is frozen at its start');
END;
CREATE TRIGGER campaign_reviewer_frozen_update BEFORE UPDATE ON campaign_reviewer
BEGIN
    SELECT RAISE(ABORT, 'a campaign''s reviewers are frozen at its start; reassign accounts instead');
END;
CREATE TRIGGER campaign_reviewer_frozen_delete BEFORE DELETE ON campaign_reviewer
BEGIN
    SELECT RAISE(ABORT, 'a campaign''s reviewers are frozen at its start; reassign accounts instead');
END;
CREATE TRIGGER campaign_snapshot_frozen_update BEFORE UPDATE ON campaign_snapshot
BEGIN
    SELECT RAISE(ABORT, 'a campaign''s snapshots are frozen at its start');
END;
CREATE TRIGGER campaign_snapshot_frozen_delete BEFORE DELETE ON campaign_snapshot
BEGIN
    SELECT RAISE(ABORT, 'a campaign''s snapshots are frozen at its start');
END;
