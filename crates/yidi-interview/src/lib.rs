//! The eligibility interview (issue 4): from a person's situation to a filing plan.
//!
//! Questions, routes, the category decision table and the outcome lines are data
//! (`data/interview/flow.json` and `data/interview/rules/*.json`), read by [`Interview`] and
//! checked when loaded. The rules are layered: national defaults, then the insured region's
//! province, prefecture and own layer, each overriding parameters and lines — so a region's rule
//! is corrected in its file, never in code.
//!
//! This crate owns the engine: the path through the flow, what Back and a changed answer keep,
//! and the outcome's lines, citations and dates (from an `as_of` date passed in; there is no
//! clock here). It owns no wording: message ids are in [`text`], and yidi-core formats them.
//!
//! Modules:
//! - [`model`]: the data files' shapes.
//! - [`load`]: loading and the structural checks (no dead ends, no cycles, known names).
//! - [`answer`]: typed answers from loose JSON.
//! - [`engine`]: walking, pruning, Back, and the outcome.
//! - [`explore`]: every combination of answers, walked to its end.
//! - [`text`]: Fluent message ids.

pub mod answer;
pub mod engine;
pub mod explore;
pub mod load;
pub mod model;
pub mod text;

/// Re-exported so that callers compute dates with the same chrono.
pub use chrono;
pub use answer::{Answer, Answers};
pub use engine::{EngineError, Interview, Next, Plan, PlanDates, PlanLine, Rules, Walk};
pub use load::LoadError;
pub use model::{Section, Settlement, Verdict};
