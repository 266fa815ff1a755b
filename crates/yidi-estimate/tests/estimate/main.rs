//! The estimator's integration tests, one binary:
//! - [`shapes`]: one test per shape the pack format expresses, against hand-worked figures;
//! - [`packs`]: every shipped pack validates; the strict schema refuses what it must;
//! - [`properties`]: patient + fund = total, monotone share, caps hold, cuts never beat long-term;
//! - [`golden`]: whole cases on the shipped packs, worked step by step.

mod common;
mod golden;
mod packs;
mod properties;
mod shapes;
