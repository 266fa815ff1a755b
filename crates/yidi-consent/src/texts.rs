//! The versioned texts a person reads and signs: informed-consent forms, commitment letters and
//! explanations, as data under `data/consent/texts/` (embedded at build time, like the division
//! table, so a record can always be checked against the text it names).
//!
//! Texts also arrive by the data feed (`consent/texts/<text>.json` and its body). This crate does
//! no I/O for them: yidi-core reads the installed release (and the texts it kept from earlier
//! releases) and hands the bytes to [`register`]. A text version never changes: registering a
//! version already known with other words is refused, so a record signed under any version ever
//! shipped or received keeps verifying ([`known`]). Which texts are offered for reading and
//! signing ([`find`] without a version, [`library`]) is the bundled set plus the texts of the
//! installed release ([`set_offered`]).
//!
//! Each text is two files: `<name>.zh-CN.txt`, the legal original byte for byte (its SHA-256 is
//! what a signed record names), and `<name>.json`, the metadata — id, version, insured regions,
//! effective date, source — and the same text cut into clauses, each with its English translation
//! (for understanding only), a plain-language summary in every language, and the obligations a
//! signer confirms one by one. The tests check that the clauses are the original, in order, with
//! nothing left out.

use std::{
    collections::BTreeMap,
    sync::{OnceLock, RwLock},
};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use yidi_domain::{FilingCategory, Lang};

/// (metadata JSON, legal original) of every shipped text.
static SHIPPED: &[(&str, &str)] = &[
    (
        include_str!("../../../data/consent/texts/beijing-informed-consent.json"),
        include_str!("../../../data/consent/texts/beijing-informed-consent.zh-CN.txt"),
    ),
    (
        include_str!("../../../data/consent/texts/commitment-letter-national.json"),
        include_str!("../../../data/consent/texts/commitment-letter-national.zh-CN.txt"),
    ),
    (
        include_str!("../../../data/consent/texts/self-pay-agreement-explained.json"),
        include_str!("../../../data/consent/texts/self-pay-agreement-explained.zh-CN.txt"),
    ),
];

/// What kind of document a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextKind {
    /// 知情同意书
    InformedConsent,
    /// 个人承诺书
    Commitment,
    /// An explanation to read, not to sign (the self-pay agreement is signed at the hospital).
    Explanation,
}

impl TextKind {
    pub fn label_id(self) -> &'static str {
        match self {
            TextKind::InformedConsent => "consent-kind-informed-consent",
            TextKind::Commitment => "consent-kind-commitment",
            TextKind::Explanation => "consent-kind-explanation",
        }
    }
}

/// What a piece of the text is, so a screen and the PDF can set it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClauseRole {
    Title,
    Heading,
    Clause,
    Declaration,
    SignatureLine,
}

/// A string in each language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    #[serde(rename = "zh-CN")]
    pub zh_cn: String,
    #[serde(rename = "zh-TW")]
    pub zh_tw: String,
    #[serde(rename = "en-US")]
    pub en_us: String,
}

impl Localized {
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::ZhCn => &self.zh_cn,
            Lang::ZhTw => &self.zh_tw,
            Lang::EnUs => &self.en_us,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Clause {
    pub id: String,
    pub role: ClauseRole,
    /// The legal original, exactly as in the body file.
    pub zh: String,
    /// English translation, for understanding only.
    pub en: String,
    /// Plain-language summary (clauses and declarations only).
    #[serde(default)]
    pub summary: Option<Localized>,
}

/// A key obligation the signer confirms one by one before signing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Obligation {
    pub id: String,
    /// The clause it comes from.
    pub clause: String,
    pub text: Localized,
}

/// A text's metadata and clauses as stored in its JSON file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsentText {
    pub id: String,
    pub version: String,
    pub kind: TextKind,
    /// Whether a person signs it here (an explanation is only read).
    pub signable: bool,
    /// Insured regions (GB/T 2260 province or prefecture codes) it is for; `*` for any.
    pub regions: Vec<String>,
    pub categories: Vec<FilingCategory>,
    pub effective_from: NaiveDate,
    /// False when the date is the best available evidence rather than the issuer's own.
    pub effective_from_verified: bool,
    pub effective_from_note: String,
    pub source: String,
    pub verified_at: NaiveDate,
    pub original_lang: Lang,
    /// That the English is a translation for understanding only.
    pub translation_note: String,
    pub body_file: String,
    /// SHA-256 of the body file, lower-case hex.
    pub sha256: String,
    pub title: Localized,
    pub clauses: Vec<Clause>,
    pub obligations: Vec<Obligation>,
    /// The legal original (the body file's contents), filled in when loaded.
    #[serde(skip)]
    pub body: String,
}

impl ConsentText {
    /// Whether this text applies to a person insured in `region` (a six-digit code).
    pub fn applies_to_region(&self, region: &str) -> bool {
        self.regions.iter().any(|r| {
            r == "*"
                || r == region
                || (r.ends_with("0000") && region.get(..2) == r.get(..2))
                || (r.ends_with("00") && region.get(..4) == r.get(..4))
        })
    }
}

/// Why a text file is not usable. Only a defect in shipped data (caught by tests) or a file
/// given to [`parse_text`] by a tool can cause one.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum TextDataError {
    #[error("text metadata is not valid: {0}")]
    Json(String),
    #[error("text {id}: body SHA-256 is {actual}, the metadata says {declared}")]
    Hash { id: String, declared: String, actual: String },
    #[error("text {id}: clause {clause} is not found in order in the legal original")]
    ClauseNotInBody { id: String, clause: String },
    #[error("text {id}: the clauses leave out part of the legal original: {rest:?}")]
    BodyNotCovered { id: String, rest: String },
    #[error("text {id}: obligation {obligation} names clause {clause}, which does not exist")]
    ObligationClause { id: String, obligation: String, clause: String },
    #[error("text {id} version {version} is already known with other words: a changed text needs a new version")]
    VersionChanged { id: String, version: String },
}

/// SHA-256 as lower-case hex.
pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

pub(crate) fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses a text's metadata and checks it against its legal original: the hash, and that the
/// clauses are the original in order with nothing but whitespace between or around them.
pub fn parse_text(metadata: &str, body: &str) -> Result<ConsentText, TextDataError> {
    let mut text: ConsentText = serde_json::from_str(metadata).map_err(|e| TextDataError::Json(e.to_string()))?;
    let actual = sha256_hex(body.as_bytes());
    if actual != text.sha256 {
        return Err(TextDataError::Hash { id: text.id, declared: text.sha256, actual });
    }
    let mut rest = body;
    for clause in &text.clauses {
        let at = rest
            .find(&clause.zh)
            .filter(|at| rest[..*at].trim().is_empty())
            .ok_or_else(|| TextDataError::ClauseNotInBody { id: text.id.clone(), clause: clause.id.clone() })?;
        rest = &rest[at + clause.zh.len()..];
    }
    if !rest.trim().is_empty() {
        return Err(TextDataError::BodyNotCovered { id: text.id.clone(), rest: rest.to_string() });
    }
    for obligation in &text.obligations {
        if !text.clauses.iter().any(|c| c.id == obligation.clause) {
            return Err(TextDataError::ObligationClause {
                id: text.id.clone(),
                obligation: obligation.id.clone(),
                clause: obligation.clause.clone(),
            });
        }
    }
    text.body = body.to_string();
    Ok(text)
}

type Key = (String, String);

/// Every text known to this process (shipped, or registered from the feed), and which of the
/// registered ones are offered beside the shipped ones. A registered text is kept for the life of
/// the process (leaked: a few texts per installed release), so records can borrow it.
#[derive(Default)]
struct Registry {
    known: BTreeMap<Key, &'static ConsentText>,
    offered: Vec<Key>,
}

fn registry() -> &'static RwLock<Registry> {
    static REGISTRY: OnceLock<RwLock<Registry>> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let known = shipped().values().map(|t| ((t.id.clone(), t.version.clone()), t)).collect();
        RwLock::new(Registry { known, offered: Vec::new() })
    })
}

fn shipped() -> &'static BTreeMap<Key, ConsentText> {
    static SHIPPED_TEXTS: OnceLock<BTreeMap<Key, ConsentText>> = OnceLock::new();
    SHIPPED_TEXTS.get_or_init(|| {
        SHIPPED
            .iter()
            // A defective shipped text is left out rather than taking the app down; the test
            // `every_shipped_text_is_consistent` fails on it before release.
            .filter_map(|(meta, body)| parse_text(meta, body).ok())
            .map(|t| ((t.id.clone(), t.version.clone()), t))
            .collect()
    })
}

fn same_words(a: &ConsentText, b: &ConsentText) -> bool {
    a.sha256 == b.sha256 && a.body == b.body
}

/// Registers texts handed in by the caller ((metadata JSON, legal original) pairs, e.g. from an
/// installed feed release): all of them or none. Each is checked as a shipped text is
/// ([`parse_text`]); a version already known (shipped, or registered before) must have the same
/// words, or the whole set is refused ([`TextDataError::VersionChanged`]). Returns the texts, in
/// the order given, for [`set_offered`].
pub fn register(sources: &[(String, String)]) -> Result<Vec<&'static ConsentText>, TextDataError> {
    let mut parsed: Vec<ConsentText> = Vec::with_capacity(sources.len());
    for (meta, body) in sources {
        let text = parse_text(meta, body)?;
        let changed = |t: &ConsentText| t.id == text.id && t.version == text.version && !same_words(t, &text);
        if parsed.iter().any(changed) {
            return Err(TextDataError::VersionChanged { id: text.id, version: text.version });
        }
        parsed.push(text);
    }
    let mut reg = registry().write().unwrap_or_else(|p| p.into_inner());
    for text in &parsed {
        if let Some(old) = reg.known.get(&(text.id.clone(), text.version.clone())) {
            if !same_words(old, text) {
                return Err(TextDataError::VersionChanged { id: text.id.clone(), version: text.version.clone() });
            }
        }
    }
    let mut out = Vec::with_capacity(parsed.len());
    for text in parsed {
        let key = (text.id.clone(), text.version.clone());
        let stored = match reg.known.get(&key) {
            Some(old) => *old,
            None => {
                let leaked: &'static ConsentText = Box::leak(Box::new(text));
                reg.known.insert(key, leaked);
                leaked
            }
        };
        out.push(stored);
    }
    Ok(out)
}

/// Which registered texts are offered beside the shipped ones (the installed release's; an
/// empty list when none is installed). Texts not offered stay [`known`] for verification.
pub fn set_offered(texts: &[&'static ConsentText]) {
    let mut reg = registry().write().unwrap_or_else(|p| p.into_inner());
    reg.offered = texts.iter().map(|t| (t.id.clone(), t.version.clone())).collect();
}

/// A text by id and version among every text known: shipped, or ever registered in this process.
/// What a signed record is checked against.
pub fn known(id: &str, version: &str) -> Option<&'static ConsentText> {
    let reg = registry().read().unwrap_or_else(|p| p.into_inner());
    reg.known.get(&(id.to_string(), version.to_string())).copied()
}

/// The texts offered for reading and signing: the shipped ones and the installed release's, by
/// (id, version).
pub fn library() -> BTreeMap<Key, &'static ConsentText> {
    let reg = registry().read().unwrap_or_else(|p| p.into_inner());
    let mut out: BTreeMap<Key, &'static ConsentText> =
        shipped().iter().map(|(k, t)| (k.clone(), t)).collect();
    for key in &reg.offered {
        if let Some(t) = reg.known.get(key) {
            out.insert(key.clone(), t);
        }
    }
    out
}

/// One text by id: the given version (any known version, so an old record's text can be shown),
/// or the newest offered text in force on `as_of` when none is given (the later effective date;
/// on the same date, the later version).
pub fn find(id: &str, version: Option<&str>, as_of: NaiveDate) -> Option<&'static ConsentText> {
    match version {
        Some(v) => known(id, v),
        None => library()
            .into_values()
            .filter(|t| t.id == id && t.effective_from <= as_of)
            .max_by(|a, b| a.effective_from.cmp(&b.effective_from).then_with(|| a.version.cmp(&b.version))),
    }
}

/// The shipped texts' raw files, for tests that alter a byte.
pub fn shipped_sources() -> &'static [(&'static str, &'static str)] {
    SHIPPED
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn every_shipped_text_is_consistent() {
        for (meta, body) in SHIPPED {
            let text = parse_text(meta, body).unwrap_or_else(|e| panic!("shipped text broken: {e}"));
            for clause in text.clauses.iter().filter(|c| matches!(c.role, ClauseRole::Clause | ClauseRole::Declaration)) {
                assert!(clause.summary.is_some(), "{}: clause {} needs a plain-language summary", text.id, clause.id);
            }
            assert_eq!(text.signable, !text.obligations.is_empty(), "{}: signable texts list obligations", text.id);
        }
        assert_eq!(shipped().len(), SHIPPED.len(), "every shipped text loads");
    }

    #[test]
    fn the_beijing_form_is_the_seed_text_verbatim() {
        let t = find("beijing-inpatient-direct-settlement-consent", None, NaiveDate::from_ymd_opt(2026, 1, 1).unwrap())
            .expect("Beijing form shipped");
        // Opening and closing words of the form as printed in seed 000 (half-width punctuation).
        assert!(t.body.starts_with("北京市基本医疗保险跨省异地就医住院 医疗费用直接结算知情同意书 北京市基本医疗保险参保人员: 为保障您的知情同意权,"));
        assert!(t.body.trim_end().ends_with("参保人或被委托人签字: 签字日期:"));
        // Its three exclusions (RULES.md §4) are in clause policy-3.
        let p3 = t.clauses.iter().find(|c| c.id == "policy-3").unwrap();
        for phrase in ["城市居民最低生活保障", "精神疾病", "门诊特殊病、家庭病床、急诊留观"] {
            assert!(p3.zh.contains(phrase), "policy-3 names the exclusion {phrase}");
        }
        assert!(t.applies_to_region("110105") && !t.applies_to_region("420100"), "Beijing only");
    }

    #[test]
    fn a_changed_byte_in_a_text_is_refused() {
        let (meta, body) = SHIPPED[0];
        // 市 → 巿 (U+5DFF), a look-alike: invisible to a reader, not to the hash.
        let altered = body.replacen("本市", "本巿", 1);
        assert_ne!(altered, body);
        assert!(matches!(parse_text(meta, &altered), Err(TextDataError::Hash { .. })), "hash must catch it");
        let dropped = meta.replacen("\"id\": \"notes-4\"", "\"id\": \"notes-4x\"", 1);
        // Renaming a clause is fine for the body, but an obligation pointing at it is caught.
        assert!(matches!(parse_text(&dropped, body), Err(TextDataError::ObligationClause { .. })));
    }

    /// A copy of the commitment letter under another id and version, with `body` as its words.
    fn variant(id: &str, version: &str, effective: &str, body_edit: Option<(&str, &str)>) -> (String, String) {
        let (meta, body) = SHIPPED[1];
        let body = match body_edit {
            Some((from, to)) => body.replacen(from, to, 1),
            None => body.to_string(),
        };
        let mut v: serde_json::Value = serde_json::from_str(meta).unwrap();
        v["id"] = serde_json::json!(id);
        v["version"] = serde_json::json!(version);
        v["effective_from"] = serde_json::json!(effective);
        v["sha256"] = serde_json::json!(sha256_hex(body.as_bytes()));
        if let Some((from, to)) = body_edit {
            for c in v["clauses"].as_array_mut().unwrap() {
                let zh = c["zh"].as_str().unwrap().to_string();
                if zh.contains(from) {
                    c["zh"] = serde_json::json!(zh.replacen(from, to, 1));
                    break;
                }
            }
        }
        (v.to_string(), body)
    }

    #[test]
    fn registered_versions_are_kept_and_a_changed_version_is_refused_whole() {
        // An id of its own, so that the other tests' texts are untouched by this one.
        let id = "test-registry-commitment";
        let v1 = variant(id, "2026-01", "2026-01-01", None);
        let registered = register(std::slice::from_ref(&v1)).unwrap();
        set_offered(&registered);
        let day = NaiveDate::from_ymd_opt(2026, 6, 1).unwrap();
        assert_eq!(find(id, None, day).map(|t| t.version.as_str()), Some("2026-01"));

        // A new version in force from 2026-03-01 is what is offered from then on.
        let v2 = variant(id, "2026-03", "2026-03-01", Some(("本人", "本人（参保人）")));
        let registered = register(std::slice::from_ref(&v2)).unwrap();
        set_offered(&registered);
        assert_eq!(find(id, None, day).map(|t| t.version.as_str()), Some("2026-03"), "the newer version in force");
        assert!(known(id, "2026-01").is_some(), "the version no longer offered still verifies records");
        assert!(!library().contains_key(&(id.to_string(), "2026-01".to_string())), "but it is no longer offered");

        // A set that edits a known version (same id and version, other words) is refused whole:
        // the new version 2026-05 beside it is not registered either.
        let edited = variant(id, "2026-03", "2026-03-01", Some(("本人", "我")));
        let v3 = variant(id, "2026-05", "2026-05-01", None);
        let e = register(&[v3, edited]).unwrap_err();
        assert!(matches!(e, TextDataError::VersionChanged { .. }), "{e}");
        assert!(known(id, "2026-05").is_none(), "nothing of a refused set is registered");
        assert_eq!(known(id, "2026-03").map(|t| t.body.clone()), Some(v2.1), "the known words stay");
        // The same words registered again are the same text, not a second copy.
        assert!(std::ptr::eq(register(std::slice::from_ref(&v1)).unwrap()[0], known(id, "2026-01").unwrap()));
        set_offered(&[]);
    }
}
