//! Signing: from what the signing screen sends to a sealed record, and back to "valid" or "this
//! field was altered".
//!
//! A record file is JSON with three parts:
//! - `payload`: what was signed — the text (id, version, SHA-256 and the legal original itself),
//!   the acknowledgements (fully displayed, each obligation confirmed), the interview answers it
//!   relied on, the insured person, the signer (the insured person or a proxy with ID number and
//!   relation), typed name, date and time, and the signature strokes. Decimals are strings.
//! - `digests`: SHA-256 of the canonical form of each field of the payload, three levels deep
//!   (`signer.name`, `signature.strokes[2]`, `answers.stage`), so that a broken seal can say which
//!   field no longer matches.
//! - `seal`: ed25519 over `yidi-consent-record/1\n` + canonical JSON of `{digests, payload}`, with
//!   the public key that made it.
//!
//! Nothing here reads the clock: the signing time is a parameter.

use std::collections::BTreeMap;

use chrono::{DateTime, FixedOffset, NaiveDate};
use ed25519_dalek::{Signature, Signer, VerifyingKey};
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use yidi_domain::{
    divisions,
    i18n::{self, Args},
    input::Object,
    FieldError, Lang, WireNames,
};

use crate::{
    canonical::{self, to_canonical},
    idnumber::parse_id_number,
    key::{decode_hex, DeviceKey},
    texts::{self, hex, sha256_hex, ConsentText, TextKind},
};

pub const FORMAT: &str = "yidi-consent/1";
const SEAL_CONTEXT: &str = "yidi-consent-record/1\n";
/// How deep field digests go: `signature.strokes[2]` is three levels.
const DIGEST_DEPTH: usize = 3;

pub const MAX_STROKES: usize = 200;
pub const MAX_POINTS: usize = 20_000;
pub const MAX_PAD: i64 = 10_000;
pub use crate::identity::MAX_NAME_CHARS;

/// 签字人 — who signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SignerRole {
    /// 参保人本人
    Insured,
    /// 被委托人 — someone acting for the insured person.
    Proxy,
}

impl WireNames for SignerRole {
    const ALL: &'static [Self] = &[SignerRole::Insured, SignerRole::Proxy];
    fn wire_name(&self) -> &'static str {
        match self {
            SignerRole::Insured => "insured",
            SignerRole::Proxy => "proxy",
        }
    }
}

impl SignerRole {
    pub fn label_id(self) -> &'static str {
        match self {
            SignerRole::Insured => "consent-role-insured",
            SignerRole::Proxy => "consent-role-proxy",
        }
    }
}

/// The proxy's relation to the insured person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Relation {
    Spouse,
    Child,
    Parent,
    Sibling,
    Grandchild,
    OtherRelative,
    /// A community service-centre or agency clerk.
    ServiceStaff,
    Other,
}

impl WireNames for Relation {
    const ALL: &'static [Self] = &[
        Relation::Spouse,
        Relation::Child,
        Relation::Parent,
        Relation::Sibling,
        Relation::Grandchild,
        Relation::OtherRelative,
        Relation::ServiceStaff,
        Relation::Other,
    ];
    fn wire_name(&self) -> &'static str {
        match self {
            Relation::Spouse => "spouse",
            Relation::Child => "child",
            Relation::Parent => "parent",
            Relation::Sibling => "sibling",
            Relation::Grandchild => "grandchild",
            Relation::OtherRelative => "other_relative",
            Relation::ServiceStaff => "service_staff",
            Relation::Other => "other",
        }
    }
}

impl Relation {
    pub fn label_id(self) -> &'static str {
        match self {
            Relation::Spouse => "consent-relation-spouse",
            Relation::Child => "consent-relation-child",
            Relation::Parent => "consent-relation-parent",
            Relation::Sibling => "consent-relation-sibling",
            Relation::Grandchild => "consent-relation-grandchild",
            Relation::OtherRelative => "consent-relation-other-relative",
            Relation::ServiceStaff => "consent-relation-service-staff",
            Relation::Other => "consent-relation-other",
        }
    }
}

/// The text as sealed into the record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SealedText {
    pub id: String,
    pub version: String,
    pub kind: TextKind,
    pub sha256: String,
    /// The legal original's title (zh-CN).
    pub title: String,
    /// The legal original, in full, exactly as displayed.
    pub body: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Acknowledgement {
    /// The screen reported that the whole text was displayed before signing was enabled.
    pub displayed_fully: bool,
    /// Obligation ids, in the text's order, each confirmed.
    pub confirmed_obligations: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Insured {
    pub name: String,
    /// Eighteen characters (a fifteen-digit number is upgraded).
    pub id_number: String,
    /// Six-digit code of the insured region (参保地).
    pub region: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct SignerDetails {
    pub role: SignerRole,
    pub name: String,
    pub id_number: String,
    /// For a proxy: the relation to the insured person.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relation: Option<Relation>,
}

/// A point of a stroke, in the signature pad's own units (CSS pixels for the web UI).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Point {
    /// Decimal text, e.g. "102.5".
    pub x: String,
    pub y: String,
    /// Milliseconds since the stroke began, when the pad reports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub t: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pad {
    pub width: i64,
    pub height: i64,
}

/// A drawn signature. Records made before typed signatures existed have no `method`; newer
/// ones say `"drawn"`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Strokes {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<DrawnMethod>,
    pub pad: Pad,
    pub strokes: Vec<Vec<Point>>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DrawnMethod {
    Drawn,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TypedMethod {
    Typed,
}

/// A signature made without a pointer: the signer typed their full name and confirmed an explicit
/// statement (`consent-typed-statement`), whose exact text, in the language shown, is sealed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TypedSignature {
    pub method: TypedMethod,
    /// The name as typed; equal to the signer's name.
    pub name: String,
    /// The statement the signer confirmed, word for word.
    pub statement: String,
}

/// How the signature was made: drawn strokes, or a typed name with the statement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SignatureMark {
    Typed(TypedSignature),
    Drawn(Strokes),
}

impl SignatureMark {
    /// The strokes of a drawn signature.
    pub fn drawn(&self) -> Option<&Strokes> {
        match self {
            SignatureMark::Drawn(s) => Some(s),
            SignatureMark::Typed(_) => None,
        }
    }

    pub fn typed(&self) -> Option<&TypedSignature> {
        match self {
            SignatureMark::Typed(t) => Some(t),
            SignatureMark::Drawn(_) => None,
        }
    }
}

/// The statement a typed signature confirms, in `lang` ("我确认以上内容，以输入姓名的方式签字").
pub fn typed_statement(lang: Lang) -> String {
    i18n::format_or_id(lang, "consent-typed-statement", &Args::new())
}

/// What was signed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Payload {
    pub format: String,
    pub text: SealedText,
    pub acknowledgement: Acknowledgement,
    /// The interview answers the signing relied on, as the interview gave them (no fractions).
    pub answers: Value,
    pub insured: Insured,
    pub signer: SignerDetails,
    pub typed_name: String,
    pub signed_on: NaiveDate,
    /// RFC 3339 with the offset the signing device used.
    pub signed_at: String,
    pub signature: SignatureMark,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Seal {
    pub algorithm: String,
    pub public_key: String,
    pub signature: String,
}

/// A sealed record, as written to a file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SignedRecord {
    pub payload: Payload,
    pub digests: BTreeMap<String, String>,
    pub seal: Seal,
}

/// Why signing failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum SignError {
    #[error(transparent)]
    Field(#[from] FieldError),
    #[error(transparent)]
    Key(#[from] crate::key::KeyError),
}

/// Everything checked, before sealing.
#[derive(Debug, Clone)]
pub struct ValidatedSigning {
    pub text: &'static ConsentText,
    pub payload: Payload,
}

/// Reads a signing request (camelCase JSON, as the UI sends it) and checks every field; `at` is
/// the moment of signing, whose date the typed date must be and against which birth dates are
/// checked. See docs/consent.md for the format.
pub fn validate_request(request: &Value, at: DateTime<FixedOffset>, lang: Lang) -> Result<ValidatedSigning, FieldError> {
    let as_of = at.date_naive();
    let doc = Object::new("", request)?;
    doc.deny_unknown(&[
        "text",
        "displayedFully",
        "confirmedObligations",
        "answers",
        "insured",
        "signer",
        "typedName",
        "signedOn",
        "signature",
    ])?;

    // The text.
    let text_value = doc.opt_value("text").ok_or_else(|| FieldError::missing("text"))?;
    let text_obj = Object::new("text", text_value)?;
    text_obj.deny_unknown(&["id", "version"])?;
    let id = text_obj.str("id")?;
    let version = text_obj.opt_str("version")?;
    let text = texts::find(id, version, as_of).ok_or_else(|| {
        FieldError::custom("text.id", "consent-err-unknown-text", vec![("value", format!("{id} {}", version.unwrap_or("")).trim().to_string())])
    })?;
    if !text.signable {
        return Err(FieldError::custom("text.id", "consent-err-not-signable", vec![("value", id.to_string())]));
    }

    // Read it all, then confirm each obligation.
    if !doc.bool("displayedFully")? {
        return Err(FieldError::custom("displayedFully", "consent-err-not-displayed", vec![]));
    }
    let confirmed = string_list(&doc, "confirmedObligations")?;
    let known: Vec<&str> = text.obligations.iter().map(|o| o.id.as_str()).collect();
    for (i, c) in confirmed.iter().enumerate() {
        if !known.contains(&c.as_str()) {
            return Err(FieldError::not_one_of(format!("confirmedObligations[{i}]"), c, &known));
        }
    }
    if let Some(missing) = text.obligations.iter().find(|o| !confirmed.contains(&o.id)) {
        return Err(FieldError::custom(
            "confirmedObligations",
            "consent-err-obligation-unconfirmed",
            vec![("obligation", missing.text.get(lang).to_string())],
        ));
    }

    // The answers are opaque, but sealed: no fractions.
    let answers = doc.opt_value("answers").cloned().unwrap_or(Value::Object(Default::default()));
    canonical::check("answers", &answers)
        .map_err(|e| FieldError::custom(e.path, "consent-err-fraction", vec![("value", e.number)]))?;

    // The insured person.
    let insured_value = doc.opt_value("insured").ok_or_else(|| FieldError::missing("insured"))?;
    let insured_obj = Object::new("insured", insured_value)?;
    insured_obj.deny_unknown(&["name", "idNumber", "region"])?;
    let insured_name = person_name(&insured_obj, "name")?;
    let insured_id = parse_id_number("insured.idNumber", insured_obj.str("idNumber")?, as_of)?;
    let region = insured_obj.region("region")?;
    if !text.applies_to_region(&region.code.to_string()) {
        return Err(FieldError::custom(
            "insured.region",
            "consent-err-text-region",
            vec![("region", region.name(lang).to_string()), ("title", text.title.get(lang).to_string())],
        ));
    }

    // The signer.
    let signer_value = doc.opt_value("signer").ok_or_else(|| FieldError::missing("signer"))?;
    let signer_obj = Object::new("signer", signer_value)?;
    let role: SignerRole = signer_obj.choice("role")?;
    let signer = match role {
        SignerRole::Insured => {
            signer_obj.deny_unknown(&["role"])?;
            SignerDetails { role, name: insured_name.clone(), id_number: insured_id.number.clone(), relation: None }
        }
        SignerRole::Proxy => {
            signer_obj.deny_unknown(&["role", "name", "idNumber", "relation"])?;
            let name = person_name(&signer_obj, "name")?;
            let id = parse_id_number("signer.idNumber", signer_obj.str("idNumber")?, as_of)?;
            if id.number == insured_id.number {
                return Err(FieldError::custom("signer.idNumber", "consent-err-proxy-same-person", vec![]));
            }
            let relation: Relation = signer_obj.choice("relation")?;
            SignerDetails { role, name, id_number: id.number, relation: Some(relation) }
        }
    };

    // Typed name and date.
    let typed_name = doc.str("typedName")?.trim().to_string();
    if typed_name != signer.name {
        return Err(FieldError::custom("typedName", "consent-err-typed-name", vec![("expected", signer.name.clone())]));
    }
    let signed_on = doc.date("signedOn")?;
    if signed_on != as_of {
        return Err(FieldError::custom(
            "signedOn",
            "consent-err-signed-on",
            vec![("value", signed_on.to_string()), ("today", as_of.to_string())],
        ));
    }

    let signature = read_signature(&doc, &signer.name)?;

    let payload = Payload {
        format: FORMAT.to_string(),
        text: SealedText {
            id: text.id.clone(),
            version: text.version.clone(),
            kind: text.kind,
            sha256: text.sha256.clone(),
            title: text.title.zh_cn.clone(),
            body: text.body.clone(),
        },
        acknowledgement: Acknowledgement {
            displayed_fully: true,
            confirmed_obligations: text.obligations.iter().map(|o| o.id.clone()).collect(),
        },
        answers,
        insured: Insured { name: insured_name, id_number: insured_id.number, region: region.code.to_string() },
        signer,
        typed_name,
        signed_on,
        signed_at: at.to_rfc3339(),
        signature,
    };
    Ok(ValidatedSigning { text, payload })
}

fn string_list(doc: &Object<'_>, key: &str) -> Result<Vec<String>, FieldError> {
    match doc.get(key) {
        None => Ok(Vec::new()),
        Some(Value::Array(items)) => items
            .iter()
            .enumerate()
            .map(|(i, v)| match v {
                Value::String(s) => Ok(s.clone()),
                _ => Err(FieldError::wrong_type(format!("{}[{i}]", doc.path(key)), "text")),
            })
            .collect(),
        Some(_) => Err(FieldError::wrong_type(doc.path(key), "list")),
    }
}

fn person_name(obj: &Object<'_>, key: &str) -> Result<String, FieldError> {
    crate::identity::check_name(&obj.path(key), obj.str(key)?)
}

/// A coordinate: a JSON integer or a decimal in a string, within `0..=max`.
fn coordinate(path: &str, value: Option<&Value>, max: i64) -> Result<String, FieldError> {
    let decimal = match value {
        None | Some(Value::Null) => return Err(FieldError::missing(path)),
        Some(Value::Number(n)) => match n.as_i64() {
            Some(i) => Decimal::from(i),
            None => return Err(FieldError::custom(path, "consent-err-fraction", vec![("value", n.to_string())])),
        },
        Some(Value::String(s)) => {
            s.trim().parse::<Decimal>().map_err(|_| FieldError::not_a_number(path, s))?
        }
        Some(_) => return Err(FieldError::wrong_type(path, "number")),
    };
    let decimal = decimal.normalize();
    if decimal.scale() > 3 {
        return Err(FieldError::custom(path, "consent-err-precision", vec![("value", decimal.to_string())]));
    }
    if decimal.is_sign_negative() && !decimal.is_zero() || decimal > Decimal::from(max) {
        return Err(FieldError::out_of_range(path, &decimal.to_string(), "0", &max.to_string()));
    }
    Ok(decimal.to_string())
}

/// Reads the signature: `{method: "typed", name, statement}` or drawn `{method?: "drawn", pad,
/// strokes}`.
fn read_signature(doc: &Object<'_>, signer_name: &str) -> Result<SignatureMark, FieldError> {
    let value = doc.opt_value("signature").ok_or_else(|| FieldError::missing("signature"))?;
    let obj = Object::new("signature", value)?;
    let method = obj.opt_str("method")?.unwrap_or("drawn");
    match method {
        "typed" => {
            obj.deny_unknown(&["method", "name", "statement"])?;
            let name = obj.str("name")?.trim().to_string();
            if name != signer_name {
                return Err(FieldError::custom(
                    "signature.name",
                    "consent-err-typed-name",
                    vec![("expected", signer_name.to_string())],
                ));
            }
            let statement = obj.str("statement")?.trim().to_string();
            if !Lang::ALL.iter().any(|l| typed_statement(*l) == statement) {
                return Err(FieldError::custom("signature.statement", "consent-err-typed-statement", vec![]));
            }
            Ok(SignatureMark::Typed(TypedSignature { method: TypedMethod::Typed, name, statement }))
        }
        "drawn" => Ok(SignatureMark::Drawn(read_strokes(&obj)?)),
        other => Err(FieldError::not_one_of("signature.method", other, &["drawn", "typed"])),
    }
}

fn read_strokes(obj: &Object<'_>) -> Result<Strokes, FieldError> {
    obj.deny_unknown(&["method", "pad", "strokes"])?;
    let pad_value = obj.opt_value("pad").ok_or_else(|| FieldError::missing("signature.pad"))?;
    let pad_obj = Object::new("signature.pad", pad_value)?;
    pad_obj.deny_unknown(&["width", "height"])?;
    let pad = Pad { width: pad_obj.int("width", 1, MAX_PAD)?, height: pad_obj.int("height", 1, MAX_PAD)? };
    let strokes_value = obj.opt_value("strokes").ok_or_else(|| FieldError::missing("signature.strokes"))?;
    let Value::Array(raw_strokes) = strokes_value else {
        return Err(FieldError::wrong_type("signature.strokes", "list"));
    };
    if raw_strokes.len() > MAX_STROKES {
        let n = raw_strokes.len().to_string();
        return Err(FieldError::out_of_range("signature.strokes", &n, "1", &MAX_STROKES.to_string()));
    }
    let mut strokes = Vec::new();
    let mut total = 0usize;
    for (i, raw) in raw_strokes.iter().enumerate() {
        let Value::Array(raw_points) = raw else {
            return Err(FieldError::wrong_type(format!("signature.strokes[{i}]"), "list"));
        };
        let mut points = Vec::new();
        for (j, p) in raw_points.iter().enumerate() {
            let path = format!("signature.strokes[{i}][{j}]");
            let point = Object::new(&path, p)?;
            point.deny_unknown(&["x", "y", "t"])?;
            let x = coordinate(&point.path("x"), point.get("x"), pad.width)?;
            let y = coordinate(&point.path("y"), point.get("y"), pad.height)?;
            let t = point.opt_int("t", 0, 86_400_000)?;
            points.push(Point { x, y, t });
        }
        total += points.len();
        if total > MAX_POINTS {
            return Err(FieldError::out_of_range("signature.strokes", &total.to_string(), "2", &MAX_POINTS.to_string()));
        }
        if !points.is_empty() {
            strokes.push(points);
        }
    }
    if total < 2 {
        return Err(FieldError::custom("signature.strokes", "consent-err-signature-empty", vec![]));
    }
    Ok(Strokes { method: Some(DrawnMethod::Drawn), pad, strokes })
}

/// Field digests of a payload (as JSON), three levels deep.
pub fn field_digests(payload: &Value) -> Result<BTreeMap<String, String>, canonical::NotCanonical> {
    let mut out = BTreeMap::new();
    collect_digests(payload, "", 0, &mut out)?;
    Ok(out)
}

fn collect_digests(
    value: &Value,
    path: &str,
    depth: usize,
    out: &mut BTreeMap<String, String>,
) -> Result<(), canonical::NotCanonical> {
    let descend = depth < DIGEST_DEPTH;
    match value {
        Value::Object(map) if descend && !map.is_empty() => {
            for (k, v) in map {
                let child = if path.is_empty() { k.clone() } else { format!("{path}.{k}") };
                collect_digests(v, &child, depth + 1, out)?;
            }
        }
        Value::Array(items) if descend && !items.is_empty() && !path.is_empty() => {
            for (i, v) in items.iter().enumerate() {
                collect_digests(v, &format!("{path}[{i}]"), depth + 1, out)?;
            }
        }
        _ => {
            out.insert(path.to_string(), sha256_hex(to_canonical(value)?.as_bytes()));
        }
    }
    Ok(())
}

fn seal_message(payload: &Value, digests: &BTreeMap<String, String>) -> Result<Vec<u8>, canonical::NotCanonical> {
    let digests = serde_json::to_value(digests).unwrap_or(Value::Null);
    let whole = serde_json::json!({ "digests": digests, "payload": payload });
    Ok(format!("{SEAL_CONTEXT}{}", to_canonical(&whole)?).into_bytes())
}

/// Seals a validated payload with the device key.
pub fn seal(payload: Payload, key: &DeviceKey) -> Result<SignedRecord, FieldError> {
    let value = serde_json::to_value(&payload).map_err(|_| FieldError::wrong_type("payload", "record"))?;
    let not_canonical = |e: canonical::NotCanonical| {
        FieldError::custom(e.path, "consent-err-fraction", vec![("value", e.number)])
    };
    let digests = field_digests(&value).map_err(not_canonical)?;
    let message = seal_message(&value, &digests).map_err(not_canonical)?;
    let signature = key.signing_key().sign(&message);
    Ok(SignedRecord {
        payload,
        digests,
        seal: Seal {
            algorithm: "ed25519".to_string(),
            public_key: key.public_hex(),
            signature: hex(&signature.to_bytes()),
        },
    })
}

/// Validates a request and seals it: the whole signing step.
pub fn sign(request: &Value, at: DateTime<FixedOffset>, key: &DeviceKey, lang: Lang) -> Result<SignedRecord, FieldError> {
    let validated = validate_request(request, at, lang)?;
    seal(validated.payload, key)
}

/// One thing wrong with a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Problem {
    /// The field at fault, as the payload spells it (`signer.name`), or `seal`, `digests`.
    pub field: String,
    pub code: ProblemCode,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ProblemCode {
    /// Not a record file at all (or a part is missing or mistyped).
    Malformed,
    /// The field's value differs from what was signed.
    Altered,
    /// A field that was not there when signed.
    Added,
    /// A field that was there when signed and is gone.
    Removed,
    /// Every field matches its digest but the seal does not: the signature, the public key or
    /// the digest list itself was changed.
    SealBroken,
    /// The text inside the record is not the shipped text of that id and version.
    TextMismatch,
    /// The text's id and version are not known to this build (cannot compare).
    TextUnknown,
    /// Sealed by a different key than the one the caller trusts.
    OtherKey,
    /// An object in the file names the same key twice (the field holds the key): readers that
    /// keep the first and the last would see different records.
    DuplicateKey,
}

impl ProblemCode {
    pub fn message_id(self) -> &'static str {
        match self {
            ProblemCode::Malformed => "consent-verify-malformed",
            ProblemCode::Altered => "consent-verify-altered",
            ProblemCode::Added => "consent-verify-added",
            ProblemCode::Removed => "consent-verify-removed",
            ProblemCode::SealBroken => "consent-verify-seal-broken",
            ProblemCode::TextMismatch => "consent-verify-text-mismatch",
            ProblemCode::TextUnknown => "consent-verify-text-unknown",
            ProblemCode::OtherKey => "consent-verify-other-key",
            ProblemCode::DuplicateKey => "consent-verify-duplicate-key",
        }
    }

    /// The problem in words, naming the field by its label where it has one
    /// (「签字人姓名」（signer.name）).
    pub fn message(self, lang: Lang, field: &str) -> String {
        let label = FieldError::missing(field).field_label(lang);
        i18n::format_or_id(lang, self.message_id(), &Args::new().text("field", label))
    }
}

/// The verdict on a record.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Verification {
    pub valid: bool,
    pub problems: Vec<Problem>,
    /// The key that sealed it (hex), when readable.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
}

impl Verification {
    fn malformed(field: &str) -> Verification {
        Verification {
            valid: false,
            problems: vec![Problem { field: field.to_string(), code: ProblemCode::Malformed }],
            public_key: None,
        }
    }
}

/// Checks a record file's contents. `trusted_key`, when given, is the public key the record must
/// have been sealed with (the device's own, or an agency's list).
pub fn verify(file_text: &str, trusted_key: Option<&VerifyingKey>) -> Verification {
    let root = match yidi_domain::input::parse_json("record", file_text) {
        Ok(root) => root,
        Err(e) => {
            if let yidi_domain::FieldErrorKind::Custom { message_id: "err-bad-json-duplicate", args } = &e.kind {
                let key = args.iter().find(|(k, _)| *k == "key").map(|(_, v)| v.clone()).unwrap_or_default();
                return Verification {
                    valid: false,
                    problems: vec![Problem { field: key, code: ProblemCode::DuplicateKey }],
                    public_key: None,
                };
            }
            return Verification::malformed("(document)");
        }
    };
    let Some(payload) = root.get("payload") else { return Verification::malformed("payload") };
    let stored: Option<BTreeMap<String, String>> =
        root.get("digests").and_then(|d| serde_json::from_value(d.clone()).ok());
    let Some(stored) = stored else { return Verification::malformed("digests") };
    let seal: Option<Seal> = root.get("seal").and_then(|s| serde_json::from_value(s.clone()).ok());
    let Some(seal) = seal else { return Verification::malformed("seal") };
    if let Some(extra) = root.as_object().and_then(|m| m.keys().find(|k| !["payload", "digests", "seal"].contains(&k.as_str()))) {
        return Verification::malformed(extra);
    }

    let mut problems = Vec::new();
    let actual = match field_digests(payload) {
        Ok(d) => d,
        Err(e) => return Verification::malformed(&e.path),
    };
    for (path, digest) in &actual {
        match stored.get(path) {
            None => problems.push(Problem { field: path.clone(), code: ProblemCode::Added }),
            Some(d) if d != digest => problems.push(Problem { field: path.clone(), code: ProblemCode::Altered }),
            Some(_) => {}
        }
    }
    for path in stored.keys().filter(|p| !actual.contains_key(*p)) {
        problems.push(Problem { field: path.clone(), code: ProblemCode::Removed });
    }

    let key = decode_hex(&seal.public_key)
        .and_then(|b| <[u8; 32]>::try_from(b).ok())
        .and_then(|b| VerifyingKey::from_bytes(&b).ok());
    let signature = decode_hex(&seal.signature)
        .and_then(|b| <[u8; 64]>::try_from(b).ok())
        .map(|b| Signature::from_bytes(&b));
    let sealed_ok = match (key, signature, seal_message(payload, &stored)) {
        (Some(k), Some(s), Ok(m)) => seal.algorithm == "ed25519" && k.verify_strict(&m, &s).is_ok(),
        _ => false,
    };
    if !sealed_ok && problems.is_empty() {
        problems.push(Problem { field: "seal".to_string(), code: ProblemCode::SealBroken });
    }

    // The text against every text version known (shipped, or received by the feed and kept),
    // whatever the seal says: a record re-sealed with another key after editing the text is
    // caught here.
    match serde_json::from_value::<Payload>(payload.clone()) {
        Ok(p) => {
            match texts::known(&p.text.id, &p.text.version) {
                Some(t) if t.sha256 == p.text.sha256 && t.body == p.text.body => {}
                Some(_) => problems.push(Problem { field: "text.body".to_string(), code: ProblemCode::TextMismatch }),
                None => problems.push(Problem { field: "text.id".to_string(), code: ProblemCode::TextUnknown }),
            }
            if sha256_hex(p.text.body.as_bytes()) != p.text.sha256
                && !problems.iter().any(|q| q.field.starts_with("text."))
            {
                problems.push(Problem { field: "text.sha256".to_string(), code: ProblemCode::TextMismatch });
            }
        }
        Err(_) if problems.is_empty() => problems.push(Problem { field: "payload".to_string(), code: ProblemCode::Malformed }),
        Err(_) => {}
    }

    if let (Some(trusted), Some(k)) = (trusted_key, key) {
        if trusted != &k {
            problems.push(Problem { field: "seal.public_key".to_string(), code: ProblemCode::OtherKey });
        }
    }
    Verification { valid: problems.is_empty(), problems, public_key: Some(seal.public_key) }
}

/// Parses a record that [`verify`] found valid, for printing.
pub fn parse_record(file_text: &str) -> Option<SignedRecord> {
    serde_json::from_str(file_text).ok()
}

/// The record's divisions as names, for display: the insured region's full name.
pub fn region_name(code: &str, lang: Lang) -> String {
    divisions()
        .lookup("region", code)
        .map(|d| {
            let mut names: Vec<&str> = Vec::new();
            for x in divisions().path(d.code) {
                // Municipalities repeat their name one level down (北京市 北京市 东城区).
                if names.last() != Some(&x.name(lang)) {
                    names.push(x.name(lang));
                }
            }
            if lang == Lang::EnUs {
                names.reverse();
                names.join(", ")
            } else {
                names.join("")
            }
        })
        .unwrap_or_else(|_| code.to_string())
}
