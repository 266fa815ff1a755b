//! Issue 14, finding 6's last clause: the device signing key is protected like the store key.
//!
//! The key that seals consent records is kept inside the store, sealed with the store's data key,
//! so it opens exactly when the store opens (keyring, passphrase, recovery code). These tests go
//! through `yidi_core` as the app and the CLI do: a `CaseState` opened with a passphrase, then
//! `consent::sign` / `consent::device_key`.

#![allow(clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use yidi_consent::key::{self, DeviceKey};
use yidi_core::{
    cases::{self, CaseState, KdfParams, NaiveDateTime, NoKeyring},
    consent, Lang,
};

const PASS: &str = "四月的风 2026";
const AT: &str = "2026-11-23T10:30:00+08:00";

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2026-11-23T02:30:00", "%Y-%m-%dT%H:%M:%S").unwrap()
}

fn request() -> Value {
    serde_json::from_str(include_str!("../../yidi-consent/tests/fixtures/sign-request-proxy.json")).unwrap()
}

/// A personal store at `db`, made or opened with `passphrase`.
fn open(db: &Path, passphrase: &str) -> Result<CaseState, yidi_core::ApiError> {
    let mut state = CaseState::new();
    state.open_personal(db, &json!({"passphrase": passphrase}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn)?;
    Ok(state)
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every byte of every file under `dir`.
fn all_bytes(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(all_bytes(&path));
        } else {
            out.push((path.clone(), std::fs::read(&path).unwrap()));
        }
    }
    out
}

/// Neither the raw seed nor its hex (the old file's form) anywhere under `dir`.
fn assert_secret_absent(dir: &Path, key: &DeviceKey, what: &str) {
    let seed = key.seed();
    let hex: String = seed.iter().map(|b| format!("{b:02x}")).collect();
    for (path, bytes) in all_bytes(dir) {
        assert!(!contains(&bytes, &seed[..]), "{what}: the signing secret in clear in {}", path.display());
        assert!(!contains(&bytes, hex.as_bytes()), "{what}: the signing secret in hex in {}", path.display());
    }
}

#[test]
fn the_device_signing_key_is_sealed_like_the_store_key() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data/yidi.db");
    let mut state = open(&db, PASS).unwrap();
    let record = consent::sign(&request(), AT, &mut state, None, now(), Lang::ZhCn).unwrap();
    let key = consent::device_key(&mut state, None, now(), Lang::ZhCn).unwrap();
    assert!(!key.created, "the key made by the first signature is read back, not made again");
    assert_eq!(record.seal.public_key, key.public_hex(), "the record is sealed by the key the store keeps");
    drop(state);

    // Nothing but the store in the data folder: no key file beside it.
    let files: Vec<PathBuf> = all_bytes(&dir.path().join("data")).into_iter().map(|(p, _)| p).collect();
    assert_eq!(files, [db.clone()], "the key is inside the store, not in a file of its own");
    assert_secret_absent(dir.path(), &key, "after signing");

    // The same passphrase opens the same key: records made today verify tomorrow.
    let mut state = open(&db, PASS).unwrap();
    assert_eq!(consent::device_public_key(&mut state, now(), Lang::ZhCn), Some(key.public_hex()));
    let text = serde_json::to_string(&record).unwrap();
    assert!(consent::verify_with(&text, Some(&key.public_hex()), Lang::ZhCn).unwrap().valid);

    // Closed, the state has no key to give: signing says to open the records first.
    let mut closed = CaseState::new();
    let e = consent::sign(&request(), AT, &mut closed, None, now(), Lang::ZhCn).unwrap_err();
    assert_eq!(e.code, "need_passphrase", "{e:?}");
    assert!(e.message.contains("家人与档案"), "the message says where to open the records: {}", e.message);
    let e = consent::sign(&request(), AT, &mut closed, None, now(), Lang::EnUs).unwrap_err();
    assert!(e.message.contains("People & cases"), "{}", e.message);
}

#[test]
fn a_copied_data_folder_without_the_passphrase_cannot_sign() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data/yidi.db");
    let key = {
        let mut state = open(&db, PASS).unwrap();
        consent::device_key(&mut state, None, now(), Lang::ZhCn).unwrap()
    };
    // The thief's copy: the whole folder, byte for byte.
    let copy = dir.path().join("copy");
    std::fs::create_dir_all(&copy).unwrap();
    std::fs::copy(&db, copy.join("yidi.db")).unwrap();
    assert_secret_absent(&copy, &key, "the copied folder");

    // Without the passphrase the store does not open, so nothing can sign with its key.
    let mut state = CaseState::new();
    let e = state.open_existing(&copy.join("yidi.db"), &json!({}), &NoKeyring, Lang::ZhCn).unwrap_err();
    assert_eq!(e.code, "need_passphrase", "{e:?}");
    let e = consent::sign(&request(), AT, &mut state, None, now(), Lang::ZhCn).unwrap_err();
    assert_eq!(e.code, "need_passphrase", "a state that failed to open has no key: {e:?}");
    let e = open(&copy.join("yidi.db"), "a guess").err().unwrap();
    assert_eq!(e.code, "wrong_passphrase", "{e:?}");
    // With it, the copy holds the very same key (it is the device's key, not a new one).
    let mut state = open(&copy.join("yidi.db"), PASS).unwrap();
    assert_eq!(consent::device_public_key(&mut state, now(), Lang::ZhCn), Some(key.public_hex()));
}

#[test]
fn a_plaintext_signing_key_is_migrated_and_removed() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("data/yidi.db");
    let legacy = dir.path().join("app-data/keys/device.key");
    // A record sealed by an earlier version with its plaintext key file.
    let old = DeviceKey::from_seed([0x5a; 32]);
    key::write_legacy_for_tests(&legacy, &old).unwrap();
    let old_record = serde_json::to_string(&consent::sign_with_key(&request(), AT, &old, Lang::ZhCn).unwrap()).unwrap();

    let mut state = open(&db, PASS).unwrap();
    let migrated = consent::device_key(&mut state, Some(&legacy), now(), Lang::ZhCn).unwrap();
    assert_eq!(migrated.public_hex(), old.public_hex(), "the same key, so the old records still verify");
    assert!(!legacy.exists(), "the plaintext file is removed once its key is sealed in the store");
    assert!(!legacy.parent().unwrap().read_dir().unwrap().any(|_| true), "nothing left beside it");
    drop(state);
    assert_secret_absent(dir.path(), &old, "after the migration");

    // Reopened without the file: the store has the key; the old record verifies against it.
    let mut state = open(&db, PASS).unwrap();
    let again = consent::device_key(&mut state, Some(&legacy), now(), Lang::ZhCn).unwrap();
    assert_eq!(again.public_hex(), old.public_hex());
    assert!(consent::verify_with(&old_record, Some(&again.public_hex()), Lang::ZhCn).unwrap().valid);
    let new_record = consent::sign(&request(), AT, &mut state, Some(&legacy), now(), Lang::ZhCn).unwrap();
    assert_eq!(new_record.seal.public_key, old.public_hex(), "new records are sealed by the migrated key");

    // A migration cut short after sealing (the file still there, the same key): finished now.
    key::write_legacy_for_tests(&legacy, &old).unwrap();
    consent::device_key(&mut state, Some(&legacy), now(), Lang::ZhCn).unwrap();
    assert!(!legacy.exists(), "the leftover file is removed");
    // A file holding another key is never destroyed: it may be the only copy of that key.
    let other = DeviceKey::from_seed([0x33; 32]);
    key::write_legacy_for_tests(&legacy, &other).unwrap();
    let kept = consent::device_key(&mut state, Some(&legacy), now(), Lang::ZhCn).unwrap();
    assert_eq!(kept.public_hex(), old.public_hex(), "the store's key stays the device's key");
    assert!(legacy.exists(), "a file with another key is left alone");

    // A file that is not a key file: a clear error naming it, and the file is untouched.
    let dir2 = tempfile::tempdir().unwrap();
    let junk = dir2.path().join("device.key");
    std::fs::write(&junk, "hello\n").unwrap();
    let mut state = open(&dir2.path().join("yidi.db"), PASS).unwrap();
    let e = consent::device_key(&mut state, Some(&junk), now(), Lang::ZhCn).unwrap_err();
    assert!(e.message.contains("device.key"), "{}", e.message);
    assert!(junk.exists());
}

#[test]
fn old_records_verify_after_a_passphrase_change() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("yidi.db");
    let mut state = open(&db, PASS).unwrap();
    let record = serde_json::to_string(&consent::sign(&request(), AT, &mut state, None, now(), Lang::ZhCn).unwrap()).unwrap();
    let before = consent::device_public_key(&mut state, now(), Lang::ZhCn).unwrap();
    let code = {
        let store = state.store(now(), Lang::ZhCn).unwrap();
        cases::change_passphrase(store, &json!({"passphrase": "新的口令 2027"}), KdfParams::INSECURE_FOR_TESTS, &NoKeyring, Lang::ZhCn)
            .unwrap()
            .recovery_code
    };
    drop(state);
    assert_eq!(open(&db, PASS).err().unwrap().code, "wrong_passphrase", "the old passphrase opens nothing");

    let mut state = open(&db, "新的口令 2027").unwrap();
    let after = consent::device_key(&mut state, None, now(), Lang::ZhCn).unwrap();
    assert_eq!(after.public_hex(), before, "the same key after the change");
    assert!(consent::verify_with(&record, Some(&after.public_hex()), Lang::ZhCn).unwrap().valid, "the old record verifies");
    drop(state);

    // Forgotten passphrase: the recovery code sets another one; still the same key.
    let mut state = CaseState::new();
    state
        .recover(&db, &json!({"recovery_code": code, "passphrase": "第三个口令"}), &NoKeyring, KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn)
        .unwrap();
    assert_eq!(consent::device_public_key(&mut state, now(), Lang::ZhCn), Some(before.clone()));
    let signed = consent::sign(&request(), AT, &mut state, None, now(), Lang::ZhCn).unwrap();
    assert_eq!(signed.seal.public_key, before, "new records are sealed by the same key after a recovery");
}

#[test]
fn desk_mode_signs_with_a_key_that_is_wiped_with_the_client() {
    let dir = tempfile::tempdir().unwrap();
    let legacy = dir.path().join("keys/device.key");
    let personal = DeviceKey::from_seed([0x11; 32]);
    key::write_legacy_for_tests(&legacy, &personal).unwrap();
    let mut state = CaseState::new();
    state.start_desk(&dir.path().join("tmp"), now(), None, Lang::ZhCn).unwrap();
    let first = consent::sign(&request(), AT, &mut state, Some(&legacy), now(), Lang::ZhCn).unwrap();
    assert_ne!(first.seal.public_key, personal.public_hex(), "the desk never signs with a plaintext file's key");
    assert!(legacy.exists(), "and never migrates (or removes) the personal key file");
    assert_eq!(consent::device_public_key(&mut state, now(), Lang::ZhCn), Some(first.seal.public_key.clone()));
    state.next_client(now(), Lang::ZhCn).unwrap();
    assert_eq!(consent::device_public_key(&mut state, now(), Lang::ZhCn), None, "the client's key left with the client");
    let second = consent::sign(&request(), AT, &mut state, None, now(), Lang::ZhCn).unwrap();
    assert_ne!(second.seal.public_key, first.seal.public_key, "each client's records are sealed by a key of their own");
}
