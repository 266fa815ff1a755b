//! Informed consent and commitment letters (issue 6): what a person reads before filing, what
//! they sign, how the signature is kept so that any later change shows, and the packet they print.
//!
//! Modules:
//! - [`texts`]: the versioned texts (Beijing's informed-consent form verbatim from seed 000, a
//!   national-pattern commitment letter, the self-pay agreement explained), with clauses,
//!   plain-language summaries and obligations.
//! - [`idnumber`]: GB 11643 identity numbers: check character, birth date, address code (current
//!   and historical), fifteen-digit upgrade.
//! - [`record`]: signing requests validated into a payload, sealed with ed25519 over a canonical
//!   form, and verified field by field.
//! - [`canonical`]: the canonical JSON the seal covers.
//! - [`key`]: the device key file (created 0600 on first use).
//! - [`pdf`]: the printable packet with an embedded, subset CJK font.
//!
//! No clock, no current directory: times, dates, key and font paths are parameters.

pub mod canonical;
pub mod identity;
pub mod idnumber;
pub mod key;
pub mod pdf;
pub mod record;
pub mod texts;

pub use idnumber::{parse_id_number, IdNumber};
pub use record::{sign, verify, SignedRecord, Verification};
pub use texts::{find, library, ConsentText};
