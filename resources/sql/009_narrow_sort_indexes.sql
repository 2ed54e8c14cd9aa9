-- Schema version 9: the accounts window's sort indexes hold only what they sort by. Walking the accounts
-- in risk or class order needs the key and the account id (the link's rowid, in every index entry);
-- the few other columns of the rows on screen come from the link table itself, and link_triage still
-- covers every scan in account order. Each stored verdict is an entry in both, so narrow entries cut
-- what a reconcile of a million accounts spends on them by about a third.
DROP INDEX IF EXISTS link_by_risk;
DROP INDEX IF EXISTS link_by_class;
CREATE INDEX link_by_risk ON link (risk);
CREATE INDEX link_by_class ON link (class);
