//! Input errors that name the field at fault, in the person's language.
//!
//! Every part of Yidi that reads input — a case file for the estimator, interview answers, a CSV
//! import, a form in the UI — reports a bad value as a [`FieldError`]: the field's path as the data
//! spells it (`bill.total`), what is wrong, and the offending value. The message is made by Fluent
//! (`err-*` ids in `locales/*/errors.ftl`); the field's own label comes from a `field-*` message
//! when one exists (`field-bill-total` = 住院总费用), so a person reads 「住院总费用」 while programs
//! (and the CLI's error line) get the path `bill.total` in [`FieldError::field`].

use std::fmt;

use serde::Serialize;

use crate::i18n::{self, Args, Lang};

/// What is wrong with a field's value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum FieldErrorKind {
    /// Required and absent (or null).
    Missing,
    /// A key the format does not have: a typo or a misplaced value, refused rather than ignored.
    UnknownField,
    /// Not six digits of a GB/T 2260 code.
    NotARegionCode { value: String },
    /// Well-formed, but no division has this code.
    UnknownRegion { value: String },
    /// Not a decimal number (money and counts are never floating point).
    NotANumber { value: String },
    /// An amount that must not be negative.
    Negative { value: String },
    /// Not a date in the form YYYY-MM-DD, or no such day.
    NotADate { value: String },
    /// Not one of the allowed values.
    NotOneOf { value: String, allowed: Vec<String> },
    /// Outside the allowed range (inclusive bounds, as text).
    OutOfRange { value: String, min: String, max: String },
    /// The wrong JSON type: an object where a list belongs, a number where text belongs.
    WrongType { expected: String },
    /// A check specific to one feature; `message_id` is an `err-*` message that takes `$field`
    /// plus the given text arguments.
    Custom { message_id: &'static str, args: Vec<(&'static str, String)> },
}

/// A bad value in a named field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldError {
    /// The field's path as the input spells it: `insured_region`, `bill.total`, `answers[3].value`.
    pub field: String,
    #[serde(flatten)]
    pub kind: FieldErrorKind,
}

impl FieldError {
    pub fn new(field: impl Into<String>, kind: FieldErrorKind) -> Self {
        FieldError { field: field.into(), kind }
    }
    pub fn missing(field: impl Into<String>) -> Self {
        Self::new(field, FieldErrorKind::Missing)
    }
    pub fn unknown_field(field: impl Into<String>) -> Self {
        Self::new(field, FieldErrorKind::UnknownField)
    }
    pub fn not_a_region_code(field: impl Into<String>, value: &str) -> Self {
        Self::new(field, FieldErrorKind::NotARegionCode { value: value.into() })
    }
    pub fn unknown_region(field: impl Into<String>, value: &str) -> Self {
        Self::new(field, FieldErrorKind::UnknownRegion { value: value.into() })
    }
    pub fn not_a_number(field: impl Into<String>, value: &str) -> Self {
        Self::new(field, FieldErrorKind::NotANumber { value: value.into() })
    }
    pub fn negative(field: impl Into<String>, value: &str) -> Self {
        Self::new(field, FieldErrorKind::Negative { value: value.into() })
    }
    pub fn not_a_date(field: impl Into<String>, value: &str) -> Self {
        Self::new(field, FieldErrorKind::NotADate { value: value.into() })
    }
    pub fn not_one_of(field: impl Into<String>, value: &str, allowed: &[&str]) -> Self {
        let allowed = allowed.iter().map(|s| s.to_string()).collect();
        Self::new(field, FieldErrorKind::NotOneOf { value: value.into(), allowed })
    }
    pub fn out_of_range(field: impl Into<String>, value: &str, min: &str, max: &str) -> Self {
        Self::new(field, FieldErrorKind::OutOfRange { value: value.into(), min: min.into(), max: max.into() })
    }
    pub fn wrong_type(field: impl Into<String>, expected: &str) -> Self {
        Self::new(field, FieldErrorKind::WrongType { expected: expected.into() })
    }
    pub fn custom(field: impl Into<String>, message_id: &'static str, args: Vec<(&'static str, String)>) -> Self {
        Self::new(field, FieldErrorKind::Custom { message_id, args })
    }

    /// The field as a person reads it: its localized label, quoted, or the path when the field has
    /// no label. The path itself stays out of the sentence — people filling a form see the message
    /// beside the field — and travels in [`FieldError::field`] for programs and the CLI.
    pub fn field_label(&self, lang: Lang) -> String {
        match i18n::text(lang, &field_message_id(&self.field)) {
            Ok(label) => i18n::format_or_id(lang, "err-field-label", &Args::new().text("label", label)),
            Err(_) => self.field.clone(),
        }
    }

    /// The message id and arguments, before formatting: what tests check and what a UI may use
    /// to place the message beside its input.
    pub fn message_parts(&self, lang: Lang) -> (&'static str, Args) {
        let args = Args::new().text("field", self.field_label(lang));
        match &self.kind {
            FieldErrorKind::Missing => ("err-missing", args),
            FieldErrorKind::UnknownField => ("err-unknown-field", args),
            FieldErrorKind::NotARegionCode { value } => ("err-not-a-region-code", args.text("value", value)),
            FieldErrorKind::UnknownRegion { value } => ("err-unknown-region", args.text("value", value)),
            FieldErrorKind::NotANumber { value } => ("err-not-a-number", args.text("value", value)),
            FieldErrorKind::Negative { value } => ("err-negative", args.text("value", value)),
            FieldErrorKind::NotADate { value } => ("err-not-a-date", args.text("value", value)),
            FieldErrorKind::NotOneOf { value, allowed } => {
                ("err-not-one-of", args.text("value", value).text("allowed", allowed.join(", ")))
            }
            FieldErrorKind::OutOfRange { value, min, max } => {
                ("err-out-of-range", args.text("value", value).text("min", min).text("max", max))
            }
            FieldErrorKind::WrongType { expected } => ("err-wrong-type", args.text("expected", type_label(lang, expected))),
            FieldErrorKind::Custom { message_id, args: extra } => {
                let args = extra.iter().fold(args, |a, (name, value)| a.text(name, value.clone()));
                (message_id, args)
            }
        }
    }

    /// The localized message.
    pub fn message(&self, lang: Lang) -> String {
        let (id, args) = self.message_parts(lang);
        i18n::format_or_id(lang, id, &args)
    }

    /// A stable code for programs (the UI branches on this, never on message text).
    pub fn code(&self) -> &'static str {
        match &self.kind {
            FieldErrorKind::Missing => "missing",
            FieldErrorKind::UnknownField => "unknown_field",
            FieldErrorKind::NotARegionCode { .. } => "not_a_region_code",
            FieldErrorKind::UnknownRegion { .. } => "unknown_region",
            FieldErrorKind::NotANumber { .. } => "not_a_number",
            FieldErrorKind::Negative { .. } => "negative",
            FieldErrorKind::NotADate { .. } => "not_a_date",
            FieldErrorKind::NotOneOf { .. } => "not_one_of",
            FieldErrorKind::OutOfRange { .. } => "out_of_range",
            FieldErrorKind::WrongType { .. } => "wrong_type",
            FieldErrorKind::Custom { message_id, .. } => message_id,
        }
    }
}

/// `bill.total` → `field-bill-total`; list indices are dropped (`answers[3].value` →
/// `field-answers-value`) so one label serves every item.
/// The name of a value's type in `lang` (`type-text` → 文字); an unknown name as it is.
pub fn type_label(lang: Lang, expected: &str) -> String {
    let id: String = format!("type-{}", expected.to_ascii_lowercase().replace('/', "-"));
    i18n::text(lang, &id).map(|t| t.to_string()).unwrap_or_else(|_| expected.to_string())
}

pub fn field_message_id(path: &str) -> String {
    let mut id = String::from("field-");
    let mut in_index = false;
    for c in path.chars() {
        match c {
            '(' | ')' => {}
            '[' => in_index = true,
            ']' => in_index = false,
            _ if in_index => {}
            '.' | '_' => {
                if !id.ends_with('-') {
                    id.push('-')
                }
            }
            c => id.push(c.to_ascii_lowercase()),
        }
    }
    id
}

impl fmt::Display for FieldError {
    /// English, for logs and developers; people get [`FieldError::message`] in their language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message(Lang::EnUs))
    }
}

impl std::error::Error for FieldError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_paths_map_to_label_ids() {
        assert_eq!(field_message_id("insured_region"), "field-insured-region");
        assert_eq!(field_message_id("bill.total"), "field-bill-total");
        assert_eq!(field_message_id("answers[3].value"), "field-answers-value");
    }
}
