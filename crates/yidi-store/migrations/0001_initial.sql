-- Schema version 1 (yidi 0.1 development line). Kept verbatim: the migration tests build a
-- version-1 database from this file and open it with the current code.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value BLOB NOT NULL
);
-- How the data key is unlocked: 'passphrase' (argon2id-wrapped) and/or 'keyring' (OS keyring).
CREATE TABLE key_slots (
    kind    TEXT PRIMARY KEY NOT NULL,
    account TEXT,
    salt    BLOB,
    m_cost  INTEGER,
    t_cost  INTEGER,
    p_cost  INTEGER,
    wrapped BLOB
);
-- The device user's own identity, kept once and reused when filing for others (代办).
CREATE TABLE owner (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    identity   BLOB NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE TABLE people (
    uid        TEXT PRIMARY KEY NOT NULL,
    relation   TEXT NOT NULL,
    label      BLOB,
    identity   BLOB,
    position   INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
CREATE TABLE cases (
    uid            TEXT PRIMARY KEY NOT NULL,
    person_uid     TEXT NOT NULL REFERENCES people(uid) ON DELETE CASCADE,
    revision       INTEGER NOT NULL,
    category       TEXT,
    insured_region TEXT,
    destination    TEXT,
    validity_start TEXT,
    validity_end   TEXT,
    by_proxy       INTEGER NOT NULL DEFAULT 0,
    updated_at     TEXT NOT NULL
);
-- schema holds the producer and its format version together, e.g. 'interview/3'.
CREATE TABLE case_documents (
    case_uid TEXT NOT NULL REFERENCES cases(uid) ON DELETE CASCADE,
    kind     TEXT NOT NULL,
    schema   TEXT NOT NULL,
    body     BLOB NOT NULL,
    PRIMARY KEY (case_uid, kind)
);
