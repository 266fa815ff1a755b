//! The device key: an ed25519 key pair kept in one file on the device that seals records.
//!
//! The file is text, `yidi-device-key/1` on the first line and the 32-byte secret seed in hex on
//! the second. It is created on first use with permissions 0600 (owner read/write only) and
//! refused, like an SSH key, if anyone else may read it. The path is always given by the caller:
//! the app passes its data folder, the CLI a `--key` option.

use std::{
    fs,
    io::{ErrorKind, Write},
    path::{Path, PathBuf},
};

use ed25519_dalek::SigningKey;
pub use ed25519_dalek::VerifyingKey;

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
    #[error("{path} may be read by other users (mode {mode:o}); it must be 0600")]
    TooOpen { path: PathBuf, mode: u32 },
    #[error("no random bytes from the operating system: {0}")]
    Random(String),
}

/// A loaded device key.
#[derive(Debug)]
pub struct DeviceKey {
    signing: SigningKey,
    /// Whether this call created the file.
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

    /// A key from a known seed (tests and tools; the app always uses [`load_or_create`]).
    pub fn from_seed(seed: [u8; 32]) -> DeviceKey {
        DeviceKey { signing: SigningKey::from_bytes(&seed), created: false }
    }
}

/// Loads the key at `path`, creating it (and its folder) when absent.
pub fn load_or_create(path: &Path) -> Result<DeviceKey, KeyError> {
    let io = |source| KeyError::Io { path: path.to_path_buf(), source };
    match fs::read_to_string(path) {
        Ok(text) => {
            check_mode(path)?;
            let seed = parse(&text).ok_or_else(|| KeyError::Malformed { path: path.to_path_buf() })?;
            Ok(DeviceKey { signing: SigningKey::from_bytes(&seed), created: false })
        }
        Err(e) if e.kind() == ErrorKind::NotFound => {
            let mut seed = [0u8; 32];
            getrandom::fill(&mut seed).map_err(|e| KeyError::Random(e.to_string()))?;
            if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty()) {
                fs::create_dir_all(parent).map_err(io)?;
            }
            let mut file = create_private(path).map_err(io)?;
            file.write_all(format!("{HEADER}\n{}\n", hex(&seed)).as_bytes()).map_err(io)?;
            file.sync_all().map_err(io)?;
            Ok(DeviceKey { signing: SigningKey::from_bytes(&seed), created: true })
        }
        Err(e) => Err(io(e)),
    }
}

/// Reads the public key of an existing key file without creating one.
pub fn load_existing(path: &Path) -> Result<DeviceKey, KeyError> {
    let text = fs::read_to_string(path).map_err(|source| KeyError::Io { path: path.to_path_buf(), source })?;
    let seed = parse(&text).ok_or_else(|| KeyError::Malformed { path: path.to_path_buf() })?;
    Ok(DeviceKey { signing: SigningKey::from_bytes(&seed), created: false })
}

/// The first line of a public key file: what anyone who checks records needs, and nothing that
/// could sign one.
pub const PUBLIC_HEADER: &str = "yidi-device-public-key/1";

/// The public key text for a key file: `yidi-device-public-key/1` and the key in hex.
pub fn public_file_text(key: &DeviceKey) -> String {
    format!("{PUBLIC_HEADER}\n{}\n", key.public_hex())
}

/// The key a record must have been sealed with, from what a checker has: the 64 hex digits of a
/// public key, a public key file ([`PUBLIC_HEADER`]), or — on the device itself — the device key
/// file (its secret never leaves this function). Verifying never needs the secret.
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
        Some(HEADER) => Ok(load_existing(path)?.verifying_key()),
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

#[cfg(unix)]
fn create_private(path: &Path) -> std::io::Result<fs::File> {
    use std::os::unix::fs::OpenOptionsExt;
    // create_new: two processes racing to create the key cannot overwrite each other's.
    fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(path)
}

#[cfg(not(unix))]
fn create_private(path: &Path) -> std::io::Result<fs::File> {
    fs::OpenOptions::new().write(true).create_new(true).open(path)
}

#[cfg(unix)]
fn check_mode(path: &Path) -> Result<(), KeyError> {
    use std::os::unix::fs::PermissionsExt;
    let mode = fs::metadata(path).map_err(|source| KeyError::Io { path: path.to_path_buf(), source })?.permissions().mode();
    if mode & 0o077 != 0 {
        return Err(KeyError::TooOpen { path: path.to_path_buf(), mode: mode & 0o777 });
    }
    Ok(())
}

#[cfg(not(unix))]
fn check_mode(_: &Path) -> Result<(), KeyError> {
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn created_once_with_mode_0600_then_reused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys/device.key");
        let first = load_or_create(&path).unwrap();
        assert!(first.created, "absent file is created");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "only the owner may read the secret");
        }
        let second = load_or_create(&path).unwrap();
        assert!(!second.created);
        assert_eq!(first.public_hex(), second.public_hex(), "the same key comes back");
    }

    #[cfg(unix)]
    #[test]
    fn a_key_others_can_read_is_refused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device.key");
        load_or_create(&path).unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o644)).unwrap();
        assert!(matches!(load_or_create(&path), Err(KeyError::TooOpen { mode: 0o644, .. })));
    }

    #[test]
    fn verification_needs_only_the_public_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device.key");
        let key = load_or_create(&path).unwrap();
        let public = dir.path().join("device.pub");
        fs::write(&public, public_file_text(&key)).unwrap();
        assert_eq!(load_trusted(public.to_str().unwrap()).unwrap(), key.verifying_key(), "a public key file");
        assert_eq!(load_trusted(&key.public_hex()).unwrap(), key.verifying_key(), "64 hex digits");
        assert_eq!(load_trusted(path.to_str().unwrap()).unwrap(), key.verifying_key(), "the device's own key file");
        assert!(!fs::read_to_string(&public).unwrap().contains(&hex(&key.signing_key().to_bytes())), "no secret in it");
    }

    #[test]
    fn a_foreign_file_is_not_a_key() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("device.key");
        fs::write(&path, "hello\n").unwrap();
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
        }
        assert!(matches!(load_or_create(&path), Err(KeyError::Malformed { .. })));
    }
}
