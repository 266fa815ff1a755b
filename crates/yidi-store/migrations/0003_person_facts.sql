-- Schema version 3: a person carries their insurance facts, and the change date takes the
-- meaning the rules give it.
--
-- people.facts: the person's situation as the screens share it (insured region, scheme, in
-- service or retired, category, destination, chosen hospital, the plan and its checklist ticks),
-- sealed JSON like the identity, so switching person restores theirs and nobody else's.
ALTER TABLE people ADD COLUMN facts BLOB;
-- The rules (and the filing guide) give long-term filings an EARLIEST day from which they may be
-- changed or cancelled (e.g. six months after filing); version 2 called the column "the last day
-- a change is allowed". The only date the app ever proposed for it was the guide's "from" date,
-- so the value is kept and the column renamed to what it holds.
ALTER TABLE cases RENAME COLUMN change_allowed_until TO change_from;
