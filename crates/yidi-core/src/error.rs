//! The error every API function returns: `{code, field, message}` in JSON. The UI and scripts
//! branch on `code`; people read `message`, already in their language.

use serde::Serialize;
use yidi_domain::{FieldError, Lang};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, thiserror::Error)]
#[serde(rename_all = "camelCase")]
#[error("{message}")]
pub struct ApiError {
    /// Stable and machine-readable: `missing`, `unknown_region`, `not_a_date`, …
    pub code: String,
    /// The input field at fault, as the request spells it, when one is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub field: Option<String>,
    /// For people, in the requested language.
    pub message: String,
}

impl ApiError {
    pub fn from_field(lang: Lang, error: &FieldError) -> Self {
        ApiError { code: error.code().to_string(), field: Some(error.field.clone()), message: error.message(lang) }
    }
}
