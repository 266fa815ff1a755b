//! One module per subcommand: parse the arguments, call yidi-core, return JSON.

pub mod data;
pub mod hospitals;
pub mod regions;
pub mod trip;
