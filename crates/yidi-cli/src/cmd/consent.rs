//! `yidi consent`: read a text, check an ID number, sign from a JSON request, verify a record,
//! print the PDF packet. The clock and the default paths live here, at the edge; yidi-core gets
//! them as parameters.

use std::path::{Path, PathBuf};

use clap::Subcommand;
use yidi_core::{consent, ApiError, Lang};

use super::case::StoreArgs;
use crate::output::json;

/// China Standard Time: the default offset of signing times (the whole mainland uses UTC+8).
const CST_SECONDS: i32 = 8 * 3600;

/// Fonts tried in order when `--font` is not given: Debian's fonts-noto-cjk, then WenQuanYi.
const FONT_CANDIDATES: &[&str] = &[
    "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
    "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
];

#[derive(Debug, Subcommand)]
pub enum ConsentCommand {
    /// List the consent, commitment and explanation texts (optionally for one insured region).
    Texts {
        #[arg(long)]
        region: Option<String>,
    },
    /// Show one text: clauses, plain-language summaries, obligations to confirm.
    Show {
        id: String,
        #[arg(long)]
        version: Option<String>,
        /// The day the text must be in force (YYYY-MM-DD); today by default.
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Check a citizen ID number (GB 11643); 15-digit numbers are upgraded.
    CheckId {
        number: String,
        #[arg(long)]
        as_of: Option<String>,
    },
    /// Sign: validate a signing request (JSON file, docs/consent.md) and seal it with the device
    /// key, which is kept inside the store: unlocked as `yidi case` unlocks it (keyring, then
    /// --passphrase-file or $YIDI_PASSPHRASE).
    Sign {
        /// The signing request, as the signing screen sends it.
        #[arg(long)]
        request: PathBuf,
        #[command(flatten)]
        store: StoreArgs,
        /// A plaintext device key file of an earlier version: sealed into the store on first
        /// use, then overwritten and removed.
        #[arg(long)]
        legacy_key: Option<PathBuf>,
        /// The moment of signing, RFC 3339 (2026-11-23T10:30:00+08:00); now by default.
        #[arg(long)]
        at: Option<String>,
        /// Write the record here instead of printing it.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Verify a signed record: valid, or which field was altered.
    Verify {
        file: PathBuf,
        /// Also require that this key sealed it: its public key (64 hex digits or a public key
        /// file from `consent public-key`). No secret is needed.
        #[arg(long)]
        key: Option<String>,
    },
    /// Write the public key of the device key (kept inside the store, unlocked as for `sign`):
    /// what others need to verify its records.
    PublicKey {
        #[command(flatten)]
        store: StoreArgs,
        /// A plaintext device key file of an earlier version, migrated as for `sign`.
        #[arg(long)]
        legacy_key: Option<PathBuf>,
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Make the PDF packet: registration form, signed text with the signature, checklist.
    Pdf {
        /// `{form, record, checklist, nextSteps}` as JSON (docs/consent.md).
        #[arg(long)]
        request: PathBuf,
        #[arg(long)]
        out: PathBuf,
        /// A CJK font (TTF/OTF/TTC); by default Debian's Noto Sans CJK, then WenQuanYi.
        #[arg(long)]
        font: Option<PathBuf>,
        #[arg(long)]
        as_of: Option<String>,
        /// The key the record must be sealed with (public key hex or file).
        #[arg(long)]
        key: Option<String>,
    },
    /// The relations a proxy may have to the insured person, with their labels.
    Relations,
}

fn now_cst() -> chrono::DateTime<chrono::FixedOffset> {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let utc = chrono::DateTime::from_timestamp(secs, 0).unwrap_or_default();
    let offset = chrono::FixedOffset::east_opt(CST_SECONDS).unwrap_or_else(|| utc.fixed_offset().timezone());
    utc.with_timezone(&offset)
}

fn today(given: &Option<String>) -> String {
    given.clone().unwrap_or_else(|| now_cst().date_naive().to_string())
}

fn io_error(lang: Lang, path: &Path, e: impl std::fmt::Display) -> ApiError {
    consent::file_error(lang, path, &e.to_string())
}

fn read(lang: Lang, path: &Path) -> Result<String, ApiError> {
    std::fs::read_to_string(path).map_err(|e| io_error(lang, path, e))
}

/// A JSON file: malformed JSON (or a key given twice) is a localized error naming the file.
fn read_json(lang: Lang, path: &Path) -> Result<serde_json::Value, ApiError> {
    yidi_core::read_json_text(&read(lang, path)?, "(document)", lang)
}

pub fn run(command: &ConsentCommand, lang: Lang) -> Result<serde_json::Value, ApiError> {
    match command {
        ConsentCommand::Texts { region } => json(&consent::list_texts(region.as_deref(), lang)),
        ConsentCommand::Show { id, version, as_of } => {
            let request = consent::TextRequest { id: id.clone(), version: version.clone(), as_of: today(as_of) };
            json(&consent::get_text(&request, lang)?)
        }
        ConsentCommand::CheckId { number, as_of } => json(&consent::check_id_number(number, &today(as_of), lang)?),
        ConsentCommand::Sign { request, store, legacy_key, at, out } => {
            let request = read_json(lang, request)?;
            let at = at.clone().unwrap_or_else(|| now_cst().to_rfc3339());
            let mut state = yidi_core::cases::CaseState::new();
            store.open_existing(&mut state, lang)?;
            let record = consent::sign(&request, &at, &mut state, legacy_key.as_deref(), super::case::now(), lang)?;
            match out {
                None => json(&record),
                Some(path) => {
                    let text = serde_json::to_string_pretty(&record).map_err(|e| io_error(lang, path, e))?;
                    consent::write_private(path, (text + "\n").as_bytes(), lang)?;
                    json(&serde_json::json!({
                        "written": path.display().to_string(),
                        "textId": record.payload.text.id,
                        "textVersion": record.payload.text.version,
                        "signerRole": record.payload.signer.role,
                        "publicKey": record.seal.public_key,
                    }))
                }
            }
        }
        ConsentCommand::Verify { file, key } => {
            let view = consent::verify_with(&read(lang, file)?, key.as_deref(), lang)?;
            if view.valid {
                json(&view)
            } else {
                Err(ApiError {
                    code: "record_invalid".into(),
                    field: view.problems.first().map(|p| p.field.clone()),
                    message: view.message,
                })
            }
        }
        ConsentCommand::PublicKey { store, legacy_key, out } => {
            let mut state = yidi_core::cases::CaseState::new();
            store.open_existing(&mut state, lang)?;
            let text = consent::public_key_text(&mut state, legacy_key.as_deref(), super::case::now(), lang)?;
            match out {
                None => json(&serde_json::json!({"publicKey": text.lines().nth(1).unwrap_or_default()})),
                Some(path) => {
                    std::fs::write(path, &text).map_err(|e| io_error(lang, path, e))?;
                    json(&serde_json::json!({"written": path.display().to_string()}))
                }
            }
        }
        ConsentCommand::Pdf { request, out, font, as_of, key } => {
            let request = read_json(lang, request)?;
            let font = font
                .clone()
                .or_else(|| std::env::var_os("YIDI_CJK_FONT").map(PathBuf::from))
                .or_else(|| FONT_CANDIDATES.iter().map(PathBuf::from).find(|p| p.exists()))
                .unwrap_or_else(|| PathBuf::from(FONT_CANDIDATES[0]));
            let bytes = consent::render_packet(&request, &today(as_of), &font, key.as_deref(), lang)?;
            consent::write_private(out, &bytes, lang)?;
            json(&serde_json::json!({
                "written": out.display().to_string(),
                "bytes": bytes.len(),
                "font": font.display().to_string(),
            }))
        }
        ConsentCommand::Relations => json(
            &consent::relations(lang)
                .into_iter()
                .map(|(value, label)| serde_json::json!({"value": value, "label": label}))
                .collect::<Vec<_>>(),
        ),
    }
}
