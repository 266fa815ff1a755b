-- Schema version 2: reminders need the last day a change is allowed and how many days ahead to
-- warn; a document's format version becomes its own column so readers can compare it.
ALTER TABLE cases ADD COLUMN change_allowed_until TEXT;
ALTER TABLE cases ADD COLUMN notify_days INTEGER NOT NULL DEFAULT 30;
ALTER TABLE case_documents ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
UPDATE case_documents
   SET version = CAST(substr(schema, instr(schema, '/') + 1) AS INTEGER),
       schema  = substr(schema, 1, instr(schema, '/') - 1)
 WHERE instr(schema, '/') > 1
   AND CAST(substr(schema, instr(schema, '/') + 1) AS INTEGER) > 0;
CREATE INDEX cases_by_person ON cases (person_uid);
