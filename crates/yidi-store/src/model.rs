//! People and cases as the store keeps them, and how they are read from loose JSON.
//!
//! A case is one insured person's situation. What the other features produce — interview answers,
//! the plan, the destination hospital, estimates, signed records — is kept as versioned opaque
//! JSON documents (`kind` → `{schema, version, body}`): this crate does not interpret them, so the
//! producers can change their formats without a store migration. What the store itself needs to
//! act on (the filing category, the regions, the validity window, the last day a change is allowed)
//! is typed metadata beside them.
//!
//! Loose input uses snake_case keys, like every case file in Yidi, and every error names its
//! field by path (`case.validity_end`, `person.identity.id_number`).

use std::collections::BTreeMap;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use yidi_domain::{input::Object, FieldError, FilingCategory, Labelled, WireNames};
use zeroize::{Zeroize, ZeroizeOnDrop};

/// Who the insured person is to the device's user.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    /// 本人 — the device user; their identity is the owner identity, kept once.
    #[serde(rename = "self")]
    Myself,
    /// 母亲
    Mother,
    /// 父亲
    Father,
    /// 配偶
    Spouse,
    /// 子女
    Child,
    /// 其他亲属或委托人
    Other,
}

impl WireNames for Relation {
    const ALL: &'static [Self] =
        &[Relation::Myself, Relation::Mother, Relation::Father, Relation::Spouse, Relation::Child, Relation::Other];
    fn wire_name(&self) -> &'static str {
        match self {
            Relation::Myself => "self",
            Relation::Mother => "mother",
            Relation::Father => "father",
            Relation::Spouse => "spouse",
            Relation::Child => "child",
            Relation::Other => "other",
        }
    }
}

impl Labelled for Relation {
    fn label_id(&self) -> &'static str {
        match self {
            Relation::Myself => "case-relation-self",
            Relation::Mother => "case-relation-mother",
            Relation::Father => "case-relation-father",
            Relation::Spouse => "case-relation-spouse",
            Relation::Child => "case-relation-child",
            Relation::Other => "case-relation-other",
        }
    }
}

/// The personal fields of one person. Encrypted at rest; zeroed in memory when dropped.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize, Zeroize, ZeroizeOnDrop)]
#[serde(deny_unknown_fields)]
pub struct Identity {
    /// 姓名
    pub name: String,
    /// 公民身份号码 (GB 11643), upper-case X.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
    /// 联系电话
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// A handwritten signature as the consent feature captured it (a data: URL or SVG path data).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub signature: Option<String>,
}

pub const MAX_NAME_CHARS: usize = 50;
pub const MAX_LABEL_CHARS: usize = 30;
pub const MAX_SIGNATURE_BYTES: usize = 512 * 1024;
pub const MAX_DOCUMENT_BYTES: usize = 1024 * 1024;
pub const MAX_NOTIFY_DAYS: i64 = 365;
/// Warn this many days before a date unless the case says otherwise.
pub const DEFAULT_NOTIFY_DAYS: u16 = 30;

fn too_long(field: String, max: usize) -> FieldError {
    FieldError::custom(field, "case-err-too-long", vec![("max", max.to_string())])
}

impl Identity {
    /// Reads `{name, id_number?, phone?, signature?}` at `path`.
    pub fn from_json(path: &str, value: &Value) -> Result<Identity, FieldError> {
        let o = Object::new(path, value)?;
        o.deny_unknown(&["name", "id_number", "phone", "signature"])?;
        let name = yidi_consent::identity::check_name(&o.path("name"), o.str("name")?)?;
        let id_number = o.opt_str("id_number")?.map(|s| check_id_number(&o.path("id_number"), s)).transpose()?;
        let phone = o.opt_str("phone")?.map(|s| check_phone(&o.path("phone"), s)).transpose()?;
        let signature = o.opt_str("signature")?.map(str::to_string);
        if signature.as_ref().is_some_and(|s| s.len() > MAX_SIGNATURE_BYTES) {
            return Err(too_long(o.path("signature"), MAX_SIGNATURE_BYTES));
        }
        Ok(Identity { name, id_number, phone, signature })
    }

    /// Every personal string of this identity, for scrubbing them out of a QR payload.
    pub(crate) fn secrets(&self, with_name: bool) -> Vec<String> {
        let mut out: Vec<String> = self.id_number.iter().chain(self.phone.iter()).cloned().collect();
        if with_name && !self.name.is_empty() {
            out.push(self.name.clone());
        }
        out
    }
}

/// An ID number as the store keeps it: eighteen characters, checked by GB 11643 (check character,
/// a real birth date, an address code GB/T 2260 has assigned at some time), a fifteen-digit
/// first-generation number upgraded. A birth date after the day of saving is checked where the
/// date is known (the store's writes, [`check_born_by`]).
pub fn check_id_number(field: &str, text: &str) -> Result<String, FieldError> {
    yidi_consent::identity::parse_id_number(field, text, NaiveDate::MAX).map(|id| id.number)
}

/// Refuses an identity whose ID number says its holder is born after `as_of` (the day of saving).
pub fn check_born_by(field: &str, identity: &Identity, as_of: NaiveDate) -> Result<(), FieldError> {
    match &identity.id_number {
        Some(id) => yidi_consent::identity::parse_id_number(field, id, as_of).map(|_| ()),
        None => Ok(()),
    }
}

/// A phone number (see [`yidi_consent::identity::check_phone`]).
pub fn check_phone(field: &str, text: &str) -> Result<String, FieldError> {
    yidi_consent::identity::check_phone(field, text)
}

/// What the user calls a person ("妈妈"): at most [`MAX_LABEL_CHARS`], no control characters.
pub fn check_label(field: &str, text: &str) -> Result<String, FieldError> {
    let label = yidi_consent::identity::check_name(field, text)?;
    if label.chars().count() > MAX_LABEL_CHARS {
        return Err(too_long(field.to_string(), MAX_LABEL_CHARS));
    }
    Ok(label)
}

/// A person's or a case's id as it enters from outside (a request, an export file): 1 to 64
/// ASCII letters, digits, `-` or `_`. Ids name rows and, in exports, never a path: `../x`,
/// control characters and very long ids are refused.
pub fn check_uid(field: &str, uid: &str) -> Result<String, FieldError> {
    if uid.is_empty() || uid.len() > 64 || !uid.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_') {
        let shown: String = uid.chars().take(40).map(|c| if c.is_control() { '\u{FFFD}' } else { c }).collect();
        return Err(FieldError::custom(field, "case-err-bad-id", vec![("value", shown)]));
    }
    Ok(uid.to_string())
}

/// One person on the device.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub uid: String,
    pub relation: Relation,
    /// What the user calls them ("妈妈"); personal, so encrypted.
    pub label: Option<String>,
    /// Their identity; `None` for [`Relation::Myself`], whose identity is the owner's.
    pub identity: Option<Identity>,
    /// Order in the people list.
    pub position: i64,
    pub updated_at: String,
    /// Their insurance facts as the screens share them — insured region, scheme, in service or
    /// retired, category, destination, chosen hospital, the plan's dates and checklist ticks —
    /// kept opaque (the UI's `situation`, plain JSON) so the screens can add fields without a
    /// migration. Sealed at rest; `None` until something was chosen for them.
    pub facts: Option<Value>,
}

/// Checks a person's facts: a JSON object, not larger than a case document.
pub fn check_facts(field: &str, facts: &Value) -> Result<(), FieldError> {
    if !facts.is_object() {
        return Err(FieldError::wrong_type(field, "object"));
    }
    let size = serde_json::to_vec(facts).map(|v| v.len()).unwrap_or(usize::MAX);
    if size > MAX_DOCUMENT_BYTES {
        return Err(too_long(field.to_string(), MAX_DOCUMENT_BYTES));
    }
    Ok(())
}

/// A person as a request describes them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PersonInput {
    pub relation: Relation,
    pub label: Option<String>,
    pub identity: Option<Identity>,
}

impl PersonInput {
    /// Reads `{relation, label?, identity?}` at `path`; `extra_keys` are keys the caller reads
    /// itself (the uid in an export file).
    pub fn from_json(path: &str, value: &Value, extra_keys: &[&str]) -> Result<PersonInput, FieldError> {
        let o = Object::new(path, value)?;
        let allowed: Vec<&str> = ["relation", "label", "identity"].iter().chain(extra_keys).copied().collect();
        o.deny_unknown(&allowed)?;
        let relation = o.choice::<Relation>("relation")?;
        let label = o.opt_str("label")?.map(|s| check_label(&o.path("label"), s)).transpose()?;
        let identity = match o.opt_value("identity") {
            Some(v) => Some(Identity::from_json(&o.path("identity"), v)?),
            None => None,
        };
        Ok(PersonInput { relation, label, identity })
    }
}

/// One opaque document of a case, as its producer wrote it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Document {
    /// The producer's format name: `interview`, `estimate`, `consent`, …
    pub schema: String,
    /// The producer's format version.
    pub version: u32,
    pub body: Value,
}

/// What the store itself needs to know about a case.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CaseMeta {
    /// 备案类别
    pub category: Option<FilingCategory>,
    /// 参保地, a GB/T 2260 code.
    pub insured_region: Option<String>,
    /// 就医地, a GB/T 2260 code.
    pub destination: Option<String>,
    /// 备案生效日
    pub validity_start: Option<NaiveDate>,
    /// 备案有效期截止日; none for long-term filings that stay valid until changed.
    pub validity_end: Option<NaiveDate>,
    /// 最早可变更或取消日: long-term filings may be changed or cancelled only from this day
    /// (many regions lock them for six months after filing). Temporary filings have none: they
    /// end on `validity_end` (有效期至).
    pub change_from: Option<NaiveDate>,
    /// Days before each date that its reminder becomes due.
    pub notify_days: u16,
    /// Filed by the device user for someone else (代办): the owner identity acts as proxy.
    pub by_proxy: bool,
}

/// A case as a request describes it: metadata plus documents (the whole set: saving replaces it).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseInput {
    pub meta: CaseMeta,
    pub documents: BTreeMap<String, Document>,
}

fn is_name(s: &str, extra: &[char]) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_lowercase())
        && s.len() <= 32
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || extra.contains(&c))
}

impl CaseInput {
    pub const KEYS: &'static [&'static str] = &[
        "category",
        "insured_region",
        "destination",
        "validity_start",
        "validity_end",
        "change_from",
        // The name of `change_from` in files written before schema version 3.
        "change_allowed_until",
        "notify_days",
        "by_proxy",
        "documents",
    ];

    /// Reads the case at `path`; `extra_keys` are keys the caller reads itself (ids, revisions).
    pub fn from_json(path: &str, value: &Value, extra_keys: &[&str]) -> Result<CaseInput, FieldError> {
        let o = Object::new(path, value)?;
        let allowed: Vec<&str> = Self::KEYS.iter().chain(extra_keys).copied().collect();
        o.deny_unknown(&allowed)?;
        let meta = CaseMeta {
            category: o.opt_choice::<FilingCategory>("category")?,
            insured_region: o.opt_region("insured_region")?.map(|d| d.code.to_string()),
            destination: o.opt_region("destination")?.map(|d| d.code.to_string()),
            validity_start: o.opt_date("validity_start")?,
            validity_end: o.opt_date("validity_end")?,
            change_from: match o.opt_date("change_from")? {
                Some(d) => Some(d),
                None => o.opt_date("change_allowed_until")?,
            },
            notify_days: o
                .opt_int("notify_days", 0, MAX_NOTIFY_DAYS)?
                .map(|n| u16::try_from(n).unwrap_or(DEFAULT_NOTIFY_DAYS))
                .unwrap_or(DEFAULT_NOTIFY_DAYS),
            by_proxy: o.opt_bool("by_proxy")?.unwrap_or(false),
        };
        if let (Some(start), Some(end)) = (meta.validity_start, meta.validity_end) {
            if end < start {
                return Err(FieldError::custom(
                    o.path("validity_end"),
                    "case-err-end-before-start",
                    vec![("start", start.to_string()), ("end", end.to_string())],
                ));
            }
        }
        let mut documents = BTreeMap::new();
        if let Some(docs) = o.opt_value("documents") {
            let docs_path = o.path("documents");
            let Value::Object(map) = docs else { return Err(FieldError::wrong_type(docs_path, "object")) };
            for (kind, doc) in map {
                let doc_path = format!("{docs_path}.{kind}");
                if !is_name(kind, &[]) {
                    return Err(FieldError::custom(doc_path, "case-err-bad-name", vec![("value", kind.clone())]));
                }
                documents.insert(kind.clone(), Document::from_json(&doc_path, doc)?);
            }
        }
        Ok(CaseInput { meta, documents })
    }
}

/// The loose JSON form of a case, the one [`CaseInput::from_json`] reads: what export files carry.
pub fn case_to_json(meta: &CaseMeta, documents: &BTreeMap<String, Document>) -> Value {
    let mut map = serde_json::Map::new();
    let mut put = |key: &str, value: Option<Value>| {
        if let Some(v) = value {
            map.insert(key.to_string(), v);
        }
    };
    put("category", meta.category.map(|c| Value::from(c.wire_name())));
    put("insured_region", meta.insured_region.clone().map(Value::from));
    put("destination", meta.destination.clone().map(Value::from));
    put("validity_start", meta.validity_start.map(|d| Value::from(d.to_string())));
    put("validity_end", meta.validity_end.map(|d| Value::from(d.to_string())));
    put("change_from", meta.change_from.map(|d| Value::from(d.to_string())));
    put("notify_days", Some(Value::from(meta.notify_days)));
    put("by_proxy", Some(Value::from(meta.by_proxy)));
    if !documents.is_empty() {
        let docs = documents
            .iter()
            .map(|(k, d)| {
                (k.clone(), serde_json::json!({"schema": d.schema, "version": d.version, "body": d.body}))
            })
            .collect::<serde_json::Map<_, _>>();
        put("documents", Some(Value::Object(docs)));
    }
    Value::Object(map)
}

impl Document {
    /// Reads `{schema, version, body}` at `path`.
    pub fn from_json(path: &str, value: &Value) -> Result<Document, FieldError> {
        let o = Object::new(path, value)?;
        o.deny_unknown(&["schema", "version", "body"])?;
        let schema = o.str("schema")?;
        if !is_name(schema, &['-']) {
            return Err(FieldError::custom(o.path("schema"), "case-err-bad-name", vec![("value", schema.to_string())]));
        }
        let version = u32::try_from(o.int("version", 1, 65_535)?).unwrap_or(1);
        let body = o.opt_value("body").cloned().ok_or_else(|| FieldError::missing(o.path("body")))?;
        let size = serde_json::to_vec(&body).map(|v| v.len()).unwrap_or(usize::MAX);
        if size > MAX_DOCUMENT_BYTES {
            return Err(too_long(o.path("body"), MAX_DOCUMENT_BYTES));
        }
        Ok(Document { schema: schema.to_string(), version, body })
    }
}

/// A saved case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    pub uid: String,
    pub person_uid: String,
    /// Goes up by one on every save; a save naming an older revision is refused.
    pub revision: i64,
    pub meta: CaseMeta,
    pub documents: BTreeMap<String, Document>,
    pub updated_at: String,
}

/// A case without its documents: what lists and reminders need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CaseSummary {
    pub uid: String,
    pub person_uid: String,
    pub revision: i64,
    pub meta: CaseMeta,
    pub document_kinds: Vec<String>,
    pub updated_at: String,
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn id_numbers_are_checked_by_gb_11643_check_digit() {
        // The standard's own example: 7·1+9·1+10·0+5·1+8·0+4·5+2·1+1·9+6·4+3·9+7·1+9·2+10·3+5·1+8·0
        // +4·0+2·2 = 167; 167 mod 11 = 2 → 'X'.
        assert_eq!(check_id_number("id", "11010519491231002x").unwrap(), "11010519491231002X");
        // Worked by hand the same way: sum 214, 214 mod 11 = 5 → '7'.
        assert_eq!(check_id_number("id", "110101199003074477").unwrap(), "110101199003074477");
        assert_eq!(check_id_number("id", "110101199003074478").unwrap_err().code(), "consent-err-id-check", "the last digit must be 7");
        assert_eq!(check_id_number("id", "11010519490231002X").unwrap_err().code(), "consent-err-id-birth-date", "31 February");
        assert_eq!(check_id_number("id", "1101051949").unwrap_err().code(), "consent-err-id-length");
    }

    #[test]
    fn store_id_numbers_use_the_consent_checks_region_future_birth_and_15_digit_upgrade() {
        // 990101 has never been a GB/T 2260 code; body checked by hand so only the region is wrong.
        let body = "99010119490101002";
        let n = format!("{body}{}", yidi_consent::idnumber::check_char(body).unwrap());
        assert_eq!(check_id_number("person.identity.id_number", &n).unwrap_err().code(), "consent-err-id-region");
        // The standard's first example on a first-generation card: 19 inserted, X appended.
        assert_eq!(check_id_number("id", "110105491231002").unwrap(), "11010519491231002X");
        // Born 2030-01-01: a valid number, but not on a day before that.
        let body = "11010520300101002";
        let future = format!("{body}{}", yidi_consent::idnumber::check_char(body).unwrap());
        let identity = Identity { name: "x".into(), id_number: Some(check_id_number("id", &future).unwrap()), phone: None, signature: None };
        let day = NaiveDate::from_ymd_opt(2026, 12, 2).unwrap();
        assert_eq!(check_born_by("person.identity.id_number", &identity, day).unwrap_err().code(), "consent-err-id-birth-future");
    }

    #[test]
    fn ids_like_paths_or_with_control_characters_are_refused() {
        for bad in ["../../evil", "a/b", "", "a\0b", "a\nb", &"a".repeat(200_000)] {
            assert_eq!(check_uid("case.uid", &bad).unwrap_err().code(), "case-err-bad-id", "{:?}", &bad[..bad.len().min(20)]);
        }
        assert_eq!(check_uid("case.uid", "53d87ff1d4b0ce26").unwrap(), "53d87ff1d4b0ce26");
        let v = json!({"relation": "mother", "identity": {"name": "王\u{0}秀英"}});
        assert_eq!(PersonInput::from_json("person", &v, &[]).unwrap_err().code(), "consent-err-name", "NUL in a name");
        let v = json!({"relation": "mother", "label": "妈\n妈"});
        assert_eq!(PersonInput::from_json("person", &v, &[]).unwrap_err().field, "person.label", "newline in a label");
    }

    #[test]
    fn a_case_is_read_with_errors_naming_the_field() {
        let ok = json!({"category": "other_temporary", "insured_region": "420115", "destination": "310104",
            "validity_start": "2026-03-01", "validity_end": "2026-08-31", "notify_days": 14,
            "documents": {"answers": {"schema": "interview", "version": 2, "body": {"q1": "yes"}}}});
        let case = CaseInput::from_json("case", &ok, &[]).unwrap();
        assert_eq!(case.meta.category, Some(FilingCategory::OtherTemporary));
        assert_eq!(case.meta.notify_days, 14);
        assert_eq!(case.documents["answers"].version, 2);

        let bad_end = json!({"validity_start": "2026-03-01", "validity_end": "2026-02-28"});
        let e = CaseInput::from_json("case", &bad_end, &[]).unwrap_err();
        assert_eq!((e.field.as_str(), e.code()), ("case.validity_end", "case-err-end-before-start"));
        let bad_kind = json!({"documents": {"Answers!": {"schema": "x", "version": 1, "body": {}}}});
        assert_eq!(CaseInput::from_json("case", &bad_kind, &[]).unwrap_err().field, "case.documents.Answers!");
        let no_body = json!({"documents": {"plan": {"schema": "plan", "version": 1}}});
        assert_eq!(CaseInput::from_json("case", &no_body, &[]).unwrap_err().field, "case.documents.plan.body");
        let typo = json!({"validity_ends": "2026-02-28"});
        assert_eq!(CaseInput::from_json("case", &typo, &[]).unwrap_err().code(), "unknown_field");
    }

    #[test]
    fn a_person_is_read_with_their_identity() {
        let v = json!({"relation": "mother", "label": "妈妈",
            "identity": {"name": "王秀英", "id_number": "11010519491231002X", "phone": "138-0013-8000"}});
        let p = PersonInput::from_json("person", &v, &[]).unwrap();
        assert_eq!(p.relation, Relation::Mother);
        assert_eq!(p.identity.as_ref().unwrap().phone.as_deref(), Some("138-0013-8000"));
        let bad = json!({"relation": "mother", "identity": {"name": "王秀英", "phone": "call me"}});
        assert_eq!(PersonInput::from_json("person", &bad, &[]).unwrap_err().field, "person.identity.phone");
        let aunt = json!({"relation": "aunt"});
        assert_eq!(PersonInput::from_json("person", &aunt, &[]).unwrap_err().code(), "not_one_of");
    }
}
