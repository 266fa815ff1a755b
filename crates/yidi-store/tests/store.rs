//! The store as an app uses it. Index:
//! - round trip: people, the owner identity, cases with documents, after closing and reopening;
//! - encryption at rest: no personal value in the file's bytes;
//! - unlocking: wrong passphrase (no byte changed), keyring first, passphrase fallback;
//! - revisions and removal;
//! - a read-only folder and a full disk: clear errors, nothing saved is lost;
//! - hand-off: export/import files (encrypted and plain), QR pre-fill.

#![allow(clippy::unwrap_used)] // a test that cannot unwrap has failed

mod common;

use std::{path::Path, process::Command};

use common::*;
use serde_json::json;
use yidi_domain::{FilingCategory, Lang, NaiveDate};
use yidi_store::{
    handoff::{self, Protection},
    CreateOptions, ImportAction, KdfParams, MemoryKeyStore, NoKeyring, Relation, Store, StoreError, Unlock, UnlockedBy,
};

const MOTHER: &str = "王秀英";
const MOTHER_ID: &str = "11010519491231002X";
const MOTHER_PHONE: &str = "13800138000";
const ME: &str = "李晓梅";
const MY_ID: &str = "110101199003074477";

/// A store with "me" (the owner), mother, and mother's case. Returns (mother uid, case uid).
fn family(store: &mut Store) -> (String, String) {
    store.add_person(&person("self", "我", identity(ME, MY_ID, "13911112222")), AT).unwrap();
    let mother = store.add_person(&person("mother", "妈妈", identity(MOTHER, MOTHER_ID, MOTHER_PHONE)), AT).unwrap();
    let saved = store.save_case(None, &mother.uid, None, &case(mother_case(MOTHER)), AT).unwrap();
    (mother.uid, saved.uid)
}

#[test]
fn saved_people_and_cases_load_back_unchanged_after_reopening() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("data").join("yidi.db");
    let (mother_uid, case_uid, before) = {
        let mut store = create(&path);
        let (m, c) = family(&mut store);
        let before = store.load_case(&c).unwrap();
        (m, c, before)
    };
    let store = open(&path);
    assert_eq!(store.unlocked_by(), UnlockedBy::Passphrase);
    let after = store.load_case(&case_uid).unwrap();
    assert_eq!(after, before, "a case reads back exactly as saved");
    assert_eq!(after.meta.category, Some(FilingCategory::OtherTemporary));
    assert_eq!(after.meta.change_from, NaiveDate::from_ymd_opt(2026, 4, 30));
    assert_eq!(after.documents["estimate"].body["pay"], json!("9120.50"), "amounts stay text, never floats");
    assert_eq!(after.revision, 1);

    let people = store.people().unwrap();
    let relations: Vec<_> = people.iter().map(|p| p.relation).collect();
    assert_eq!(relations, [Relation::Myself, Relation::Mother], "list order is the order added");
    assert_eq!(people[0].identity, None, "'self' keeps no copy: the owner identity is the one record");
    assert_eq!(store.owner().unwrap().unwrap().name, ME);
    assert_eq!(identity_of(&store, &people[0].uid).unwrap().id_number.as_deref(), Some(MY_ID));
    assert_eq!(identity_of(&store, &mother_uid).unwrap().phone.as_deref(), Some(MOTHER_PHONE));
    assert_eq!(people[1].label.as_deref(), Some("妈妈"));
    assert_eq!(store.cases(Some(&mother_uid)).unwrap()[0].document_kinds, ["answers", "consent", "estimate"]);
    assert_eq!(store.integrity_check().unwrap(), "ok");

    drop(store);
    let hits = find_bytes(&[dir.path()], &[MOTHER, MOTHER_ID, MOTHER_PHONE, ME, MY_ID, "妈妈", "中山医院", "9120.50"]);
    assert!(hits.is_empty(), "personal fields and documents are sealed at rest, found: {hits:?}");
}

#[test]
fn a_second_save_replaces_the_whole_case_and_a_stale_one_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = create(&dir.path().join("yidi.db"));
    let (mother, case_uid) = family(&mut store);
    let mut next = mother_case(MOTHER);
    next["documents"].as_object_mut().unwrap().remove("consent");
    next["validity_end"] = json!("2026-09-30");
    let saved = store.save_case(Some(&case_uid), &mother, Some(1), &case(next.clone()), AT).unwrap();
    assert_eq!(saved.revision, 2);
    assert_eq!(saved.documents.keys().collect::<Vec<_>>(), ["answers", "estimate"], "the set of documents is replaced");
    let stale = store.save_case(Some(&case_uid), &mother, Some(1), &case(next), AT).unwrap_err();
    assert_eq!(stale, StoreError::Conflict { expected: 1, found: 2 }, "a save based on revision 1 must not overwrite 2");
    assert!(stale.message(Lang::ZhCn).contains("第 2 版"), "the message says which revision is current");
    store.remove_person(&mother).unwrap();
    assert_eq!(store.load_case(&case_uid).unwrap_err().code(), "case_not_found", "a person's cases go with them");
}

#[test]
fn only_one_person_can_be_self() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = create(&dir.path().join("yidi.db"));
    family(&mut store);
    let e = store.add_person(&person("self", "我", identity("张三", MOTHER_ID, MOTHER_PHONE)), AT).unwrap_err();
    assert_eq!((e.field(), e.code()), (Some("person.relation"), "case-err-one-self"));
    assert_eq!(store.owner().unwrap().unwrap().name, ME, "the refused save did not replace the owner");
}

#[test]
fn a_wrong_passphrase_is_refused_and_changes_no_byte() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    let case_uid = family(&mut create(&path)).1;
    let before = std::fs::read(&path).unwrap();
    for wrong in ["correct horse 电池 stapler", "", " "] {
        let e = Store::open(&path, Unlock { passphrase: Some(wrong), keystore: &NoKeyring }).unwrap_err();
        assert!(matches!(e, StoreError::WrongPassphrase | StoreError::NeedPassphrase), "{wrong:?} must not unlock: {e:?}");
        assert_eq!(e.field(), Some("passphrase"), "the error points at the passphrase");
    }
    assert_eq!(std::fs::read(&path).unwrap(), before, "refusing a passphrase writes nothing");
    assert_eq!(common::files_under(dir.path()).len(), 1, "and leaves no journal behind");
    assert_eq!(open(&path).load_case(&case_uid).unwrap().revision, 1, "the right passphrase still opens it");
    let msg = StoreError::WrongPassphrase.message(Lang::EnUs);
    assert!(msg.starts_with("Wrong passphrase"), "localized: {msg}");
}

#[test]
fn the_keyring_unlocks_first_and_the_passphrase_is_the_fallback() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    let keyring = MemoryKeyStore::default();
    let options = CreateOptions { passphrase: Some(PASS), kdf: KdfParams::INSECURE_FOR_TESTS, keystore: &keyring };
    let case_uid = family(&mut Store::create(&path, options).unwrap()).1;

    let by_keyring = Store::open(&path, Unlock { passphrase: None, keystore: &keyring }).unwrap();
    assert_eq!(by_keyring.unlocked_by(), UnlockedBy::Keyring);
    assert!(by_keyring.load_case(&case_uid).is_ok());
    drop(by_keyring);

    // Another machine, or a headless one: no keyring.
    let e = Store::open(&path, Unlock { passphrase: None, keystore: &NoKeyring }).unwrap_err();
    assert_eq!(e, StoreError::NeedPassphrase, "without a keyring the passphrase is asked for");
    let by_pass = Store::open(&path, Unlock { passphrase: Some(PASS), keystore: &NoKeyring }).unwrap();
    assert_eq!(by_pass.unlocked_by(), UnlockedBy::Passphrase);

    // A keyring entry that holds some other key is not trusted.
    let wrong = MemoryKeyStore::default();
    let account = "x";
    yidi_store::KeyStore::set(&wrong, account, &[7u8; 32]).unwrap();
    let e = Store::open(&path, Unlock { passphrase: None, keystore: &wrong }).unwrap_err();
    assert_eq!(e, StoreError::NeedPassphrase);
}

#[test]
fn without_a_keyring_or_a_passphrase_no_store_is_made() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    let options = CreateOptions { passphrase: None, kdf: KdfParams::INSECURE_FOR_TESTS, keystore: &NoKeyring };
    assert_eq!(Store::create(&path, options).unwrap_err(), StoreError::NeedPassphrase);
    assert!(!path.exists(), "no half-made store is left behind");
}

/// Unmounts on drop, so a failing test does not leave a mount behind.
struct Mount(std::path::PathBuf);

impl Mount {
    /// A small tmpfs at `dir`, or `None` where mounting is not permitted (not root, no
    /// CAP_SYS_ADMIN, not Linux).
    fn tmpfs(dir: &Path, size: &str) -> Option<Mount> {
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size},mode=0755"), "tmpfs"])
            .arg(dir)
            .output()
            .is_ok_and(|o| o.status.success());
        ok.then(|| Mount(dir.to_path_buf()))
    }

    fn remount_read_only(&self) -> bool {
        Command::new("mount").args(["-o", "remount,ro"]).arg(&self.0).output().is_ok_and(|o| o.status.success())
    }
}

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg("-l").arg(&self.0).output();
    }
}

#[cfg(unix)]
/// Makes `dir` read-only for this process: by permissions where they bind (not root), else by
/// remounting a tmpfs read-only. Returns the mount guard (if any), or `None` when neither works.
fn make_read_only(dir: &Path, db: &Path) -> Option<Option<Mount>> {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(db, std::fs::Permissions::from_mode(0o444)).unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o555)).unwrap();
    if std::fs::write(dir.join("probe"), b"x").is_err() {
        return Some(None);
    }
    // Root ignores permissions: undo, and try a read-only mount instead.
    let _ = std::fs::remove_file(dir.join("probe"));
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).unwrap();
    None
}

fn check_read_only_store(path: &Path, case_uid: &str, mother: &str) {
    let mut store = open(path);
    assert_eq!(store.load_case(case_uid).unwrap().revision, 1, "a read-only store can still be read");
    let e = store.save_case(Some(case_uid), mother, Some(1), &case(mother_case(MOTHER)), AT).unwrap_err();
    assert_eq!(e.code(), "read_only", "a read-only folder must read as such: {e:?}");
    let msg = e.message(Lang::ZhCn);
    assert!(msg.contains("只读") && msg.contains("yidi.db"), "the message says read-only and names the file: {msg}");
    let e = store.add_person(&person("father", "爸爸", identity("李建国", MY_ID, "13700001111")), AT).unwrap_err();
    assert_eq!(e.code(), "read_only");
}

#[cfg(unix)]
#[test]
fn a_read_only_folder_gives_a_clear_error_and_loses_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("data");
    std::fs::create_dir(&dir).unwrap();
    let path = dir.join("yidi.db");
    let (mother, case_uid) = family(&mut create(&path));

    if let Some(_none) = make_read_only(&dir, &path) {
        check_read_only_store(&path, &case_uid, &mother);
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&dir, std::fs::Permissions::from_mode(0o755)).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    } else {
        let mnt = tmp.path().join("ro");
        std::fs::create_dir(&mnt).unwrap();
        let Some(mount) = Mount::tmpfs(&mnt, "4m") else {
            eprintln!("SKIPPED: running as root and mounting is not permitted, so no folder can be read-only here");
            return;
        };
        let ro_path = mnt.join("yidi.db");
        let (mother, case_uid) = family(&mut create(&ro_path));
        assert!(mount.remount_read_only(), "remounting a tmpfs we mounted read-only");
        check_read_only_store(&ro_path, &case_uid, &mother);
        let e = Store::create(&mnt.join("new.db"), CreateOptions {
            passphrase: Some(PASS),
            kdf: KdfParams::INSECURE_FOR_TESTS,
            keystore: &NoKeyring,
        })
        .unwrap_err();
        assert_eq!(e.code(), "read_only", "creating a store on a read-only disk: {e:?}");
        return;
    }
    let store = open(&path);
    assert_eq!(store.load_case(&case_uid).unwrap().revision, 1, "nothing saved was lost");
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

/// A real full disk, where this process may mount a 256 KiB tmpfs (root on Linux); elsewhere
/// the unit test with SQLite's page limit covers the same path.
#[test]
fn a_real_full_disk_fails_the_save_and_keeps_the_old_case() {
    let tmp = tempfile::tempdir().unwrap();
    let mnt = tmp.path().join("small");
    std::fs::create_dir(&mnt).unwrap();
    let Some(_mount) = Mount::tmpfs(&mnt, "256k") else {
        eprintln!("SKIPPED: mounting a small tmpfs is not permitted here");
        return;
    };
    let path = mnt.join("yidi.db");
    let (mother, case_uid) = family(&mut create(&path));
    let mut big = mother_case(MOTHER);
    // Incompressible either way: sealed bytes fill the disk whatever the text.
    big["documents"]["answers"]["body"]["scan"] = json!("扫".repeat(300_000));
    let mut store = open(&path);
    let e = store.save_case(Some(&case_uid), &mother, Some(1), &case(big), AT).unwrap_err();
    assert_eq!(e.code(), "disk_full", "ENOSPC must read as a full disk: {e:?}");
    assert!(e.message(Lang::EnUs).contains("disk is full"), "{}", e.message(Lang::EnUs));
    drop(store);
    let store = open(&path);
    let case = store.load_case(&case_uid).unwrap();
    assert_eq!(case.revision, 1, "the case saved before the disk filled is whole");
    assert_eq!(case.documents["answers"].body["hospital"], json!("复旦大学附属中山医院"));
    assert_eq!(store.integrity_check().unwrap(), "ok");
}

fn other_device(dir: &Path) -> Store {
    create(&dir.join("other").join("yidi.db"))
}

#[test]
fn an_encrypted_export_imports_on_another_device() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = create(&dir.path().join("yidi.db"));
    let (mother, case_uid) = family(&mut store);
    let original = store.load_case(&case_uid).unwrap();
    let file = store.export_case(&case_uid, Protection::Passphrase("家里的暗号", KdfParams::INSECURE_FOR_TESTS)).unwrap();
    let export_path = dir.path().join("妈妈.yidicase");
    handoff::write_file_atomically(&export_path, &file).unwrap();
    let hits = find_bytes(&[&export_path], &[MOTHER, MOTHER_ID, MOTHER_PHONE, "中山医院"]);
    assert!(hits.is_empty(), "an encrypted export shows nothing personal: {hits:?}");

    let mut other = other_device(dir.path());
    let before = other.people().unwrap().len();
    // Issue 14, finding 9: importing asks for the file's passphrase (the sender's), not the store's.
    let wrong = other.import_case(&file, Some("家里的暗号 "), AT).unwrap_err();
    assert_eq!((wrong.code(), wrong.field()), ("wrong_passphrase", Some("import.passphrase")));
    assert!(wrong.message(Lang::ZhCn).contains("文件密码"), "{}", wrong.message(Lang::ZhCn));
    let none = other.import_case(&file, None, AT).unwrap_err();
    assert_eq!(none, StoreError::ExportNeedsPassphrase);
    assert!(none.message(Lang::ZhCn).contains("导出它的人"), "names whose passphrase: {}", none.message(Lang::ZhCn));
    assert_eq!(other.people().unwrap().len(), before, "a refused import adds nothing");

    let outcome = other.import_case(&std::fs::read(&export_path).unwrap(), Some("家里的暗号"), AT).unwrap();
    assert_eq!((outcome.person, outcome.case), (ImportAction::Created, ImportAction::Created));
    assert_eq!((outcome.person_uid.as_str(), outcome.case_uid.as_str()), (mother.as_str(), case_uid.as_str()), "ids travel");
    let imported = other.load_case(&case_uid).unwrap();
    assert_eq!((imported.revision, &imported.meta, &imported.documents), (original.revision, &original.meta, &original.documents));
    assert_eq!(identity_of(&other, &mother).unwrap().id_number.as_deref(), Some(MOTHER_ID));

    // The same file again: the device already has that revision.
    let again = other.import_case(&file, Some("家里的暗号"), AT).unwrap();
    assert_eq!((again.person, again.case), (ImportAction::KeptLocal, ImportAction::KeptLocal));
    // A newer revision from the first device replaces it.
    let mut newer = mother_case(MOTHER);
    newer["validity_end"] = json!("2026-12-31");
    store.save_case(Some(&case_uid), &mother, Some(1), &case(newer), AT).unwrap();
    let file2 = store.export_case(&case_uid, Protection::Passphrase("pw2", KdfParams::INSECURE_FOR_TESTS)).unwrap();
    assert_eq!(other.import_case(&file2, Some("pw2"), AT).unwrap().case, ImportAction::Updated);
    assert_eq!(other.load_case(&case_uid).unwrap().meta.validity_end, NaiveDate::from_ymd_opt(2026, 12, 31));
}

#[test]
fn a_plain_export_is_readable_json_and_is_validated_on_import() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = create(&dir.path().join("yidi.db"));
    let (_, case_uid) = family(&mut store);
    let file = store.export_case(&case_uid, Protection::Plain).unwrap();
    let mut json: serde_json::Value = serde_json::from_slice(&file).unwrap();
    assert_eq!(json["encryption"], "none");
    assert_eq!(json["content"]["person"]["identity"]["id_number"], MOTHER_ID, "plain means plain");
    assert_eq!(json["content"]["case"]["validity_end"], "2026-08-31");

    // A hand-edited file with a typo in an ID number is refused, naming the field.
    json["content"]["person"]["identity"]["id_number"] = json!("110105194912310021");
    let mut other = other_device(dir.path());
    let e = other.import_case(&serde_json::to_vec(&json).unwrap(), None, AT).unwrap_err();
    assert_eq!((e.field(), e.code()), (Some("person.identity.id_number"), "consent-err-id-check"));
    assert!(e.message(Lang::ZhCn).contains("应为 X"), "the message gives the right check character: {}", e.message(Lang::ZhCn));
    let not_ours = other.import_case(b"{\"format\": \"something-else\"}", None, AT).unwrap_err();
    assert_eq!(not_ours.code(), "not_an_export");
}

#[test]
fn importing_someone_elses_self_keeps_them_apart_from_the_owner() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = create(&dir.path().join("yidi.db"));
    family(&mut store);
    let me = store.people().unwrap()[0].uid.clone();
    let case_uid = store.save_case(None, &me, None, &case(json!({"category": "referral"})), AT).unwrap().uid;
    let file = store.export_case(&case_uid, Protection::Plain).unwrap();
    let mut brother = other_device(dir.path());
    brother.add_person(&person("self", "我", identity("李晓军", "110101199003074477", "13611112222")), AT).unwrap();
    let outcome = brother.import_case(&file, None, AT).unwrap();
    let imported = brother.person(&outcome.person_uid).unwrap();
    assert_eq!(imported.relation, Relation::Other, "the sister is not the brother's 'self'");
    assert_eq!(imported.identity.as_ref().unwrap().name, ME, "she keeps her own identity");
    assert_eq!(brother.owner().unwrap().unwrap().name, "李晓军", "the brother's own identity is untouched");
}

#[test]
fn the_qr_pre_fill_carries_no_id_or_phone_and_a_name_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = create(&dir.path().join("yidi.db"));
    let (mother, case_uid) = family(&mut store);
    let mut with_secrets = mother_case(MOTHER);
    with_secrets["documents"]["answers"]["body"]["contact"] = json!(format!("女儿 {ME} 电话 13911112222"));
    with_secrets["documents"]["answers"]["body"]["ids"] = json!([MOTHER_ID, "住院"]);
    store.save_case(Some(&case_uid), &mother, Some(1), &case(with_secrets), AT).unwrap();

    let text = store.prefill_text(&case_uid, false).unwrap();
    for secret in [MOTHER, MOTHER_ID, MOTHER_PHONE, ME, "13911112222", "signature", "9120.50"] {
        assert!(!text.contains(secret), "{secret:?} must not be in the QR text: {text}");
    }
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value["case"]["documents"]["answers"]["body"]["hospital"], "复旦大学附属中山医院", "answers stay");
    assert_eq!(value["case"]["documents"]["answers"]["body"]["ids"], json!(["住院"]));
    assert_eq!(value["case"]["destination"], "310104");
    assert!(value["case"]["documents"].get("consent").is_none(), "signed records never go in a QR code");

    let named = store.prefill_text(&case_uid, true).unwrap();
    assert!(named.contains(MOTHER) && !named.contains(MOTHER_ID), "opting in adds the name, never the ID");
    let svg = handoff::qr_svg(&named).unwrap();
    assert!(svg.contains("<svg"));

    let mut desk = Store::in_memory().unwrap();
    let outcome = desk.import_prefill(&named, AT).unwrap();
    let person = desk.person(&outcome.person_uid).unwrap();
    assert_eq!((person.relation, person.identity.as_ref().unwrap().name.as_str()), (Relation::Mother, MOTHER));
    let case = desk.load_case(&outcome.case_uid).unwrap();
    assert_eq!(case.meta.validity_end, NaiveDate::from_ymd_opt(2026, 8, 31));
    assert_eq!(case.documents.keys().collect::<Vec<_>>(), ["answers"]);

    let bad = named.replace("\"relation\":\"mother\"", "\"relation\":\"aunt\"");
    let e = handoff::parse_prefill(&bad).unwrap_err();
    assert_eq!((e.field(), e.code()), (Some("prefill.relation"), "not_one_of"));
}

#[test]
fn an_empty_file_left_by_a_killed_creation_is_replaced_but_a_real_file_never_is() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    std::fs::write(&path, b"").unwrap();
    assert!(!yidi_store::store::store_exists(&path), "an empty file holds no store");
    let case_uid = family(&mut create(&path)).1;
    let e = Store::create(&path, CreateOptions { passphrase: Some("x"), kdf: KdfParams::INSECURE_FOR_TESTS, keystore: &NoKeyring })
        .unwrap_err();
    assert_eq!(e.code(), "io", "creating over an existing store is refused");
    assert_eq!(open(&path).load_case(&case_uid).unwrap().revision, 1, "and the store is untouched");
    std::fs::write(dir.path().join("junk.db"), b"not a database at all, just text").unwrap();
    let e = Store::open(&dir.path().join("junk.db"), Unlock { passphrase: Some(PASS), keystore: &NoKeyring }).unwrap_err();
    assert_eq!(e.code(), "corrupt", "a file that is not SQLite reads as damaged: {e:?}");
}

/// Issue 14, finding 8: a passphrase change rotates the data key. An attacker holding an old copy
/// of the key slot and the old passphrase (a backup, a shoulder-surfed passphrase) must not open
/// what is saved after the change.
#[test]
fn a_passphrase_change_rotates_the_data_key_so_an_old_slot_opens_nothing_new() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    let mut store = create(&path);
    let (mother, case_uid) = family(&mut store);
    let slot = |p: &Path| -> (Vec<u8>, Vec<u8>) {
        let c = rusqlite::Connection::open(p).unwrap();
        c.query_row("SELECT salt, wrapped FROM key_slots WHERE kind = 'passphrase'", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap()
    };
    let old_slot = slot(&path);
    let facts = json!({"insuredRegion": "110000", "destination": "420100", "category": "relocated_retiree"});
    store.set_facts(&mother, Some(&facts), AT).unwrap();
    store.set_passphrase("新的口令", KdfParams::INSECURE_FOR_TESTS, &NoKeyring).unwrap();
    assert_eq!(store.person(&mother).unwrap().facts, Some(facts), "a person's facts are re-sealed with the new key");
    let later = store.add_person(&person("father", "爸爸", identity("李建国", "110101199003074477", "13911112222")), AT).unwrap();
    assert_eq!(store.load_case(&case_uid).unwrap().documents["consent"].body["signed_by"], json!(MOTHER), "old data is re-sealed, not lost");
    drop(store);

    // The new passphrase opens everything, old and new.
    let store = Store::open(&path, Unlock { passphrase: Some("新的口令"), keystore: &NoKeyring }).unwrap();
    assert_eq!(identity_of(&store, &mother).unwrap().name, MOTHER);
    assert_eq!(identity_of(&store, &later.uid).unwrap().name, "李建国");
    assert_eq!(store.person(&mother).unwrap().facts, Some(json!({"insuredRegion": "110000", "destination": "420100", "category": "relocated_retiree"})), "facts re-sealed too");
    drop(store);
    assert_eq!(
        Store::open(&path, Unlock { passphrase: Some(PASS), keystore: &NoKeyring }).unwrap_err(),
        StoreError::WrongPassphrase,
        "the old passphrase no longer opens the file"
    );

    // Put the old slot back, as an attacker with a backup of it would: the old passphrase unwraps
    // the old key, which opens nothing in the file any more.
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute("UPDATE key_slots SET salt = ?1, wrapped = ?2 WHERE kind = 'passphrase'", rusqlite::params![old_slot.0, old_slot.1]).unwrap();
    }
    assert_eq!(
        Store::open(&path, Unlock { passphrase: Some(PASS), keystore: &NoKeyring }).unwrap_err(),
        StoreError::WrongPassphrase,
        "the old key fails the key check: it was rotated"
    );
    assert!(find_bytes(&[dir.path()], &["李建国"]).is_empty(), "the later person is sealed");
}

/// Issue 14, finding 6: the device signing secret is sealed in `meta` with the data key, opens
/// only with the store, survives a passphrase change (rotated and resealed: the same secret),
/// and is never replaced by another one.
#[test]
fn the_device_signing_key_is_sealed_with_the_data_key_and_rotated_with_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    let mut store = create(&path);
    assert!(store.signing_seed().unwrap().is_none(), "a new store has no signing key until asked");
    let seed = [0xA7u8; 32];
    assert!(store.set_signing_seed(&seed).unwrap(), "written");
    assert!(!store.set_signing_seed(&seed).unwrap(), "the same seed again writes nothing");
    let e = store.set_signing_seed(&[1; 32]).unwrap_err();
    assert_eq!(e.code(), "corrupt", "another key never replaces the device's: {e:?}");
    let sealed = |p: &Path| -> Vec<u8> {
        let c = rusqlite::Connection::open(p).unwrap();
        c.query_row("SELECT CAST(value AS BLOB) FROM meta WHERE key = 'device_signing_key'", [], |r| r.get(0)).unwrap()
    };
    let before = sealed(&path);
    assert!(!before.windows(32).any(|w| w == seed), "sealed, not in clear");
    store.set_passphrase("新的口令", KdfParams::INSECURE_FOR_TESTS, &NoKeyring).unwrap();
    assert_eq!(*store.signing_seed().unwrap().unwrap(), seed, "the same secret after the change");
    drop(store);
    assert_ne!(sealed(&path), before, "resealed with the rotated data key");
    let raw = std::fs::read(&path).unwrap();
    assert!(!raw.windows(32).any(|w| w == seed), "nowhere in the file in clear");
    let store = Store::open(&path, Unlock { passphrase: Some("新的口令"), keystore: &NoKeyring }).unwrap();
    assert_eq!(*store.signing_seed().unwrap().unwrap(), seed, "and after reopening with the new passphrase");
    // Moved to another row (as a tamperer might), the sealed value does not open.
    drop(store);
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute("UPDATE meta SET value = (SELECT value FROM meta WHERE key = 'key_check') WHERE key = 'device_signing_key'", []).unwrap();
    }
    let store = Store::open(&path, Unlock { passphrase: Some("新的口令"), keystore: &NoKeyring }).unwrap();
    assert_eq!(store.signing_seed().unwrap_err().code(), "corrupt", "bound to its place by its associated data");
}

/// Every BLOB column in the schema is either sealed with the data key and re-sealed by
/// `set_passphrase`, or known not to be (the key slot's own wrapping). A migration adding a sealed
/// column must add it to the rotation: this test names it.
#[test]
fn every_sealed_column_is_rotated_with_the_data_key() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    drop(create(&path));
    let c = rusqlite::Connection::open(&path).unwrap();
    let tables: Vec<String> = {
        let mut s = c.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").unwrap();
        s.query_map([], |r| r.get(0)).unwrap().map(|r| r.unwrap()).collect()
    };
    let mut blobs = Vec::new();
    for t in tables {
        let mut s = c.prepare(&format!("PRAGMA table_info({t})")).unwrap();
        let cols: Vec<(String, String)> = s.query_map([], |r| Ok((r.get(1)?, r.get(2)?))).unwrap().map(|r| r.unwrap()).collect();
        blobs.extend(cols.into_iter().filter(|(_, ty)| ty.eq_ignore_ascii_case("BLOB")).map(|(n, _)| format!("{t}.{n}")));
    }
    blobs.sort();
    assert_eq!(
        blobs,
        ["case_documents.body", "key_slots.salt", "key_slots.wrapped", "meta.value", "owner.identity", "people.facts", "people.identity", "people.label"],
        "a new BLOB column: add it to Store::set_passphrase's rotation (or here, if it is not sealed with the data key)"
    );
}

/// Issue 14, finding 8: the store, its journal and exports are 0600 in a 0700 folder.
#[cfg(unix)]
#[test]
fn store_and_exports_are_private_files_in_a_private_folder() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("new").join("yidi");
    let path = folder.join("yidi.db");
    let mut store = create(&path);
    let (_, case_uid) = family(&mut store);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600, "the store file");
    assert_eq!(mode(&folder), 0o700, "the folder the store made");
    assert_eq!(mode(&dir.path().join("new")), 0o700, "and its parent, also made by it");
    let export = dir.path().join("mom.yidicase");
    let bytes = store.export_case(&case_uid, Protection::Passphrase("pw", KdfParams::INSECURE_FOR_TESTS)).unwrap();
    handoff::write_file_atomically(&export, &bytes).unwrap();
    assert_eq!(mode(&export), 0o600, "the export file");
}

/// Issue 14, finding 7: KDF costs read from the store file are bounded: a file asking for 4 TB
/// (or billions of passes) is refused with a clear error before any work.
#[test]
fn kdf_costs_in_the_store_file_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    drop(create(&path));
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute("UPDATE key_slots SET m_cost = 4294967295 WHERE kind = 'passphrase'", []).unwrap();
    }
    let started = std::time::Instant::now();
    let e = Store::open(&path, Unlock { passphrase: Some(PASS), keystore: &NoKeyring }).unwrap_err();
    assert_eq!(e.code(), "corrupt", "{e:?}");
    assert!(e.message(Lang::ZhCn).contains("m_cost"), "{}", e.message(Lang::ZhCn));
    assert!(started.elapsed() < std::time::Duration::from_secs(2), "refused before deriving");
}

/// Issue 14, finding 7: the same for an export file's costs.
#[test]
fn kdf_costs_in_an_export_file_are_bounded() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = create(&dir.path().join("yidi.db"));
    let (_, case_uid) = family(&mut store);
    let bytes = store.export_case(&case_uid, Protection::Passphrase("pw", KdfParams::INSECURE_FOR_TESTS)).unwrap();
    let mut file: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    file["kdf"]["t_cost"] = json!(4_000_000_000u64);
    let e = store.import_case(&serde_json::to_vec(&file).unwrap(), Some("pw"), AT).unwrap_err();
    assert_eq!((e.field(), e.code()), (Some("file.kdf.t_cost"), "out_of_range"), "{e:?}");
}

/// Issue 14, finding 4: ids from requests name rows, never paths; a bad one is refused at save,
/// so the store never holds a case its own export would refuse.
#[test]
fn case_ids_like_paths_are_refused_at_save() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = create(&dir.path().join("yidi.db"));
    let (mother, _) = family(&mut store);
    for bad in ["../../evil", "a\nb", "a\0b", &"x".repeat(200_000)] {
        let e = store.save_case(Some(bad), &mother, None, &case(mother_case(MOTHER)), AT).unwrap_err();
        assert_eq!((e.field(), e.code()), (Some("case.uid"), "case-err-bad-id"));
    }
    // An identity born after the day of saving is refused; a 15-digit number is upgraded.
    let body = "11010520300101002";
    let future = format!("{body}{}", yidi_consent::idnumber::check_char(body).unwrap());
    let e = store.add_person(&person("child", "孩子", identity("李小", &future, "13911112222")), AT).unwrap_err();
    assert_eq!(e.code(), "consent-err-id-birth-future");
    let old = store.add_person(&person("father", "爸爸", identity("王大", "110105491231002", "13911112222")), AT).unwrap();
    assert_eq!(identity_of(&store, &old.uid).unwrap().id_number.as_deref(), Some("11010519491231002X"));
}

fn open_with_code(path: &Path, code: &str) -> Result<Store, StoreError> {
    Store::open_with_recovery_code(path, code)
}

/// Forgotten passphrase: the code printed at set-up opens the store and lets a new passphrase be
/// set; the old passphrase then opens nothing, the new one opens everything.
#[test]
fn the_recovery_code_opens_the_store_and_allows_a_new_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    let mut store = create(&path);
    let code = store.take_recovery_code().expect("a store made with a passphrase gets a recovery code");
    assert!(store.take_recovery_code().is_none(), "the code is handed out once");
    let (mother, _) = family(&mut store);
    drop(store);

    let opened = open_with_code(&path, &code).unwrap();
    assert_eq!(opened.unlocked_by(), UnlockedBy::RecoveryCode);
    assert_eq!(identity_of(&opened, &mother).unwrap().name, MOTHER, "the code unwraps the real data key");
    drop(opened);

    let (store, new_code) = Store::recover(&path, &code, "新的口令", KdfParams::INSECURE_FOR_TESTS, &NoKeyring).unwrap();
    assert_ne!(new_code.as_str(), code.as_str(), "recovery issues a new code");
    assert_eq!(identity_of(&store, &mother).unwrap().name, MOTHER, "nothing is lost by recovering");
    drop(store);
    let reopened = Store::open(&path, Unlock { passphrase: Some("新的口令"), keystore: &NoKeyring }).unwrap();
    assert_eq!(identity_of(&reopened, &mother).unwrap().name, MOTHER);
    drop(reopened);
    assert_eq!(
        Store::open(&path, Unlock { passphrase: Some(PASS), keystore: &NoKeyring }).unwrap_err(),
        StoreError::WrongPassphrase,
        "the forgotten passphrase is replaced"
    );
    assert!(open_with_code(&path, &code).is_err(), "the used code is replaced too");
    assert!(open_with_code(&path, &new_code).is_ok(), "the new code opens the store");
}

/// A wrong code (well formed, or not a code at all) is a field error naming 恢复码 by its label,
/// and changes no byte of the file.
#[test]
fn a_wrong_recovery_code_is_refused_with_a_message_naming_the_field() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    let mut store = create(&path);
    let code = store.take_recovery_code().unwrap();
    drop(store);
    let before = std::fs::read(&path).unwrap();
    // Change one symbol: still a well-formed code, but not this store's.
    let first = code.chars().next().unwrap();
    let other = if first == '0' { '1' } else { '0' };
    let wrong = format!("{other}{}", &code[1..]);
    let e = open_with_code(&path, &wrong).unwrap_err();
    assert_eq!(e.field(), Some("recovery_code"), "{e:?}");
    let zh = e.message(Lang::ZhCn);
    assert!(zh.starts_with("「恢复码」不对"), "{zh}");
    assert!(e.message(Lang::ZhTw).starts_with("「復原碼」不對"), "{}", e.message(Lang::ZhTw));
    assert!(e.message(Lang::EnUs).contains("Recovery code"), "{}", e.message(Lang::EnUs));
    let short = open_with_code(&path, "ABCDE-12345").unwrap_err();
    assert_eq!(short.field(), Some("recovery_code"));
    assert!(short.message(Lang::ZhCn).contains("30 个"), "{}", short.message(Lang::ZhCn));
    assert!(
        Store::recover(&path, &wrong, "新的", KdfParams::INSECURE_FOR_TESTS, &NoKeyring).is_err(),
        "a wrong code sets no passphrase"
    );
    assert_eq!(std::fs::read(&path).unwrap(), before, "a refused code changes no byte");
}

/// A passphrase change rotates the data key: the code printed before it opens nothing, and the
/// change hands out a new code that does.
#[test]
fn after_a_passphrase_change_the_old_recovery_code_no_longer_opens_anything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    let mut store = create(&path);
    let old_code = store.take_recovery_code().unwrap();
    let (mother, _) = family(&mut store);
    let old_slot: (Vec<u8>, Vec<u8>) = {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.query_row("SELECT salt, wrapped FROM key_slots WHERE kind = 'recovery'", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap()
    };
    let new_code = store.set_passphrase("新的口令", KdfParams::INSECURE_FOR_TESTS, &NoKeyring).unwrap();
    drop(store);
    let e = open_with_code(&path, &old_code).unwrap_err();
    assert_eq!(e.field(), Some("recovery_code"), "{e:?}");
    assert_eq!(identity_of(&open_with_code(&path, &new_code).unwrap(), &mother).unwrap().name, MOTHER);
    // Even the old slot put back (a backup of it) unwraps only the rotated-away key.
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute("UPDATE key_slots SET salt = ?1, wrapped = ?2 WHERE kind = 'recovery'", rusqlite::params![old_slot.0, old_slot.1]).unwrap();
    }
    assert_eq!(open_with_code(&path, &old_code).unwrap_err().field(), Some("recovery_code"), "the old key fails the key check");
}

/// People copy the code from paper: dashes, spaces and case do not matter.
#[test]
fn the_recovery_code_is_accepted_with_or_without_dashes_or_spaces_and_in_lower_case() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("yidi.db");
    let mut store = create(&path);
    let code = store.take_recovery_code().unwrap();
    drop(store);
    for typed in [code.to_string(), code.replace('-', ""), code.replace('-', " "), code.to_lowercase(), format!("  {} ", code.to_lowercase().replace('-', "  "))] {
        assert!(open_with_code(&path, &typed).is_ok(), "{typed:?} must open the store");
    }
}
