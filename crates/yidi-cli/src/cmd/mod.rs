//! One module per subcommand: parse the arguments, call yidi-core, return JSON.

pub mod consent;
pub mod estimate;
pub mod case;
pub mod check;
pub mod data;
pub mod hospitals;
pub mod regions;
pub mod settlement;
pub mod trip;
