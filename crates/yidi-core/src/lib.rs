//! The one API surface of Yidi. The Tauri commands and the `yidi` CLI call these functions and
//! nothing below them, so both always give the same answer to the same question.
//!
//! Requests arrive loose (strings, as typed or as sent by the web UI) and are validated here into
//! domain types; answers leave as transport types in camelCase JSON with every user-facing string
//! already formatted in the requested language. Errors leave as [`ApiError`]: a stable `code` for
//! programs, the `field` at fault, and a localized `message` for people.
//!
//! Modules:
//! - [`error`]: the error every API function returns.
//! - [`text`]: the static text a screen needs, by prefix.
//! - [`regions`]: division search and the cross-province check.
//! - [`consent`]: informed consent and commitment letters: read, sign, verify, print.
//! - [`estimate`]: out-of-pocket estimate with the filing comparison (issue 3).
//! - [`cases`]: people, cases, reminders, desk mode and hand-off (yidi-store).
//! - [`claim`]: roughly what a claim at home should bring back, from the person's facts.
//! - [`interview`]: the eligibility interview, one question per screen, and its outcome.
//! - [`data`]: datasets by relative path (installed verified feed release, else bundled), data
//!   status, feed publishing and keys.
//! - [`hospitals`]: the designated-institution directory: search, import, signed updates.

pub mod cases;
pub mod claim;
pub mod consent;
pub mod data;
pub mod error;
pub mod estimate;
pub mod interview;
pub mod hospitals;
pub mod ics;
pub mod regions;
pub mod settlement;
pub mod text;

pub use error::ApiError;
pub use yidi_domain::Lang;

/// Parses a language tag from a request, naming the field when it is not one we have text for.
pub fn parse_lang(tag: &str) -> Result<Lang, ApiError> {
    tag.parse::<Lang>().map_err(|_| {
        ApiError::from_field(
            Lang::default(),
            &yidi_domain::FieldError::custom("lang", "err-unknown-language", vec![("value", tag.to_string())]),
        )
    })
}

/// Reads a JSON text from outside (a file the CLI was given, a request) for `field`: malformed
/// JSON or a key given twice is a localized error naming the field by its label and the line and
/// column — never the parser's English text, never the code `io`.
pub fn read_json_text(text: &str, field: &str, lang: Lang) -> Result<serde_json::Value, ApiError> {
    yidi_domain::input::parse_json(field, text).map_err(|e| ApiError::from_field(lang, &e))
}
