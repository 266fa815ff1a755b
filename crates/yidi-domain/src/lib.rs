//! The vocabulary of Yidi, shared by every other crate: where (regions), who and how insured
//! (schemes, work status), what kind of filing (categories, stages), how much (money), what went
//! wrong with an input (field errors), and the words for all of it (Fluent text).
//!
//! No I/O beyond the data embedded at build time, no clock, no UI.
//!
//! Modules:
//! - [`i18n`]: languages and Fluent formatting; the one source of user-facing text.
//! - [`region`]: GB/T 2260 codes and the division table with names and pinyin.
//! - [`trip`]: whether a journey is cross-province, within a province, or local.
//! - [`insurance`]: schemes, work status, the six filing categories, stages.
//! - [`money`]: yuan as decimals, rounded to the fen at line ends.
//! - [`format`]: dates and money as people read them ("2026年12月7日（周一）", "44,496 元").
//! - [`error`]: input errors that name their field, localized.
//! - [`input`]: reading loose JSON into those types, path by path.

pub mod error;
pub mod format;
pub mod i18n;
pub mod input;
pub mod insurance;
pub mod money;
pub mod region;
pub mod trip;

pub use error::{FieldError, FieldErrorKind};
pub use i18n::Lang;
pub use insurance::{FilingCategory, FilingTerm, Labelled, Scheme, Stage, WireNames, WorkStatus};
pub use money::Money;
pub use region::{divisions, Division, DivisionLevel, RegionCode};
pub use trip::TripScope;

/// Re-exported so that every crate uses the same decimal and date types.
pub use chrono::NaiveDate;
pub use rust_decimal::Decimal;
