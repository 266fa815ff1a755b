//! People and cases on one device: encrypted SQLite storage, reminders, the service-centre desk
//! mode, and hand-off between devices as a file or a QR code.
//!
//! Owns: the database file and its schema, the data key and its slots (passphrase, OS keyring),
//! the desk session's temporary folder. Does not own: the content of case documents (the
//! interview, estimate and consent features write them; they are opaque JSON here), the app-data
//! path (decided by the shell or the CLI), the clock (every time and date is passed in), the UI
//! and system notifications.
//!
//! Modules:
//! - [`model`]: people, identities, cases, documents; reading them from loose JSON.
//! - [`store`]: the SQLite store: create, unlock, migrate, save and load atomically.
//! - [`crypto`]: the data key, field sealing, passphrase wrapping.
//! - [`keystore`]: the OS keyring, or none.
//! - [`reminders`]: validity ends and change deadlines due as of a date.
//! - [`desk`]: desk sessions and their wipe.
//! - [`handoff`]: export/import files, QR pre-fill codes.
//! - [`error`]: errors with localized messages.
//! - [`private`]: files 0600 and folders 0700.

pub mod crypto;
pub mod desk;
pub mod error;
pub mod handoff;
pub mod keystore;
pub mod model;
pub mod private;
pub mod reminders;
pub mod store;

pub use crypto::{DataKey, KdfParams};
pub use desk::{DeskSession, WipeReport};
pub use error::{Result, StoreError};
pub use handoff::{ImportAction, ImportOutcome, Protection};
#[cfg(feature = "os-keyring")]
pub use keystore::OsKeyring;
pub use keystore::{KeyStore, KeyStoreError, MemoryKeyStore, NoKeyring};
pub use model::{Case, CaseInput, CaseMeta, CaseSummary, Document, Identity, Person, PersonInput, Relation};
pub use reminders::{Reminder, ReminderKind};
pub use store::{CreateOptions, Store, Unlock, UnlockedBy, SCHEMA_VERSION};
