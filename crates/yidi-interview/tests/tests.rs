//! Integration tests of the interview engine and its shipped data.
//!
//! - `graph`: mechanical checks over the flow — every question and outcome reachable by some
//!   answers, every combination of answers ends in an outcome, no dead ends, and the loader
//!   refuses broken data.
//! - `locales`: every message in every locale, and the audience wording.
//! - `navigation`: Back, changed answers, and what is kept or dropped.
//! - `scenarios`: the scenario files in `tests/scenarios/*.json`, run by one harness.

mod common;
mod graph;
mod locales;
mod navigation;
mod scenarios;
