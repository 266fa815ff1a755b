//! Informed consent and commitment letters: read a text (clauses, plain-language summaries,
//! obligations), sign it as the insured person or a proxy, verify a signed record, print the
//! packet. The reading and signing screens call these; so does `yidi consent`.
//!
//! A screen's flow: [`get_text`] → show every clause with its summary; enable signing only once
//! the whole text was displayed; have each obligation confirmed; collect strokes, typed name and
//! date → [`sign`] with `displayedFully: true` and the confirmed ids → save the returned record →
//! [`render_packet`] to print. See docs/consent.md for every JSON shape.

use std::path::Path;

use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use yidi_consent::{
    idnumber::{self, IdNumber},
    key, pdf,
    record::{self, SignedRecord},
    texts::{self, ClauseRole, TextKind},
};
use yidi_domain::{
    i18n::{self, Args},
    FieldError, Lang,
};

use crate::{
    cases::{self, CaseState, NaiveDateTime},
    ApiError,
};

pub use yidi_consent::key::DeviceKey;

fn api(lang: Lang, code: &str, id: &str, args: Args) -> ApiError {
    ApiError { code: code.to_string(), field: None, message: i18n::format_or_id(lang, id, &args) }
}

fn field(lang: Lang, e: FieldError) -> ApiError {
    ApiError::from_field(lang, &e)
}

/// Parses an `as_of` date for `name`.
pub fn parse_date(name: &str, text: &str, lang: Lang) -> Result<NaiveDate, ApiError> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| field(lang, FieldError::not_a_date(name, text)))
}

/// Parses a signing time (RFC 3339 with offset: `2026-11-23T15:04:05+08:00`).
pub fn parse_time(name: &str, text: &str, lang: Lang) -> Result<DateTime<FixedOffset>, ApiError> {
    DateTime::parse_from_rfc3339(text.trim()).map_err(|_| field(lang, FieldError::not_a_date(name, text)))
}

/// A text in the list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextListItem {
    pub id: String,
    pub version: String,
    pub kind: TextKind,
    pub kind_label: String,
    pub title: String,
    pub regions: Vec<String>,
    /// The filing categories it is for (wire names): a long-term filer without proof of
    /// residence signs the commitment letter.
    pub categories: Vec<yidi_domain::FilingCategory>,
    pub effective_from: NaiveDate,
    pub signable: bool,
}

/// Every shipped text, optionally only those for people insured in `region`.
///
/// One entry per text: its newest version (the later effective date; on the same date, the later
/// version) among the bundled texts and the installed feed release's (`core::data`).
pub fn list_texts(region: Option<&str>, lang: Lang) -> Vec<TextListItem> {
    crate::data::consent_texts();
    let mut newest: std::collections::BTreeMap<&str, &texts::ConsentText> = std::collections::BTreeMap::new();
    let library = texts::library();
    for t in library.values() {
        let keep = newest.get(t.id.as_str()).is_none_or(|n| (n.effective_from, &n.version) < (t.effective_from, &t.version));
        if keep {
            newest.insert(t.id.as_str(), t);
        }
    }
    newest
        .into_values()
        .filter(|t| region.is_none_or(|r| t.applies_to_region(r)))
        .map(|t| TextListItem {
            id: t.id.clone(),
            version: t.version.clone(),
            kind: t.kind,
            kind_label: i18n::format_or_id(lang, t.kind.label_id(), &Args::new()),
            title: t.title.get(lang).to_string(),
            regions: t.regions.clone(),
            categories: t.categories.clone(),
            effective_from: t.effective_from,
            signable: t.signable,
        })
        .collect()
}

/// A request for one text.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct TextRequest {
    pub id: String,
    /// A given version; without it, the newest in force on `as_of`.
    #[serde(default)]
    pub version: Option<String>,
    /// YYYY-MM-DD.
    pub as_of: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ClauseView {
    pub id: String,
    pub role: ClauseRole,
    /// The legal original (Chinese), always shown.
    pub original: String,
    /// English translation, for understanding only (en-US only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation: Option<String>,
    /// Plain-language summary in the requested language.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ObligationView {
    pub id: String,
    /// The clause it comes from, to show them side by side.
    pub clause: String,
    pub text: String,
}

/// A text as the reading screen shows it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TextView {
    pub id: String,
    pub version: String,
    pub kind: TextKind,
    pub kind_label: String,
    pub signable: bool,
    pub title: String,
    pub original_title: String,
    pub regions: Vec<String>,
    pub effective_from: NaiveDate,
    /// Present when the effective date is the best evidence found, not the issuer's own.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub effective_from_warning: Option<String>,
    pub source: String,
    pub sha256: String,
    /// "Translation for understanding only" (en-US only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub translation_notice: Option<String>,
    pub clauses: Vec<ClauseView>,
    pub obligations: Vec<ObligationView>,
}

/// One text with clauses, summaries and obligations in `lang`.
pub fn get_text(request: &TextRequest, lang: Lang) -> Result<TextView, ApiError> {
    let as_of = parse_date("asOf", &request.as_of, lang)?;
    crate::data::consent_texts();
    let text = texts::find(&request.id, request.version.as_deref(), as_of).ok_or_else(|| {
        let value = format!("{} {}", request.id, request.version.clone().unwrap_or_default()).trim().to_string();
        field(lang, FieldError::custom("id", "consent-err-unknown-text", vec![("value", value)]))
    })?;
    let english = lang == Lang::EnUs;
    Ok(TextView {
        id: text.id.clone(),
        version: text.version.clone(),
        kind: text.kind,
        kind_label: i18n::format_or_id(lang, text.kind.label_id(), &Args::new()),
        signable: text.signable,
        title: text.title.get(lang).to_string(),
        original_title: text.title.zh_cn.clone(),
        regions: text.regions.clone(),
        effective_from: text.effective_from,
        // The note on the evidence is written in English only: Chinese readers get the short
        // warning in their own language rather than an English paragraph.
        effective_from_warning: (!text.effective_from_verified).then(|| match lang {
            Lang::EnUs => i18n::format_or_id(
                lang,
                "consent-effective-unverified",
                &Args::new().text("note", text.effective_from_note.clone()),
            ),
            _ => i18n::format_or_id(lang, "consent-effective-unverified-short", &Args::new()),
        }),
        source: text.source.clone(),
        sha256: text.sha256.clone(),
        translation_notice: english.then(|| i18n::format_or_id(lang, "consent-translation-notice", &Args::new())),
        clauses: text
            .clauses
            .iter()
            .map(|c| ClauseView {
                id: c.id.clone(),
                role: c.role,
                original: c.zh.clone(),
                translation: english.then(|| c.en.clone()),
                summary: c.summary.as_ref().map(|s| s.get(lang).to_string()),
            })
            .collect(),
        obligations: text
            .obligations
            .iter()
            .map(|o| ObligationView { id: o.id.clone(), clause: o.clause.clone(), text: o.text.get(lang).to_string() })
            .collect(),
    })
}

fn key_error(lang: Lang, e: key::KeyError) -> ApiError {
    let path = |p: &Path| p.display().to_string();
    let (id, args) = match &e {
        key::KeyError::Io { path: p, source } => {
            ("consent-err-key-io", Args::new().text("path", path(p)).text("detail", source.to_string()))
        }
        key::KeyError::Malformed { path: p } => ("consent-err-key-malformed", Args::new().text("path", path(p))),
        _ => ("consent-err-key", Args::new().text("detail", e.to_string())),
    };
    api(lang, "device_key", id, args)
}

/// Signing (or printing this device's packet) while the store is closed: the key is inside it.
pub fn key_locked_error(lang: Lang) -> ApiError {
    ApiError {
        code: "need_passphrase".into(),
        // No field: the screen shows it above the form, beside the unlock form it then offers.
        field: None,
        message: i18n::format_or_id(lang, "consent-err-key-locked", &Args::new()),
    }
}

/// The device signing key kept in `store`, sealed with its data key (see
/// `yidi_store::Store::signing_seed`): made on first use; or, when `legacy` names the plaintext
/// key file an earlier version kept, that key — sealed into the store first, then the file is
/// overwritten and removed. A file left over from a migration cut short between the two steps
/// (the store already holds the same key) is removed too; a file with another key is left alone.
pub fn store_device_key(store: &mut yidi_store::Store, legacy: Option<&Path>, lang: Lang) -> Result<key::DeviceKey, ApiError> {
    let store_error = |e: yidi_store::StoreError| cases::api_error(lang, &e);
    let kept = store.signing_seed().map_err(store_error)?;
    let from_file = match legacy {
        Some(path) => key::read_legacy(path).map_err(|e| key_error(lang, e))?,
        None => None,
    };
    let device = match (kept, &from_file) {
        (Some(seed), _) => key::DeviceKey::from_seed(*seed),
        (None, Some(seed)) => {
            store.set_signing_seed(seed).map_err(store_error)?;
            key::DeviceKey::from_seed(**seed)
        }
        (None, None) => {
            let made = key::DeviceKey::generate().map_err(|e| key_error(lang, e))?;
            store.set_signing_seed(&made.seed()).map_err(store_error)?;
            made
        }
    };
    if let (Some(path), Some(seed)) = (legacy, &from_file) {
        if **seed == *device.seed() {
            key::remove_legacy(path).map_err(|e| key_error(lang, e))?;
        }
    }
    Ok(device)
}

/// The device signing key, unlocked the way the store is: the personal store's (migrating the
/// plaintext file at `legacy`, see [`store_device_key`]); in desk mode, the current client's
/// in-memory store's, made for that client and wiped with them by "next client"; with nothing
/// open, a `need_passphrase` error that says to open the records first. Never a second prompt.
pub fn device_key(state: &mut CaseState, legacy: Option<&Path>, now: NaiveDateTime, lang: Lang) -> Result<key::DeviceKey, ApiError> {
    let desk = state.status(lang).mode == "desk";
    let store = state.store(now, lang).map_err(|_| key_locked_error(lang))?;
    store_device_key(store, if desk { None } else { legacy }, lang)
}

/// The public key (hex) of the open store's signing key, if it has one; nothing is made.
pub fn device_public_key(state: &mut CaseState, now: NaiveDateTime, lang: Lang) -> Option<String> {
    let store = state.store(now, lang).ok()?;
    let seed = store.signing_seed().ok()??;
    Some(key::DeviceKey::from_seed(*seed).public_hex())
}

fn font_error(lang: Lang, e: pdf::PdfError) -> ApiError {
    let (id, args) = match &e {
        pdf::PdfError::FontIo { path, source } => {
            ("consent-err-font-io", Args::new().text("path", path.clone()).text("detail", source.to_string()))
        }
        pdf::PdfError::FontInvalid { path, .. } => ("consent-err-font-invalid", Args::new().text("path", path.clone())),
        pdf::PdfError::MissingGlyphs { chars } => ("consent-err-font-glyphs", Args::new().text("chars", chars.clone())),
        _ => ("consent-err-font", Args::new().text("detail", e.to_string())),
    };
    api(lang, "font", id, args)
}

/// Validates a signing request (docs/consent.md) and seals it with the device key (see
/// [`device_key`]: the open store's; `legacy` is a plaintext key file of an earlier version to
/// migrate). `at` is the moment of signing, RFC 3339; `now` counts as desk activity.
pub fn sign(
    request: &Value,
    at: &str,
    state: &mut CaseState,
    legacy: Option<&Path>,
    now: NaiveDateTime,
    lang: Lang,
) -> Result<SignedRecord, ApiError> {
    let at = parse_time("at", at, lang)?;
    // Validate before touching the key: a bad request must not make one.
    crate::data::consent_texts();
    let validated = record::validate_request(request, at, lang).map_err(|e| field(lang, e))?;
    let key = device_key(state, legacy, now, lang)?;
    record::seal(validated.payload, &key).map_err(|e| field(lang, e))
}

/// [`sign`] with a given key (tests and tools that hold one).
pub fn sign_with_key(request: &Value, at: &str, key: &key::DeviceKey, lang: Lang) -> Result<SignedRecord, ApiError> {
    let at = parse_time("at", at, lang)?;
    crate::data::consent_texts();
    let validated = record::validate_request(request, at, lang).map_err(|e| field(lang, e))?;
    record::seal(validated.payload, key).map_err(|e| field(lang, e))
}

/// One problem, in words.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct ProblemView {
    pub field: String,
    pub code: record::ProblemCode,
    pub message: String,
}

/// The verdict on a record file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct VerifyView {
    pub valid: bool,
    pub message: String,
    pub problems: Vec<ProblemView>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub public_key: Option<String>,
}

/// Verifies a record file's text; with `trusted_key_path`, also that this device's key sealed it.
///
/// `trusted_key_path` names a public key file (`yidi consent public-key --out`); [`verify_with`]
/// also takes the 64 hex digits of a public key. Verifying never needs the secret key.
pub fn verify(file_text: &str, trusted_key_path: Option<&Path>, lang: Lang) -> Result<VerifyView, ApiError> {
    let spec = trusted_key_path.map(|p| p.to_string_lossy().to_string());
    verify_with(file_text, spec.as_deref(), lang)
}

/// The public key a record must be sealed with: hex digits or a public key file.
pub fn trusted_key(spec: &str, lang: Lang) -> Result<key::VerifyingKey, ApiError> {
    key::load_trusted(spec).map_err(|e| key_error(lang, e))
}

/// The public key file text of the device key (see [`device_key`]; made when there is none).
pub fn public_key_text(state: &mut CaseState, legacy: Option<&Path>, now: NaiveDateTime, lang: Lang) -> Result<String, ApiError> {
    Ok(key::public_file_text(&device_key(state, legacy, now, lang)?))
}

/// [`verify`] with the trusted key as hex digits or a key file's path.
pub fn verify_with(file_text: &str, trusted_key: Option<&str>, lang: Lang) -> Result<VerifyView, ApiError> {
    let trusted = trusted_key.map(|spec| self::trusted_key(spec, lang)).transpose()?;
    crate::data::consent_texts();
    let verdict = record::verify(file_text, trusted.as_ref());
    let problems: Vec<ProblemView> = verdict
        .problems
        .iter()
        .map(|p| ProblemView { field: p.field.clone(), code: p.code, message: p.code.message(lang, &p.field) })
        .collect();
    let message = match problems.first() {
        None => i18n::format_or_id(lang, "consent-verify-valid", &Args::new()),
        Some(_) => problems.iter().map(|p| p.message.as_str()).collect::<Vec<_>>().join(" "),
    };
    Ok(VerifyView { valid: verdict.valid, message, problems, public_key: verdict.public_key })
}

/// An ID number checked, for a form that validates as the person types.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdNumberView {
    #[serde(flatten)]
    pub id: IdNumber,
    pub masked: String,
}

pub fn check_id_number(number: &str, as_of: &str, lang: Lang) -> Result<IdNumberView, ApiError> {
    check_id_number_for("idNumber", number, as_of, lang)
}

/// [`check_id_number`] for a field of the signing request (`insured.idNumber`,
/// `signer.idNumber`), so the error names the field by its label as the form shows it.
pub fn check_id_number_for(field_name: &str, number: &str, as_of: &str, lang: Lang) -> Result<IdNumberView, ApiError> {
    let as_of = parse_date("asOf", as_of, lang)?;
    let id = idnumber::parse_id_number(field_name, number, as_of).map_err(|e| field(lang, e))?;
    Ok(IdNumberView { masked: id.masked(), id })
}

/// China Standard Time (UTC+8, the whole mainland): the offset of signing times.
const CST_SECONDS: i32 = 8 * 3600;

/// The moment `unix_seconds` (read from the clock by the shell) in China Standard Time,
/// RFC 3339 — the `at` of [`sign`] — and its date, the `signedOn` the form shows.
pub fn china_time(unix_seconds: i64) -> (String, String) {
    let utc = DateTime::from_timestamp(unix_seconds, 0).unwrap_or_default();
    let offset = FixedOffset::east_opt(CST_SECONDS).unwrap_or_else(|| utc.fixed_offset().timezone());
    let local = utc.with_timezone(&offset);
    (local.to_rfc3339(), local.date_naive().to_string())
}

/// Fonts tried in order when none is given: Debian's fonts-noto-cjk, then WenQuanYi (the same
/// search as `yidi consent pdf`).
pub const FONT_CANDIDATES: &[&str] = &[
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
];

/// The CJK font for the packet: `explicit` (e.g. `YIDI_CJK_FONT`), else the first of
/// [`FONT_CANDIDATES`] that exists, else the first candidate (whose absence
/// [`render_packet`] then reports in words).
pub fn default_font(explicit: Option<std::path::PathBuf>) -> std::path::PathBuf {
    explicit
        .or_else(|| FONT_CANDIDATES.iter().map(std::path::PathBuf::from).find(|p| p.exists()))
        .unwrap_or_else(|| std::path::PathBuf::from(FONT_CANDIDATES[0]))
}

/// The PDF packet for a request `{form, record, checklist, nextSteps}`, with the CJK font at
/// `font_path` embedded (subset). The record must verify.
///
/// `trusted_key` (hex digits or a public key file): the record must have been sealed by it — the
/// shell passes the device's own public key, the CLI `--key`.
pub fn render_packet(
    request: &Value,
    as_of: &str,
    font_path: &Path,
    trusted_key: Option<&str>,
    lang: Lang,
) -> Result<Vec<u8>, ApiError> {
    let as_of = parse_date("asOf", as_of, lang)?;
    let trusted = trusted_key.map(|spec| self::trusted_key(spec, lang)).transpose()?;
    crate::data::consent_texts();
    let packet = pdf::parse_packet_request_trusted(request, as_of, trusted.as_ref()).map_err(|e| field(lang, e))?;
    let font = pdf::FontFile::load(font_path).map_err(|e| font_error(lang, e))?;
    pdf::render(&packet, &font, lang).map_err(|e| font_error(lang, e))
}

/// The labels of the relations a proxy may have, for the signing screen's choice.
pub fn relations(lang: Lang) -> Vec<(String, String)> {
    use yidi_domain::WireNames;
    record::Relation::ALL
        .iter()
        .map(|r| (r.wire_name().to_string(), i18n::format_or_id(lang, r.label_id(), &Args::new())))
        .collect()
}

/// A file that could not be read or written, in words (for the CLI and the shell).
pub fn file_error(lang: Lang, path: &Path, detail: &str) -> ApiError {
    api(
        lang,
        "io",
        "consent-err-file",
        Args::new().text("path", path.display().to_string()).text("detail", detail.to_string()),
    )
}

/// The printer could not take a packet, in words.
pub fn print_error(lang: Lang, path: &Path, detail: &str) -> ApiError {
    api(
        lang,
        "print",
        "consent-err-print",
        Args::new().text("path", path.display().to_string()).text("detail", detail.to_string()),
    )
}

/// The two files of a saved packet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct SavedPacket {
    pub pdf: String,
    pub record: String,
    pub bytes: usize,
}

/// Writes the packet's PDF and its signed record into `dir` as
/// `yidi-consent-<date>-<time>.pdf` and `.record.json` (a second packet in the same second gets
/// `-2`, `-3`, …), each 0600: they hold a name, a full ID number, a phone number and a drawn
/// signature. `at` is the signing clock's RFC 3339 time. In desk mode `dir` is the session's
/// folder ([`crate::cases::CaseState::desk_folder`]), so the wipe shreds and counts them.
pub fn save_packet(dir: &Path, at: &str, pdf: &[u8], record: Option<&Value>, lang: Lang) -> Result<SavedPacket, ApiError> {
    yidi_store::private::create_dir(dir).map_err(|e| file_error(lang, dir, &e.to_string()))?;
    let stamp: String = at.chars().take(19).filter(|c| *c != ':').collect::<String>().replace('T', "-");
    let (pdf_path, record_path) = (1..1000)
        .map(|n| {
            let base = if n == 1 { format!("yidi-consent-{stamp}") } else { format!("yidi-consent-{stamp}-{n}") };
            (dir.join(format!("{base}.pdf")), dir.join(format!("{base}.record.json")))
        })
        .find(|(p, r)| !p.exists() && !r.exists())
        .ok_or_else(|| file_error(lang, dir, "too many packets in one second"))?;
    let record_text = record.map(|r| format!("{r:#}\n")).unwrap_or_default();
    let write = |path: &Path, bytes: &[u8]| -> Result<(), ApiError> {
        use std::io::Write as _;
        let mut f = yidi_store::private::create_file(path).map_err(|e| file_error(lang, path, &e.to_string()))?;
        f.write_all(bytes).and_then(|()| f.sync_all()).map_err(|e| file_error(lang, path, &e.to_string()))
    };
    write(&pdf_path, pdf)?;
    write(&record_path, record_text.as_bytes())?;
    Ok(SavedPacket {
        pdf: pdf_path.display().to_string(),
        record: record_path.display().to_string(),
        bytes: pdf.len(),
    })
}

/// Writes a signed record or a packet the user named (`yidi consent sign --out`, `consent pdf
/// --out`) as a private file (0600), atomically: like [`save_packet`]'s, it holds a name, a full
/// ID number, a phone number and a signature.
pub fn write_private(path: &Path, bytes: &[u8], lang: Lang) -> Result<(), ApiError> {
    yidi_store::handoff::write_file_atomically(path, bytes).map_err(|e| file_error(lang, path, &e.to_string()))
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// `consent sign --out` and `consent pdf --out` wrote with the default mode (0644 under a
    /// usual umask): a record holds a full ID number and a signature.
    #[cfg(unix)]
    #[test]
    fn records_and_packets_written_for_the_cli_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("record.json");
        std::fs::write(&path, "old").unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
        write_private(&path, b"{}\n", Lang::ZhCn).unwrap();
        assert_eq!(std::fs::read(&path).unwrap(), b"{}\n");
        assert_eq!(std::fs::metadata(&path).unwrap().permissions().mode() & 0o777, 0o600);
        let e = write_private(&dir.path().join("no/such/folder/x.pdf"), b"%PDF", Lang::ZhCn).unwrap_err();
        assert!(e.message.contains("x.pdf"), "names the file: {}", e.message);
    }

    fn beijing(lang: Lang) -> TextView {
        let request = TextRequest {
            id: "beijing-inpatient-direct-settlement-consent".into(),
            version: None,
            as_of: "2026-11-23".into(),
        };
        get_text(&request, lang).unwrap()
    }

    #[test]
    fn the_reading_screen_gets_original_summary_and_translation() {
        let zh = beijing(Lang::ZhCn);
        let en = beijing(Lang::EnUs);
        let tw = beijing(Lang::ZhTw);
        assert_eq!(zh.clauses[0].original, en.clauses[0].original, "the legal original is shown in every language");
        assert!(zh.clauses.iter().all(|c| c.translation.is_none()), "no translation in Chinese");
        assert!(en.clauses.iter().all(|c| c.translation.is_some()), "every clause translated in English");
        assert!(en.translation_notice.as_deref().unwrap().contains("for understanding only"));
        let summary = |v: &TextView| v.clauses.iter().find(|c| c.id == "notes-2").unwrap().summary.clone().unwrap();
        assert!(summary(&zh).contains("社保卡") && summary(&tw).contains("社保卡") && summary(&zh) != summary(&tw));
        assert_eq!(zh.obligations.len(), 6);
        assert!(zh.effective_from_warning.is_some(), "the Beijing form's date is the best evidence, so flagged");
        let no_latin = |v: &TextView| !v.effective_from_warning.clone().unwrap_or_default().contains("earliest");
        assert!(no_latin(&zh) && no_latin(&tw), "the English-only note is not shown to Chinese readers");
        assert!(en.effective_from_warning.unwrap().contains("earliest public copy"), "English shows the note");
        let e = get_text(&TextRequest { id: "nope".into(), version: None, as_of: "2026-11-23".into() }, Lang::EnUs)
            .unwrap_err();
        assert_eq!((e.code.as_str(), e.field.as_deref()), ("consent-err-unknown-text", Some("id")));
    }

    #[test]
    fn verify_names_the_altered_field_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let mut state = CaseState::new();
        state
            .open_personal(&dir.path().join("yidi.db"), &serde_json::json!({"passphrase": "pw"}), &cases::NoKeyring, cases::KdfParams::INSECURE_FOR_TESTS, Lang::ZhCn)
            .unwrap();
        let now = NaiveDateTime::default();
        let request: Value =
            serde_json::from_str(include_str!("../../yidi-consent/tests/fixtures/sign-request-proxy.json")).unwrap();
        // A bad time is refused before any key is made.
        assert_eq!(sign(&request, "yesterday", &mut state, None, now, Lang::ZhCn).unwrap_err().field.as_deref(), Some("at"));
        assert_eq!(device_public_key(&mut state, now, Lang::ZhCn), None, "no key made for a refused request");
        let record = sign(&request, "2026-11-23T10:30:00+08:00", &mut state, None, now, Lang::ZhCn).unwrap();
        let public = device_public_key(&mut state, now, Lang::ZhCn).unwrap();
        let mut value = serde_json::to_value(&record).unwrap();
        let view = verify_with(&value.to_string(), Some(&public), Lang::ZhCn).unwrap();
        assert!(view.valid && view.message.contains("有效"), "{}", view.message);
        value["payload"]["signer"]["idNumber"] = Value::String("420111198305120046".into());
        let view = verify_with(&value.to_string(), Some(&public), Lang::ZhCn).unwrap();
        assert!(!view.valid);
        assert_eq!(view.problems[0].field, "signer.idNumber");
        assert_eq!(view.message, "「签字人身份号码」在签字后被改动过。");
    }

    #[test]
    fn signing_time_is_china_standard_time() {
        // 2026-11-23T02:30:00Z (python3 datetime(…, tzinfo=utc).timestamp()) is 10:30 in Beijing.
        assert_eq!(china_time(1_795_401_000), ("2026-11-23T10:30:00+08:00".into(), "2026-11-23".into()));
        // 16:00 UTC is already the next day in China: signedOn must follow Beijing's calendar.
        assert_eq!(china_time(1_795_449_600).1, "2026-11-24", "midnight in UTC+8 is 16:00 UTC");
    }

    #[test]
    fn the_form_names_the_id_field_it_checks() {
        let e = check_id_number_for("signer.idNumber", "420111198305120039", "2026-11-23", Lang::ZhCn).unwrap_err();
        assert_eq!(e.field.as_deref(), Some("signer.idNumber"));
        assert!(e.message.starts_with("「签字人身份号码」"), "the label leads, as the form names it: {}", e.message);
        let ok = check_id_number_for("insured.idNumber", "110105491231002", "2026-11-23", Lang::ZhCn).unwrap();
        assert_eq!(ok.id.number, "11010519491231002X", "15 digits upgraded (docs/consent.md's example)");
    }

    #[test]
    fn an_explicit_font_wins_over_the_search() {
        let given = std::path::PathBuf::from("/nowhere/font.ttf");
        assert_eq!(default_font(Some(given.clone())), given);
        let found = default_font(None);
        assert!(FONT_CANDIDATES.iter().any(|c| std::path::Path::new(c) == found), "{found:?} is a candidate");
    }

    /// Every message of locales/*/consent.ftl is loaded (no syntax error dropped it), defined
    /// nowhere else, and takes the same variables in all three languages.
    #[test]
    fn consent_messages_are_complete_in_every_language() {
        let ids_of = |lang: Lang| -> Vec<String> {
            let (_, _, source) = i18n::embedded_files().find(|(l, f, _)| *l == lang.tag() && *f == "consent.ftl").unwrap();
            source
                .lines()
                .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
                .filter_map(|l| l.split(" =").next().map(str::to_string))
                .collect()
        };
        let reference = ids_of(Lang::ZhCn);
        assert!(reference.len() > 100);
        for lang in Lang::ALL {
            assert_eq!(ids_of(lang), reference, "{lang} has the same ids in the same order");
            let loaded: Vec<&str> = i18n::message_ids(lang).collect();
            for id in &reference {
                assert!(loaded.contains(&id.as_str()), "{id} did not load in {lang}");
                assert_eq!(
                    i18n::message_variables(lang, id),
                    i18n::message_variables(Lang::ZhCn, id),
                    "{id} takes the same variables in {lang}"
                );
            }
            for (l, file, source) in i18n::embedded_files().filter(|(l, f, _)| *l == lang.tag() && *f != "consent.ftl") {
                for id in &reference {
                    assert!(!source.lines().any(|line| line.starts_with(&format!("{id} ="))), "{id} also in {l}/{file}");
                }
            }
        }
    }
}
