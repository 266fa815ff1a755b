//! Where the data key may be kept outside the database: the OS keyring.
//!
//! macOS has the Keychain, Windows the Credential Manager, a Linux desktop the Secret Service over
//! D-Bus (GNOME Keyring, KWallet). A headless Linux, a container or a CI runner has none of them;
//! there [`OsKeyring`] answers [`KeyStoreError::Unavailable`] quickly and the store falls back to
//! its passphrase slot. The store never depends on the keyring alone unless the caller chose so.

use std::{collections::HashMap, sync::Mutex};

use zeroize::Zeroizing;

/// Why a key store could not answer.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum KeyStoreError {
    /// There is no keyring on this system, or it refused access.
    #[error("no usable OS keyring: {0}")]
    Unavailable(String),
}

/// Somewhere to keep a secret by account name.
pub trait KeyStore: std::fmt::Debug {
    /// The secret, or `None` when this account has none.
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError>;
    fn set(&self, account: &str, secret: &[u8]) -> Result<(), KeyStoreError>;
    fn delete(&self, account: &str) -> Result<(), KeyStoreError>;
}

/// No keyring: the passphrase alone unlocks the store (the CLI, tests, headless machines).
#[derive(Debug, Clone, Copy, Default)]
pub struct NoKeyring;

impl KeyStore for NoKeyring {
    fn get(&self, _: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError> {
        Err(KeyStoreError::Unavailable("no keyring configured".into()))
    }
    fn set(&self, _: &str, _: &[u8]) -> Result<(), KeyStoreError> {
        Err(KeyStoreError::Unavailable("no keyring configured".into()))
    }
    fn delete(&self, _: &str) -> Result<(), KeyStoreError> {
        Ok(())
    }
}

/// A keyring in memory, for tests and for embedding the store where the host keeps secrets itself.
#[derive(Debug, Default)]
pub struct MemoryKeyStore {
    entries: Mutex<HashMap<String, Zeroizing<Vec<u8>>>>,
}

impl KeyStore for MemoryKeyStore {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError> {
        let entries = self.entries.lock().map_err(|e| KeyStoreError::Unavailable(e.to_string()))?;
        Ok(entries.get(account).cloned())
    }
    fn set(&self, account: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        let mut entries = self.entries.lock().map_err(|e| KeyStoreError::Unavailable(e.to_string()))?;
        entries.insert(account.to_string(), Zeroizing::new(secret.to_vec()));
        Ok(())
    }
    fn delete(&self, account: &str) -> Result<(), KeyStoreError> {
        let mut entries = self.entries.lock().map_err(|e| KeyStoreError::Unavailable(e.to_string()))?;
        entries.remove(account);
        Ok(())
    }
}

/// The platform's keyring through the `keyring` crate, under the service name `yidi`.
#[cfg(feature = "os-keyring")]
#[derive(Debug, Clone, Copy, Default)]
pub struct OsKeyring;

#[cfg(feature = "os-keyring")]
impl OsKeyring {
    pub const SERVICE: &'static str = "yidi";

    fn entry(account: &str) -> Result<keyring::Entry, KeyStoreError> {
        keyring::Entry::new(Self::SERVICE, account).map_err(|e| KeyStoreError::Unavailable(e.to_string()))
    }
}

#[cfg(feature = "os-keyring")]
impl KeyStore for OsKeyring {
    fn get(&self, account: &str) -> Result<Option<Zeroizing<Vec<u8>>>, KeyStoreError> {
        match Self::entry(account)?.get_secret() {
            Ok(secret) => Ok(Some(Zeroizing::new(secret))),
            Err(keyring::Error::NoEntry) => Ok(None),
            Err(e) => Err(KeyStoreError::Unavailable(e.to_string())),
        }
    }
    fn set(&self, account: &str, secret: &[u8]) -> Result<(), KeyStoreError> {
        Self::entry(account)?.set_secret(secret).map_err(|e| KeyStoreError::Unavailable(e.to_string()))
    }
    fn delete(&self, account: &str) -> Result<(), KeyStoreError> {
        match Self::entry(account)?.delete_credential() {
            Ok(()) | Err(keyring::Error::NoEntry) => Ok(()),
            Err(e) => Err(KeyStoreError::Unavailable(e.to_string())),
        }
    }
}

#[cfg(all(test, feature = "os-keyring", target_os = "linux"))]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    /// On a machine without a Secret Service (CI, containers, this build box) the keyring must
    /// answer "unavailable" rather than hang or panic; on a desktop it must round-trip.
    #[test]
    fn the_os_keyring_round_trips_or_reports_unavailable() {
        let account = format!("yidi-test-{}", crate::crypto::random_id());
        match OsKeyring.set(&account, b"k") {
            Ok(()) => {
                assert_eq!(OsKeyring.get(&account).unwrap().as_deref().map(Vec::as_slice), Some(&b"k"[..]));
                OsKeyring.delete(&account).unwrap();
                assert_eq!(OsKeyring.get(&account).unwrap(), None, "a deleted entry is gone");
            }
            Err(KeyStoreError::Unavailable(why)) => {
                eprintln!("no OS keyring here ({why}); the store falls back to the passphrase");
                assert!(OsKeyring.get(&account).is_err() || OsKeyring.get(&account).unwrap().is_none());
            }
        }
    }
}
