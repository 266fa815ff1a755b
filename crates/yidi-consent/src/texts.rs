//! The versioned texts a person reads and signs: informed-consent forms, commitment letters and
//! explanations, as data under `data/consent/texts/` (embedded at build time, like the division
//! table, so a record can always be checked against the text it names).
//!
//! Each text is two files: `<name>.zh-CN.txt`, the legal original byte for byte (its SHA-256 is
//! what a signed record names), and `<name>.json`, the metadata — id, version, insured regions,
//! effective date, source — and the same text cut into clauses, each with its English translation
//! (for understanding only), a plain-language summary in every language, and the obligations a
//! signer confirms one by one. The tests check that the clauses are the original, in order, with
//! nothing left out.

use std::{collections::BTreeMap, sync::OnceLock};

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

/// Every shipped text, by (id, version).
pub fn library() -> &'static BTreeMap<(String, String), ConsentText> {
    static LIBRARY: OnceLock<BTreeMap<(String, String), ConsentText>> = OnceLock::new();
    LIBRARY.get_or_init(|| {
        SHIPPED
            .iter()
            // A defective shipped text is left out rather than taking the app down; the test
            // `every_shipped_text_is_consistent` fails on it before release.
            .filter_map(|(meta, body)| parse_text(meta, body).ok())
            .map(|t| ((t.id.clone(), t.version.clone()), t))
            .collect()
    })
}

/// One text by id; the given version, or the newest in force on `as_of` when none is given.
pub fn find(id: &str, version: Option<&str>, as_of: NaiveDate) -> Option<&'static ConsentText> {
    let texts = library().values().filter(|t| t.id == id);
    match version {
        Some(v) => texts.into_iter().find(|t| t.version == v),
        None => texts.filter(|t| t.effective_from <= as_of).max_by_key(|t| t.effective_from),
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
        assert_eq!(library().len(), SHIPPED.len(), "every shipped text loads");
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
}
