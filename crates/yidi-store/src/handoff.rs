//! Hand-off: a case leaves one device as a file or a QR code and arrives on another.
//!
//! **The file** (`.yidicase`, JSON) carries the person and the whole case. It is encrypted by
//! default — Argon2id from a passphrase the sender chooses and tells the receiver by other means,
//! then XChaCha20-Poly1305 — because it holds ID numbers, phone numbers and signatures and travels
//! on USB sticks, in e-mail and in chat apps, where a lost copy must stay unreadable. A plain file
//! is written only when asked for by name (`plain`), for a person's own archive or to read it.
//!
//! **The QR code** carries only what pre-fills the interview on another device: the relation, the
//! filing's typed metadata and the `answers` document — never an ID number or phone number, and
//! the insured person's name only when they opt in. The answers are scrubbed of every string that
//! holds a known personal value or looks like an ID or mobile number.

use std::{fs, io::Write, path::Path};

use base64::{engine::general_purpose::STANDARD as B64, Engine as _};
use qrcode::{EcLevel, QrCode};
use serde_json::{json, Map, Value};
use yidi_domain::{input::Object, FieldError, WireNames};

use crate::{
    crypto::{self, KdfParams},
    error::{Result, StoreError},
    model::{case_to_json, CaseInput, Identity, PersonInput, Relation},
    store::{put_case, put_person, CaseWrite, DbResult, Store},
};

pub const EXPORT_FORMAT: &str = "yidi-case";
pub const EXPORT_VERSION: i64 = 1;
pub const PREFILL_FORMAT: &str = "yidi-prefill";
pub const PREFILL_VERSION: i64 = 1;
const SEALED_SCHEME: &str = "argon2id+xchacha20poly1305";
const EXPORT_AAD: &str = "yidi-case/1";
/// The documents a QR code carries.
pub const PREFILL_KINDS: &[&str] = &["answers"];
/// A version-40 QR code at error-correction level M holds 2331 bytes; M survives a crease or a
/// smudge on a printed page, which level L would not.
pub const QR_MAX_BYTES: usize = 2331;

/// How to export.
#[derive(Debug, Clone, Copy)]
pub enum Protection<'a> {
    /// Sealed with this passphrase (advised).
    Passphrase(&'a str, KdfParams),
    /// Written in clear, because the user chose so.
    Plain,
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ImportAction {
    Created,
    Updated,
    /// The device already had this revision or a newer one; nothing was changed.
    KeptLocal,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ImportOutcome {
    pub person_uid: String,
    pub person: ImportAction,
    pub case_uid: String,
    pub case: ImportAction,
}

fn not_export(detail: impl Into<String>) -> StoreError {
    StoreError::NotAnExport { detail: detail.into() }
}

/// Writes `bytes` to `path` so that a crash leaves the old file or the new one: a temporary file
/// beside it, flushed to disk, then renamed over it.
pub fn write_file_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let mut tmp_name = path.file_name().map(|n| n.to_os_string()).unwrap_or_default();
    tmp_name.push(".part");
    let tmp = path.with_file_name(tmp_name);
    let write = || -> std::io::Result<()> {
        let mut file = crate::private::create_file(&tmp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&tmp, path)
    };
    write().map_err(|e| {
        let _ = fs::remove_file(&tmp);
        StoreError::from_io(path, &e)
    })
}

impl Store {
    /// The export file's bytes for one case.
    pub fn export_case(&self, case_uid: &str, protection: Protection<'_>) -> Result<Vec<u8>> {
        let case = self.load_case(case_uid)?;
        let person = self.person(&case.person_uid)?;
        let identity = self.identity_of(&person)?;
        let mut person_json = json!({"uid": person.uid, "relation": person.relation.wire_name()});
        if let Some(label) = &person.label {
            person_json["label"] = Value::from(label.clone());
        }
        if let Some(identity) = &identity {
            person_json["identity"] = serde_json::to_value(identity).map_err(|e| not_export(e.to_string()))?;
        }
        // Their facts (insured region, scheme, hospital…) travel with them, so the receiving
        // device does not ask them again.
        if let Some(facts) = &person.facts {
            person_json["facts"] = facts.clone();
        }
        let mut case_json = case_to_json(&case.meta, &case.documents);
        case_json["uid"] = Value::from(case.uid.clone());
        case_json["revision"] = Value::from(case.revision);
        let content = json!({"person": person_json, "case": case_json});
        let file = match protection {
            Protection::Plain => {
                json!({"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "encryption": "none", "content": content})
            }
            Protection::Passphrase(passphrase, kdf) => {
                if passphrase.is_empty() {
                    return Err(FieldError::missing("passphrase").into());
                }
                let plain = zeroize::Zeroizing::new(serde_json::to_vec(&content).map_err(|e| not_export(e.to_string()))?);
                let (salt, sealed) = crypto::seal_with_passphrase(passphrase, kdf, EXPORT_AAD, &plain)?;
                json!({"format": EXPORT_FORMAT, "version": EXPORT_VERSION, "encryption": SEALED_SCHEME,
                    "kdf": {"m_cost": kdf.m_cost, "t_cost": kdf.t_cost, "p_cost": kdf.p_cost},
                    "salt": B64.encode(salt), "sealed": B64.encode(sealed)})
            }
        };
        serde_json::to_vec_pretty(&file).map_err(|e| not_export(e.to_string()))
    }

    /// Imports an export file. The person is matched by id (kept as the device has them, or
    /// created); the case is created, replaced by a newer revision, or kept when the device's is
    /// as new or newer. One transaction for both: a failure or a wrong passphrase changes nothing.
    pub fn import_case(&mut self, bytes: &[u8], passphrase: Option<&str>, at: &str) -> Result<ImportOutcome> {
        let content = read_export(bytes, passphrase)?;
        let o = Object::new("", &content)?;
        o.deny_unknown(&["person", "case"])?;
        let person_value = o.opt_value("person").ok_or_else(|| FieldError::missing("person"))?;
        let case_value = o.opt_value("case").ok_or_else(|| FieldError::missing("case"))?;
        let po = Object::new("person", person_value)?;
        let person_uid = check_uid(&po.path("uid"), po.str("uid")?)?;
        let mut person_input = PersonInput::from_json("person", person_value, &["uid", "facts"])?;
        let facts = po.opt_value("facts");
        if let Some(f) = facts {
            crate::model::check_facts(&po.path("facts"), f)?;
        }
        let co = Object::new("case", case_value)?;
        let case_uid = check_uid(&co.path("uid"), co.str("uid")?)?;
        let revision = co.int("revision", 1, i64::MAX)?;
        let case_input = CaseInput::from_json("case", case_value, &["uid", "revision"])?;

        // Decide, seal, then write the person and the case in one transaction: a failure (a
        // full disk) leaves the device as it was.
        // Facts arrive with a new person, or fill a local person who has none; a local person's
        // own facts are kept, as the person is.
        let adopt_facts;
        let sealed_person = match self.person(&person_uid) {
            Ok(local) => {
                adopt_facts = local.facts.is_none();
                None
            }
            Err(StoreError::PersonNotFound(_)) => {
                if person_input.relation == Relation::Myself && self.people()?.iter().any(|p| p.relation == Relation::Myself) {
                    // Someone else's "self" on this device: keep their identity as their own.
                    person_input.relation = Relation::Other;
                }
                adopt_facts = true;
                Some(self.seal_person(&person_uid, &person_input, at)?)
            }
            Err(e) => return Err(e),
        };
        let sealed_facts = match facts.filter(|_| adopt_facts) {
            Some(f) => Some(self.seal_json(&format!("people/{person_uid}/facts"), f)?),
            None => None,
        };
        let local = match self.load_case(&case_uid) {
            Ok(case) => Some(case.revision),
            Err(StoreError::CaseNotFound(_)) => None,
            Err(e) => return Err(e),
        };
        let write_case = local.is_none_or(|l| l < revision);
        let sealed_docs = if write_case { self.seal_documents(&case_uid, &case_input.documents)? } else { Vec::new() };
        let path = self.path.clone();
        let tx = self.conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate).db(&path)?;
        if let Some(sealed) = &sealed_person {
            put_person(&tx, &path, sealed, at, true)?;
        }
        if let Some(sealed) = &sealed_facts {
            tx.execute("UPDATE people SET facts = ?2 WHERE uid = ?1", rusqlite::params![person_uid, sealed]).db(&path)?;
        }
        if write_case {
            // A case moves with its person: the imported person, not whoever held it locally.
            let row = CaseWrite {
                uid: &case_uid,
                person_uid: &person_uid,
                revision,
                expected_current: local,
                meta: &case_input.meta,
                documents: &sealed_docs,
                at,
            };
            put_case(&tx, &path, row)?;
        }
        tx.commit().db(&path)?;
        let person_action = if sealed_person.is_some() { ImportAction::Created } else { ImportAction::KeptLocal };
        let case_action = match (local, write_case) {
            (_, false) => ImportAction::KeptLocal,
            (Some(_), true) => ImportAction::Updated,
            (None, true) => ImportAction::Created,
        };
        Ok(ImportOutcome { person_uid, person: person_action, case_uid, case: case_action })
    }

    /// The pre-fill text for a QR code: no ID or phone numbers; the name only with `include_name`.
    pub fn prefill_text(&self, case_uid: &str, include_name: bool) -> Result<String> {
        let case = self.load_case(case_uid)?;
        let person = self.person(&case.person_uid)?;
        let identity = self.identity_of(&person)?;
        let mut secrets: Vec<String> = Vec::new();
        if let Some(i) = &identity {
            secrets.extend(i.secrets(!include_name));
        }
        if let Some(owner) = self.owner()? {
            secrets.extend(owner.secrets(true));
        }
        secrets.retain(|s| !s.trim().is_empty());
        let mut documents = case.documents.clone();
        documents.retain(|kind, _| PREFILL_KINDS.contains(&kind.as_str()));
        for doc in documents.values_mut() {
            scrub(&mut doc.body, &secrets);
        }
        let mut meta = case.meta.clone();
        meta.by_proxy = false;
        let mut case_json = case_to_json(&meta, &documents);
        if let Value::Object(map) = &mut case_json {
            map.remove("by_proxy");
            map.remove("notify_days");
        }
        let mut payload = json!({"format": PREFILL_FORMAT, "version": PREFILL_VERSION,
            "relation": person.relation.wire_name(), "case": case_json});
        if include_name {
            if let Some(i) = identity.filter(|i| !i.name.is_empty()) {
                payload["name"] = Value::from(i.name.clone());
            }
        }
        serde_json::to_string(&payload).map_err(|e| not_export(e.to_string()))
    }

    /// Creates a new person and case from a scanned pre-fill text.
    pub fn import_prefill(&mut self, text: &str, at: &str) -> Result<ImportOutcome> {
        let prefill = parse_prefill(text)?;
        let mut relation = prefill.relation;
        if relation == Relation::Myself && self.people()?.iter().any(|p| p.relation == Relation::Myself) {
            relation = Relation::Other;
        }
        let identity = prefill.name.map(|name| Identity { name, id_number: None, phone: None, signature: None });
        // "self" on the receiving device with a name would overwrite its owner: keep it separate.
        if relation == Relation::Myself && identity.is_some() {
            relation = Relation::Other;
        }
        let person = self.add_person(&PersonInput { relation, label: None, identity }, at)?;
        let case = self.save_case(None, &person.uid, None, &prefill.case, at)?;
        Ok(ImportOutcome {
            person_uid: person.uid,
            person: ImportAction::Created,
            case_uid: case.uid,
            case: ImportAction::Created,
        })
    }
}

fn check_uid(field: &str, uid: &str) -> Result<String> {
    Ok(crate::model::check_uid(field, uid)?)
}

/// The content of an export file, opened.
fn read_export(bytes: &[u8], passphrase: Option<&str>) -> Result<Value> {
    let file: Value = serde_json::from_slice(bytes).map_err(|e| not_export(e.to_string()))?;
    let o = Object::new("file", &file)?;
    if o.opt_str("format")? != Some(EXPORT_FORMAT) {
        return Err(not_export("format"));
    }
    let version = o.int("version", 1, i64::MAX)?;
    if version > EXPORT_VERSION {
        return Err(StoreError::TooNew { found: version, supported: EXPORT_VERSION });
    }
    match o.str("encryption")? {
        "none" => {
            o.deny_unknown(&["format", "version", "encryption", "content"])?;
            o.opt_value("content").cloned().ok_or_else(|| FieldError::missing(o.path("content")).into())
        }
        SEALED_SCHEME => {
            o.deny_unknown(&["format", "version", "encryption", "kdf", "salt", "sealed"])?;
            let kdf_path = o.path("kdf");
            let kdf_value = o.opt_value("kdf").ok_or_else(|| FieldError::missing(&kdf_path))?;
            let k = Object::new(&kdf_path, kdf_value)?;
            k.deny_unknown(&["m_cost", "t_cost", "p_cost"])?;
            let cost = |key: &str| -> Result<u32> { Ok(u32::try_from(k.int(key, 1, i64::from(u32::MAX))?).unwrap_or(u32::MAX)) };
            // Bounds keep a crafted file from asking for gigabytes of memory or hours of work.
            let kdf = KdfParams { m_cost: cost("m_cost")?, t_cost: cost("t_cost")?, p_cost: cost("p_cost")? };
            kdf.check(&kdf_path)?;
            let salt = B64.decode(o.str("salt")?).map_err(|_| FieldError::wrong_type(o.path("salt"), "base64"))?;
            let sealed = B64.decode(o.str("sealed")?).map_err(|_| FieldError::wrong_type(o.path("sealed"), "base64"))?;
            // The sender's passphrase for this file, not the store's: the errors say so.
            let passphrase = passphrase.filter(|p| !p.is_empty()).ok_or(StoreError::ExportNeedsPassphrase)?;
            let plain = crypto::open_with_passphrase(passphrase, kdf, &salt, EXPORT_AAD, &sealed).map_err(|e| match e {
                StoreError::WrongPassphrase => StoreError::ExportWrongPassphrase,
                other => other,
            })?;
            serde_json::from_slice(&plain).map_err(|e| not_export(e.to_string()))
        }
        other => Err(FieldError::not_one_of(o.path("encryption"), other, &["none", SEALED_SCHEME]).into()),
    }
}

/// Removes from `value` every string (or number) that holds a personal value or looks like an ID
/// or mobile number; objects lose the key, lists the item. Both sides are compared in a normal
/// form (see [`normalize`]), so `+86-138-0013-8000`, `１３８…` and `王 秀 英` are caught too.
fn scrub(value: &mut Value, secrets: &[String]) {
    let secrets: Vec<String> = secrets.iter().map(|s| normalize(s)).filter(|s| !s.is_empty()).collect();
    scrub_normalized(value, &secrets);
}

fn scrub_normalized(value: &mut Value, secrets: &[String]) {
    let bad_text = |s: &str| {
        let n = normalize(s);
        secrets.iter().any(|secret| n.contains(secret.as_str())) || looks_personal(s)
    };
    match value {
        Value::Object(map) => {
            let keys: Vec<String> = map.keys().cloned().collect();
            for key in keys {
                let remove = match map.get_mut(&key) {
                    Some(Value::String(s)) => bad_text(s),
                    Some(Value::Number(n)) => looks_personal(&n.to_string()),
                    Some(v) => {
                        scrub_normalized(v, secrets);
                        false
                    }
                    None => false,
                };
                if remove || bad_text(&key) {
                    map.remove(&key);
                }
            }
        }
        Value::Array(items) => {
            items.retain(|item| match item {
                Value::String(s) => !bad_text(s),
                Value::Number(n) => !looks_personal(&n.to_string()),
                _ => true,
            });
            for item in items {
                scrub_normalized(item, secrets);
            }
        }
        _ => {}
    }
}

/// Characters people put between the digits of a number or the characters of a name: spaces of
/// every width, dashes and dots of every kind, brackets, slashes, the middle dot.
fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '－' | '‐' | '‑' | '‒' | '–' | '—' | '―' | '.' | '．' | '。' | '·' | '・' | '(' | ')' | '（' | '）' | '/' | '_' | '+' | '＋'
        )
}

/// The text with separators removed, full-width letters and digits read as ASCII and `x` as
/// `X`: the form in which secrets and payload strings are compared.
pub(crate) fn normalize(text: &str) -> String {
    text.chars()
        .filter(|c| !is_separator(*c))
        .map(|c| match c {
            '０'..='９' | 'Ａ'..='Ｚ' | 'ａ'..='ｚ' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            c => c,
        })
        .map(|c| if c == 'x' { 'X' } else { c })
        .collect()
}

/// Whether `text` holds something that looks like an ID or mobile number:
/// - a run of 15 or more digits (an ID number, 15- or 18-digit, possibly ending in X), or 11
///   digits starting with 1 (a mainland mobile number), written without separators;
/// - digit groups joined by single separators (`138 0013 8000`, `+86-138-0013-8000`,
///   `110105.1949.1231.002X`) whose consecutive groups make a mobile number (11 digits `1[3-9]…`,
///   or 13 digits `861[3-9]…`) or an ID number that passes GB 11643's checks — checked rather than
///   guessed, so two dates side by side are not taken for one.
///
/// Full-width digits are read as digits.
fn looks_personal(text: &str) -> bool {
    let chars: Vec<char> = text.chars().map(yidi_consent::identity::ascii_digit).map(|c| if c == 'x' || c == 'Ｘ' { 'X' } else { c }).collect();
    // Plain runs.
    let mut run = 0usize;
    let mut run_text = String::new();
    for c in chars.iter().copied().chain(std::iter::once('|')) {
        if c.is_ascii_digit() || (c == 'X' && run == 17) {
            run += 1;
            run_text.push(c);
        } else {
            if run >= 15 || (run == 11 && run_text.starts_with('1')) {
                return true;
            }
            run = 0;
            run_text.clear();
        }
    }
    // Chains of groups joined by one separator each.
    let mut chains: Vec<Vec<String>> = vec![Vec::new()];
    let mut group = String::new();
    let mut i = 0;
    while i <= chars.len() {
        let c = chars.get(i).copied().unwrap_or('|');
        if c.is_ascii_digit() || (c == 'X' && !group.is_empty()) {
            group.push(c);
        } else {
            if !group.is_empty() {
                if let Some(chain) = chains.last_mut() {
                    chain.push(std::mem::take(&mut group));
                }
            }
            let joins = is_separator(c) && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !joins {
                chains.push(Vec::new());
            }
        }
        i += 1;
    }
    chains.iter().any(|chain| {
        (0..chain.len()).any(|a| {
            let mut joined = String::new();
            chain[a..].iter().any(|g| {
                joined.push_str(g);
                is_number_of_a_person(&joined)
            })
        })
    })
}

fn is_number_of_a_person(digits: &str) -> bool {
    let mobile = |d: &str| d.len() == 11 && d.starts_with('1') && matches!(d.as_bytes()[1], b'3'..=b'9') && d.bytes().all(|b| b.is_ascii_digit());
    mobile(digits)
        || digits.strip_prefix("86").is_some_and(mobile)
        || ((digits.len() == 18 || digits.len() == 15)
            && yidi_consent::identity::parse_id_number("x", digits, yidi_domain::NaiveDate::MAX).is_ok())
}

/// A scanned pre-fill, validated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefill {
    pub relation: Relation,
    pub name: Option<String>,
    pub case: CaseInput,
}

pub fn parse_prefill(text: &str) -> Result<Prefill> {
    let value: Value = serde_json::from_str(text.trim()).map_err(|e| not_export(e.to_string()))?;
    let o = Object::new("prefill", &value)?;
    if o.opt_str("format")? != Some(PREFILL_FORMAT) {
        return Err(not_export("format"));
    }
    let version = o.int("version", 1, i64::MAX)?;
    if version > PREFILL_VERSION {
        return Err(StoreError::TooNew { found: version, supported: PREFILL_VERSION });
    }
    o.deny_unknown(&["format", "version", "relation", "name", "case"])?;
    let relation = o.choice::<Relation>("relation")?;
    let name = o
        .opt_str("name")?
        .map(|s| yidi_consent::identity::check_name(&o.path("name"), s))
        .transpose()?
        .filter(|n| !n.is_empty());
    let case_value = o.opt_value("case").cloned().unwrap_or(Value::Object(Map::new()));
    let case = CaseInput::from_json(&o.path("case"), &case_value, &[])?;
    if let Some(kind) = case.documents.keys().find(|k| !PREFILL_KINDS.contains(&k.as_str())) {
        return Err(FieldError::unknown_field(format!("prefill.case.documents.{kind}")).into());
    }
    Ok(Prefill { relation, name, case })
}

pub(crate) fn qr_code(text: &str) -> Result<QrCode> {
    QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|_| StoreError::QrTooLarge { bytes: text.len(), max: QR_MAX_BYTES })
}

/// The QR code of `text` as an SVG document, dark on white with the quiet zone.
pub fn qr_svg(text: &str) -> Result<String> {
    let code = qr_code(text)?;
    Ok(code
        .render::<qrcode::render::svg::Color<'_>>()
        .min_dimensions(320, 320)
        .dark_color(qrcode::render::svg::Color("#000000"))
        .light_color(qrcode::render::svg::Color("#ffffff"))
        .build())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// An import that meets a full disk leaves the device as it was: not even the person.
    #[test]
    fn an_import_is_all_or_nothing() {
        use crate::{model::CaseInput, CreateOptions, NoKeyring};
        let mut from = Store::in_memory().unwrap();
        let input = PersonInput::from_json("person", &json!({"relation": "father", "identity": {"name": "李建国"}}), &[]).unwrap();
        let person = from.add_person(&input, "t").unwrap();
        let big = json!({"documents": {"scan": {"schema": "scan", "version": 1, "body": "影".repeat(100_000)}}});
        let case = from.save_case(None, &person.uid, None, &CaseInput::from_json("case", &big, &[]).unwrap(), "t").unwrap();
        let file = from.export_case(&case.uid, Protection::Plain).unwrap();

        let dir = tempfile::tempdir().unwrap();
        let options = CreateOptions { passphrase: Some("pw"), kdf: KdfParams::INSECURE_FOR_TESTS, keystore: &NoKeyring };
        let mut to = Store::create(&dir.path().join("yidi.db"), options).unwrap();
        let pages: i64 = to.conn.query_row("PRAGMA page_count", [], |r| r.get(0)).unwrap();
        let _: i64 = to.conn.query_row(&format!("PRAGMA max_page_count = {}", pages + 4), [], |r| r.get(0)).unwrap();
        assert_eq!(to.import_case(&file, None, "t").unwrap_err().code(), "disk_full");
        assert!(to.people().unwrap().is_empty(), "the person must not arrive without the case");
        let _: i64 = to.conn.query_row("PRAGMA max_page_count = 1073741823", [], |r| r.get(0)).unwrap();
        let outcome = to.import_case(&file, None, "t").unwrap();
        assert_eq!((outcome.person, outcome.case), (ImportAction::Created, ImportAction::Created), "with room, it arrives whole");
    }

    /// The daughter set up her mother once on the laptop; the phone that imports the case must
    /// not ask the insured region, scheme and hospital again (issue 10: nothing typed twice).
    #[test]
    fn a_persons_facts_travel_with_the_export_and_local_facts_are_kept() {
        let mut from = Store::in_memory().unwrap();
        let input = PersonInput::from_json("person", &json!({"relation": "mother", "identity": {"name": "王秀英"}}), &[]).unwrap();
        let mother = from.add_person(&input, "t").unwrap();
        let facts = json!({"insuredRegion": "110000", "scheme": "employee", "workStatus": "retired",
            "hospital": {"code": "H42010600001", "networked": "unknown"}});
        from.set_facts(&mother.uid, Some(&facts), "t").unwrap();
        let case = from.save_case(None, &mother.uid, None, &CaseInput::from_json("case", &json!({}), &[]).unwrap(), "t").unwrap();
        let file = from.export_case(&case.uid, Protection::Passphrase("传给手机", KdfParams::INSECURE_FOR_TESTS)).unwrap();

        let mut to = Store::in_memory().unwrap();
        to.import_case(&file, Some("传给手机"), "t").unwrap();
        assert_eq!(to.person(&mother.uid).unwrap().facts, Some(facts.clone()), "a new person arrives with their facts");

        // A device that already holds her with facts of its own keeps them (the device's person wins).
        let mine = json!({"insuredRegion": "110000", "scheme": "resident"});
        to.set_facts(&mother.uid, Some(&mine), "t").unwrap();
        to.import_case(&file, Some("传给手机"), "t").unwrap();
        assert_eq!(to.person(&mother.uid).unwrap().facts, Some(mine), "local facts are not overwritten by an import");

        // A local person without facts takes the imported ones.
        to.set_facts(&mother.uid, None, "t").unwrap();
        to.import_case(&file, Some("传给手机"), "t").unwrap();
        assert_eq!(to.person(&mother.uid).unwrap().facts, Some(facts), "a local person without facts is filled in");

        // Facts that are not an object are refused, naming the field.
        let mut plain: Value = serde_json::from_slice(&from.export_case(&case.uid, Protection::Plain).unwrap()).unwrap();
        plain["content"]["person"]["facts"] = json!(["not", "facts"]);
        let e = Store::in_memory().unwrap().import_case(&serde_json::to_vec(&plain).unwrap(), None, "t").unwrap_err();
        assert!(e.to_string().contains("facts") || format!("{e:?}").contains("person.facts"), "names the field: {e:?}");
    }

    #[test]
    fn personal_looking_strings_are_spotted() {
        assert!(looks_personal("身份证 11010519491231002X"), "an 18-character ID number");
        assert!(looks_personal("138 0013 8000"), "a mobile number with spaces");
        assert!(looks_personal("110105491231002"), "a 15-digit old ID number");
        assert!(!looks_personal("2026-03-15"), "a date is not personal");
        assert!(!looks_personal("420115"), "a region code is not personal");
        assert!(!looks_personal("12345.67"), "an amount is not personal");
    }

    #[test]
    fn qr_scrubbing_catches_grouped_full_width_and_spaced_forms() {
        assert!(looks_personal("+86-138-0013-8000"), "a mobile number with +86 and dashes");
        assert!(looks_personal("138 0013 8000"), "a mobile number in groups");
        assert!(looks_personal("电话１３８００１３８０００"), "full-width digits");
        assert!(looks_personal("110105.1949.1231.002X"), "an ID number grouped with dots (passes GB 11643)");
        assert!(!looks_personal("2026-03-15 2026-08-31"), "two dates side by side are not one number");
        assert!(!looks_personal("住院 3 天，自付 1200.50 元"), "small numbers are not personal");
        // The name is not opted in: 王 秀 英 with spaces is the same name.
        let mut v = json!({"note": "王 秀 英的病历", "who": "Wang", "tel": "１３８ ００１３ ８０００",
            "other": "call +86-138-0013-8000", "keep": "复旦大学附属中山医院"});
        scrub(&mut v, &["王秀英".to_string(), "13800138000".to_string()]);
        assert_eq!(v, json!({"who": "Wang", "keep": "复旦大学附属中山医院"}));
    }

    #[test]
    fn scrubbing_removes_secrets_at_any_depth() {
        let mut v = json!({"q_hospital": "同济医院", "q_contact": {"phone": "my number is 13800138000"},
            "notes": ["王秀英的女儿代办", "住院"], "id": 110105194912310020u64});
        scrub(&mut v, &["王秀英".to_string()]);
        assert_eq!(v, json!({"q_hospital": "同济医院", "q_contact": {}, "notes": ["住院"]}));
    }

    /// Renders the code to pixels and reads it back with an independent decoder (rqrr).
    fn decode(text: &str) -> String {
        let code = qr_code(text).unwrap();
        let (w, colors) = (code.width(), code.to_colors());
        let (scale, quiet) = (4usize, 4usize);
        let size = (w + 2 * quiet) * scale;
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(size, size, |x, y| {
            let (mx, my) = ((x / scale).wrapping_sub(quiet), (y / scale).wrapping_sub(quiet));
            if mx < w && my < w && colors[my * w + mx] == qrcode::Color::Dark { 0 } else { 255 }
        });
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code in the picture");
        grids[0].decode().unwrap().1
    }

    #[test]
    fn the_qr_code_carries_the_text_and_too_much_is_refused() {
        let text = r#"{"format":"yidi-prefill","version":1,"relation":"mother","case":{"destination":"310104"}}"#;
        assert_eq!(decode(text), text);
        let svg = qr_svg(text).unwrap();
        assert!(svg.starts_with("<?xml") && svg.contains("<svg"), "an SVG document");
        let long = "x".repeat(QR_MAX_BYTES + 1);
        assert_eq!(qr_svg(&long).unwrap_err().code(), "qr_too_large");
        assert!(qr_svg(&"x".repeat(QR_MAX_BYTES)).is_ok(), "2331 bytes fit at level M");
    }
}
