//! The device key: the ed25519 key pair that seals this device's consent records.
//!
//! The secret is never kept in a file of its own any more: it lives **inside the store**, sealed
//! with the store's data key (`yidi_store::Store::signing_seed`), so it opens exactly when the
//! store opens — with the passphrase, the OS keyring or the recovery code — and a copy of the data
//! folder without one of them cannot sign. This module makes keys ([`DeviceKey::generate`]),
//! hands their seed to the store ([`DeviceKey::seed`]), and reads and removes the plaintext key
//! file that earlier versions kept (`yidi-device-key/1` and the seed in hex, mode 0600):
//! [`read_legacy`] and [`remove_legacy`] are the two halves of its migration into the store.
//!
//! Checking a record needs only the public key: [`public_file_text`] writes it,
//! [`load_trusted`] reads it back (64 hex digits or a public key file).

use std::{
    fs,
    io::{ErrorKind, Write},
    path::{Path, PathBuf},
};

use ed25519_dalek::SigningKey;
pub use ed25519_dalek::VerifyingKey;
use zeroize::Zeroizing;

use crate::texts::hex;

const HEADER: &str = "yidi-device-key/1";

/// Why the device key could not be used.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum KeyError {
    #[error("cannot read or create the device key {path}: {source}")]
    Io { path: PathBuf, source: std::io::Error },
    #[error("{path} is not a Yidi device key file")]
    Malformed { path: PathBuf },
    #[error("no random bytes from the operating system: {0}")]
    Random(String),
}

/// A loaded device key.
#[derive(Debug)]
pub struct DeviceKey {
    signing: SigningKey,
    /// Whether this key was just made (rather than read back).
    pub created: bool,
}

impl DeviceKey {
    pub fn signing_key(&self) -> &SigningKey {
        &self.signing
    }

    pub fn verifying_key(&self) -> VerifyingKey {
        self.signing.verifying_key()
    }

    /// The public key in hex, as records carry it.
    pub fn public_hex(&self) -> String {
        hex(self.verifying_key().as_bytes())
    }

    /// The key whose secret is `seed` (as the store keeps it).
    pub fn from_seed(seed: [u8; 32]) -> DeviceKey {
        DeviceKey { signing: SigningKey::from_bytes(&seed), created: false }
    }

    /// A new key from the operating system's random source.
    pub fn generate() -> Result<DeviceKey, KeyError> {
        let mut seed = Zeroizing::new([0u8; 32]);
        getrandom::fill(seed.as_mut()).map_err(|e| KeyError::Random(e.to_string()))?;
        Ok(DeviceKey { signing: SigningKey::from_bytes(&seed), created: true })
    }

    /// The secret seed, for the store to seal; zeroed when dropped.
    pub fn seed(&self) -> Zeroizing<[u8; 32]> {
        Zeroizing::new(self.signing.to_bytes())
    }
}

/// The seed of the plaintext key file an earlier version kept at `path`, or `None` when there
/// is none. A file that is not a key file is [`KeyError::Malformed`] and is left alone.
pub fn read_legacy(path: &Path) -> Result<Option<Zeroizing<[u8; 32]>>, KeyError> {
    match fs::read_to_string(path) {
        Ok(text) => {
            let text = Zeroizing::new(text);
            parse(&text).map(|seed| Some(Zeroizing::new(seed))).ok_or_else(|| KeyError::Malformed { path: path.to_path_buf() })
        }
        Err(e) if e.kind() == ErrorKind::NotFound => Ok(None),
        Err(source) => Err(KeyError::Io { path: path.to_path_buf(), source }),
    }
}

/// Removes a plaintext key file once its seed is sealed in the store: the bytes are overwritten
/// with zeros and flushed to the disk before the name goes, so the secret is not left in the
/// file's old blocks for a later reader of the disk (on a copy-on-write or flash file system the
/// old blocks may still survive: keeping the secret sealed from the start is the real remedy).
pub fn remove_legacy(path: &Path) -> Result<(), KeyError> {
    let io = |source| KeyError::Io { path: path.to_path_buf(), source };
    let len = match fs::metadata(path) {
        Ok(m) => m.len(),
        Err(e) if e.kind() == ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(io(e)),
    };
    let mut file = fs::OpenOptions::new().write(true).open(path).map_err(io)?;
    file.write_all(&vec![0u8; usize::try_from(len).unwrap_or(0)]).map_err(io)?;
    file.sync_all().map_err(io)?;
    drop(file);
    fs::remove_file(path).map_err(io)?;
    // The removal itself is made durable too, where the platform allows syncing a folder.
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        if let Ok(dir) = fs::File::open(parent) {
            let _ = dir.sync_all();
        }
    }
    Ok(())
}

/// The first line of a public key file: what anyone who checks records needs, and nothing that
/// could sign one.
pub const PUBLIC_HEADER: &str = "yidi-device-public-key/1";

/// The public key text for a key file: `yidi-device-public-key/1` and the key in hex.
pub fn public_file_text(key: &DeviceKey) -> String {
    format!("{PUBLIC_HEADER}\n{}\n", key.public_hex())
}

/// The key a record must have been sealed with, from what a checker has: the 64 hex digits of a
/// public key, a public key file ([`PUBLIC_HEADER`]), or a plaintext key file of an earlier
/// version not yet migrated (its secret never leaves this function). Verifying never needs the
/// secret.
pub fn load_trusted(spec: &str) -> Result<VerifyingKey, KeyError> {
    let spec = spec.trim();
    let from_hex = |hex_text: &str| {
        decode_hex(hex_text.trim())
            .and_then(|b| <[u8; 32]>::try_from(b).ok())
            .and_then(|b| VerifyingKey::from_bytes(&b).ok())
    };
    if spec.len() == 64 && spec.bytes().all(|b| b.is_ascii_hexdigit()) {
        return from_hex(spec).ok_or_else(|| KeyError::Malformed { path: PathBuf::from(spec) });
    }
    let path = Path::new(spec);
    let text = fs::read_to_string(path).map_err(|source| KeyError::Io { path: path.to_path_buf(), source })?;
    let mut lines = text.lines();
    match lines.next() {
        Some(PUBLIC_HEADER) => lines.next().and_then(from_hex).ok_or_else(|| KeyError::Malformed { path: path.to_path_buf() }),
        Some(HEADER) => {
            let seed = parse(&text).ok_or_else(|| KeyError::Malformed { path: path.to_path_buf() })?;
            Ok(DeviceKey::from_seed(seed).verifying_key())
        }
        _ => Err(KeyError::Malformed { path: path.to_path_buf() }),
    }
}

fn parse(text: &str) -> Option<[u8; 32]> {
    let mut lines = text.lines();
    if lines.next()? != HEADER {
        return None;
    }
    let hex_seed = lines.next()?.trim();
    decode_hex(hex_seed)?.try_into().ok()
}

pub(crate) fn decode_hex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 || !s.is_ascii() {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(&s[i..i + 2], 16).ok()).collect()
}

/// Writes a plaintext key file as earlier versions did (tests of the migration only).
#[doc(hidden)]
pub fn write_legacy_for_tests(path: &Path, key: &DeviceKey) -> std::io::Result<()> {
    if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
        fs::create_dir_all(parent)?;
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(format!("{HEADER}\n{}\n", hex(&key.seed()[..])).as_bytes())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_generated_key_round_trips_through_its_seed() {
        let key = DeviceKey::generate().unwrap();
        assert!(key.created);
        let again = DeviceKey::from_seed(*key.seed());
        assert_eq!(again.public_hex(), key.public_hex(), "the seed is the whole secret");
        assert_ne!(DeviceKey::generate().unwrap().public_hex(), key.public_hex(), "two keys from the OS RNG differ");
    }

    #[test]
    fn a_legacy_key_file_is_read_then_overwritten_and_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/device.key");
        assert!(read_legacy(&path).unwrap().is_none(), "no file, nothing to migrate");
        let key = DeviceKey::from_seed([5; 32]);
        write_legacy_for_tests(&path, &key).unwrap();
        assert_eq!(*read_legacy(&path).unwrap().unwrap(), [5; 32]);
        remove_legacy(&path).unwrap();
        assert!(!path.exists(), "the plaintext file is gone");
        remove_legacy(&path).unwrap();
    }

    #[test]
    fn verification_needs_only_the_public_key() {
        let dir = tempfile::tempdir().unwrap();
        let key = DeviceKey::generate().unwrap();
        let public = dir.path().join("device.pub");
        fs::write(&public, public_file_text(&key)).unwrap();
        assert_eq!(load_trusted(public.to_str().unwrap()).unwrap(), key.verifying_key(), "a public key file");
        assert_eq!(load_trusted(&key.public_hex()).unwrap(), key.verifying_key(), "64 hex digits");
        let legacy = dir.path().join("device.key");
        write_legacy_for_tests(&legacy, &key).unwrap();
        assert_eq!(load_trusted(legacy.to_str().unwrap()).unwrap(), key.verifying_key(), "an old key file not yet migrated");
        assert!(!fs::read_to_string(&public).unwrap().contains(&hex(&key.seed()[..])), "no secret in it");
    }

    #[test]
    fn a_foreign_file_is_not_a_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device.key");
        fs::write(&path, "hello\n").unwrap();
        assert!(matches!(read_legacy(&path), Err(KeyError::Malformed { .. })));
        assert!(path.exists(), "a file that is not a key is left alone");
    }
}
