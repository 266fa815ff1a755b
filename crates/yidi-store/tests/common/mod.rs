//! Shared by the integration tests: a store with a family in it, and a byte scanner.
#![allow(dead_code, clippy::unwrap_used)]

use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use yidi_store::{CaseInput, CreateOptions, Identity, KdfParams, NoKeyring, PersonInput, Store, Unlock};

pub const PASS: &str = "correct horse 电池 staple";
pub const AT: &str = "2026-03-01T09:00:00";

pub fn create(path: &Path) -> Store {
    Store::create(path, CreateOptions { passphrase: Some(PASS), kdf: KdfParams::INSECURE_FOR_TESTS, keystore: &NoKeyring })
        .expect("a new store in a writable folder")
}

pub fn open(path: &Path) -> Store {
    Store::open(path, Unlock { passphrase: Some(PASS), keystore: &NoKeyring }).expect("the store opens with its passphrase")
}

pub fn person(relation: &str, label: &str, identity: Value) -> PersonInput {
    PersonInput::from_json("person", &json!({"relation": relation, "label": label, "identity": identity}), &[])
        .expect("a valid person")
}

pub fn identity(name: &str, id: &str, phone: &str) -> Value {
    json!({"name": name, "id_number": id, "phone": phone})
}

pub fn case(value: Value) -> CaseInput {
    CaseInput::from_json("case", &value, &[]).expect("a valid case")
}

/// A temporary filing with answers that quote the person, as the interview would.
pub fn mother_case(name: &str) -> Value {
    json!({
        "category": "other_temporary", "insured_region": "420115", "destination": "310104",
        "validity_start": "2026-03-01", "validity_end": "2026-08-31", "change_from": "2026-04-30",
        "notify_days": 30, "by_proxy": true,
        "documents": {
            "answers": {"schema": "interview", "version": 1, "body": {
                "stage": "before_travel", "hospital": "复旦大学附属中山医院", "note": format!("{name}住院前备案")}},
            "estimate": {"schema": "estimate", "version": 2, "body": {"total": "32000.00", "pay": "9120.50"}},
            "consent": {"schema": "consent", "version": 1, "body": {"signed_by": name, "signature": "data:image/png;base64,iVBORw0KGgo="}}
        }
    })
}

pub fn identity_of(store: &Store, uid: &str) -> Option<Identity> {
    let person = store.person(uid).ok()?;
    store.identity_of(&person).ok().flatten()
}

/// Every file under `root`, recursively.
pub fn files_under(root: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let Ok(entries) = std::fs::read_dir(root) else { return out };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            out.extend(files_under(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// The encodings a personal string may take in a file: UTF-8, UTF-16 either way (PDF text
/// strings are UTF-16BE, Windows tools write UTF-16LE).
pub fn encodings(text: &str) -> Vec<Vec<u8>> {
    let utf16: Vec<u16> = text.encode_utf16().collect();
    vec![
        text.as_bytes().to_vec(),
        utf16.iter().flat_map(|u| u.to_le_bytes()).collect(),
        utf16.iter().flat_map(|u| u.to_be_bytes()).collect(),
    ]
}

/// The files under the roots whose bytes hold any needle in any encoding, with the needle.
pub fn find_bytes(roots: &[&Path], needles: &[&str]) -> Vec<(PathBuf, String)> {
    let mut hits = Vec::new();
    for root in roots {
        for file in files_under(root) {
            let bytes = std::fs::read(&file).unwrap_or_default();
            for needle in needles {
                if encodings(needle).iter().any(|n| bytes.windows(n.len()).any(|w| w == n.as_slice())) {
                    hits.push((file.clone(), needle.to_string()));
                }
            }
        }
    }
    hits
}
