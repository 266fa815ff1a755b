//! Tauri commands, one module per feature. Each command takes the request, calls yidi-core and
//! returns its answer or its ApiError; anything that needs the machine (the clock, the app's data
//! folder) is read here, at the edge, and passed into the core.
//!
//! Adding a command: write it in the feature's module, list it in `lib.rs` (generate_handler!),
//! in `build.rs` (the app manifest) and in `capabilities/default.json` (allow-<name>).

pub mod consent;
pub mod data;
pub mod interview;
pub mod estimate;
pub mod cases;
pub mod hospitals;
pub mod regions;
pub mod trip;
