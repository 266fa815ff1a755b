//! Helpers shared by the integration tests in this folder.
//!
//! Index of the tests:
//! - `locales.rs`: every locale parses, has the reference's ids and placeables, formats strictly;
//!   every message id the code and the UI use exists.
//! - `divisions.rs`: the embedded division table is whole and its pinyin reads place names right.

use std::path::{Path, PathBuf};

/// The workspace root (this crate lives in `tests/`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().map(Path::to_path_buf).unwrap_or_default()
}

/// Files under `dir` (relative to the root) whose extension is one of `extensions`, skipping
/// build output and dependencies.
pub fn source_files(dir: &str, extensions: &[&str]) -> Vec<PathBuf> {
    walkdir::WalkDir::new(workspace_root().join(dir))
        .into_iter()
        .filter_entry(|e| {
            let name = e.file_name().to_string_lossy();
            !matches!(name.as_ref(), "target" | "node_modules" | "dist" | "gen")
        })
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .filter(|e| e.path().extension().is_some_and(|x| extensions.iter().any(|ext| x == *ext)))
        .map(|e| e.into_path())
        .collect()
}
