-- Baseline (b) of the reconciliation benchmark: the same two files, matched in SQL with indexes:
-- exact normalised e-mail first, then the e-mail local part for the accounts still unmatched.
.mode csv
.import tool.csv tool
.import directory.csv dir
CREATE INDEX dir_mail ON dir (lower(trim(mail)));
CREATE INDEX dir_local ON dir (lower(substr(trim(mail), 1, instr(trim(mail), '@') - 1)));
CREATE TABLE by_email AS
    SELECT t."User id" AS account, d.id AS identity FROM tool t JOIN dir d ON lower(trim(d.mail)) = lower(trim(t.email));
CREATE INDEX by_email_account ON by_email (account);
CREATE TABLE by_login AS
    SELECT t."User id" AS account, d.id AS identity FROM tool t
    JOIN dir d ON lower(substr(trim(d.mail), 1, instr(trim(d.mail), '@') - 1)) =
                  lower(substr(trim(t.email), 1, instr(trim(t.email), '@') - 1))
    WHERE t."User id" NOT IN (SELECT account FROM by_email);
SELECT (SELECT count(*) FROM by_email), (SELECT count(*) FROM by_login);
