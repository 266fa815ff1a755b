//! Out-of-pocket estimates for care in another province, on dated, sourced policy packs.
//!
//! - [`pack`]: the policy pack format (one insured pooling region and scheme), strict and dated.
//! - [`destination`]: the destination side, the 乙类 first self-pay share per region.
//! - [`engine`]: the calculation, line by line, the filing comparison and the low/typical/high band.
//! - [`library`]: the packs shipped in `data/policy/`, embedded at build time, and look-up by
//!   region and scheme.
//!
//! No I/O, no clock: callers pass pack text and dates in. Text for people is made in yidi-core.

pub mod destination;
pub mod engine;
pub mod library;
pub mod pack;

pub use destination::DestinationTable;
pub use engine::{
    band, compare, estimate, Assumption, BandPoint, Bill, Case, Estimate, EstimateError, Filing, Hospital, Layer, Line,
    LineKind, NothingReason, OptionResult, ParamKind, ParamValue, Policy, Totals, UsedParam, Warning, YearToDate, BAND,
};
pub use library::Library;
pub use pack::{HospitalLevel, PackError, PolicyPack, Setting, SourceKind};
