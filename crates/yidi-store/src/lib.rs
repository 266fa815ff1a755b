//! Not yet built: see the issue for this crate.
