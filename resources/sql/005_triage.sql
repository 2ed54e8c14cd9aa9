-- Schema version 5: covering indexes for the accounts window (issue 5). It pages, counts, filters
-- and sorts a million accounts in SQL; with these it reads a verdict's class, risk,
-- recommendation, rule and owner without touching the link table's long texts, and walks the
-- accounts in risk or class order without sorting them first.
CREATE INDEX IF NOT EXISTS link_triage ON link (account_id, class, risk, recommendation, rule, identity_id);
CREATE INDEX IF NOT EXISTS link_by_risk ON link (risk, account_id, class, recommendation, rule, identity_id);
CREATE INDEX IF NOT EXISTS link_by_class ON link (class, account_id, risk, recommendation, rule, identity_id);
-- The owner of an account (e-mail, sign-in name, status, name) without reading the whole identity.
CREATE INDEX IF NOT EXISTS identity_owner ON identity (id, email, upn, status, display_name);
