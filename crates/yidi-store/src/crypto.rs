//! Encryption of personal fields at rest.
//!
//! One random 256-bit data key per store seals every personal field with XChaCha20-Poly1305
//! (the RustCrypto `chacha20poly1305` crate): a 24-byte random nonce per value, so nonces never
//! need a counter, and the authentication tag makes a wrong key or a tampered value an error, not
//! garbage. Each value is bound to where it lives (its "associated data", e.g. `people/<uid>/identity`)
//! so a value copied into another row does not decrypt there.
//!
//! The data key itself is kept wrapped: under a key derived from the passphrase with Argon2id
//! (the `argon2` crate; the parameters are stored beside the salt), and/or in the OS keyring.

use argon2::{Algorithm, Argon2, Params, Version};
use chacha20poly1305::{
    aead::{rand_core::RngCore, Aead, KeyInit, OsRng, Payload},
    XChaCha20Poly1305, XNonce,
};
use zeroize::Zeroizing;

use crate::error::{Result, StoreError};

const NONCE_LEN: usize = 24;
pub(crate) const SALT_LEN: usize = 16;

/// The store's data key. Zeroed when dropped.
#[derive(Clone)]
pub struct DataKey(Zeroizing<[u8; 32]>);

impl std::fmt::Debug for DataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DataKey(..)")
    }
}

/// Argon2id cost parameters. Stored with each passphrase slot, so a store made with other costs
/// still opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_cost: u32,
    /// Passes.
    pub t_cost: u32,
    /// Lanes.
    pub p_cost: u32,
}

impl Default for KdfParams {
    /// 19 MiB, 2 passes, 1 lane: the OWASP Password Storage Cheat Sheet's first Argon2id setting,
    /// also the `argon2` crate's default; a few tens of milliseconds on a desktop.
    fn default() -> Self {
        KdfParams { m_cost: 19 * 1024, t_cost: 2, p_cost: 1 }
    }
}

impl KdfParams {
    /// The most memory a cost read from a file may ask for: 256 MiB (13× the default).
    pub const MAX_M_COST: u32 = 256 * 1024;
    /// The most passes: 8 (4× the default).
    pub const MAX_T_COST: u32 = 8;
    /// The most lanes: 8.
    pub const MAX_P_COST: u32 = 8;

    /// Checks costs read from outside (a store file, an export file) against the bounds above and
    /// Argon2's own minimum (8 KiB per lane): a crafted file must not make the app allocate
    /// terabytes or compute for hours. Names the first cost out of bounds at `path`.
    pub fn check(&self, path: &str) -> std::result::Result<(), yidi_domain::FieldError> {
        let bound = |name: &str, value: u32, min: u32, max: u32| {
            if (min..=max).contains(&value) {
                Ok(())
            } else {
                Err(yidi_domain::FieldError::out_of_range(
                    format!("{path}.{name}"),
                    &value.to_string(),
                    &min.to_string(),
                    &max.to_string(),
                ))
            }
        };
        bound("p_cost", self.p_cost, 1, Self::MAX_P_COST)?;
        bound("t_cost", self.t_cost, 1, Self::MAX_T_COST)?;
        bound("m_cost", self.m_cost, 8 * self.p_cost.max(1), Self::MAX_M_COST)
    }

    /// Cheap parameters for tests only: a debug build runs Argon2 slowly and the crash test opens
    /// the store hundreds of times. Never use these for real data.
    pub const INSECURE_FOR_TESTS: KdfParams = KdfParams { m_cost: 64, t_cost: 1, p_cost: 1 };
}

pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    OsRng.fill_bytes(&mut bytes);
    bytes
}

/// A random id: 16 hex digits (64 bits), enough for the people and cases of one family.
pub(crate) fn random_id() -> String {
    random_bytes::<8>().iter().map(|b| format!("{b:02x}")).collect()
}

impl DataKey {
    pub fn generate() -> DataKey {
        DataKey(Zeroizing::new(random_bytes::<32>()))
    }

    pub(crate) fn from_bytes(bytes: &[u8]) -> Option<DataKey> {
        let array: [u8; 32] = bytes.try_into().ok()?;
        Some(DataKey(Zeroizing::new(array)))
    }

    pub(crate) fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// nonce ‖ ciphertext ‖ tag.
    pub fn seal(&self, aad: &str, plain: &[u8]) -> Vec<u8> {
        seal_with(&self.0, aad, plain)
    }

    /// The plain bytes, or `None` when the key is wrong or the value was altered or moved.
    pub fn open(&self, aad: &str, sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
        open_with(&self.0, aad, sealed)
    }
}

fn seal_with(key: &[u8; 32], aad: &str, plain: &[u8]) -> Vec<u8> {
    let cipher = XChaCha20Poly1305::new(key.into());
    let nonce_bytes = random_bytes::<NONCE_LEN>();
    let nonce = XNonce::from_slice(&nonce_bytes);
    // Encryption with a valid key and nonce length fails only for messages over 256 GiB.
    let sealed = cipher.encrypt(nonce, Payload { msg: plain, aad: aad.as_bytes() }).unwrap_or_default();
    let mut out = Vec::with_capacity(NONCE_LEN + sealed.len());
    out.extend_from_slice(&nonce_bytes);
    out.extend_from_slice(&sealed);
    out
}

fn open_with(key: &[u8; 32], aad: &str, sealed: &[u8]) -> Option<Zeroizing<Vec<u8>>> {
    if sealed.len() < NONCE_LEN {
        return None;
    }
    let (nonce, body) = sealed.split_at(NONCE_LEN);
    let cipher = XChaCha20Poly1305::new(key.into());
    cipher.decrypt(XNonce::from_slice(nonce), Payload { msg: body, aad: aad.as_bytes() }).ok().map(Zeroizing::new)
}

/// The 32 symbols of a recovery code: Crockford's base32 (digits and capitals without I, L, O, U),
/// so that a code copied by hand from paper has no 0/O or 1/I/L to confuse.
pub const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Symbols in a recovery code: 30 × 5 bits = 150 bits from the OS RNG.
pub const RECOVERY_LEN: usize = 30;
/// Shown in groups of this many symbols, joined by dashes.
pub const RECOVERY_GROUP: usize = 5;

/// A new recovery code as people see it: `XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX`.
pub fn new_recovery_code() -> Zeroizing<String> {
    let bytes = Zeroizing::new(random_bytes::<RECOVERY_LEN>());
    // 256 is a multiple of 32: the low five bits of a uniform byte are uniform.
    let mut out = Zeroizing::new(String::with_capacity(RECOVERY_LEN + RECOVERY_LEN / RECOVERY_GROUP));
    for (i, b) in bytes.iter().enumerate() {
        if i > 0 && i % RECOVERY_GROUP == 0 {
            out.push('-');
        }
        out.push(char::from(RECOVERY_ALPHABET[usize::from(b & 31)]));
    }
    out
}

/// A recovery code as typed (with or without dashes and spaces, in either case; O read as 0 and
/// I or L as 1, as Crockford's decoding does) in its canonical form, the 30 symbols alone, or
/// `None` when it is not a recovery code at all.
pub fn canonical_recovery_code(typed: &str) -> Option<Zeroizing<String>> {
    let mut out = Zeroizing::new(String::with_capacity(RECOVERY_LEN));
    for c in typed.chars() {
        if c.is_whitespace() || c == '-' || c == '\u{2010}' || c == '\u{2013}' || c == '\u{2014}' || c == '\u{FF0D}' {
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            c => c,
        };
        if !c.is_ascii() || !RECOVERY_ALPHABET.contains(&(c as u8)) {
            return None;
        }
        out.push(c);
    }
    (out.len() == RECOVERY_LEN).then_some(out)
}

/// The key-encryption key for a passphrase.
pub(crate) fn derive(passphrase: &str, salt: &[u8], params: KdfParams) -> Result<Zeroizing<[u8; 32]>> {
    // Every derivation, whatever the costs' source: the last line of defence against a file
    // asking for 4 TB (callers check first, naming their own field).
    params.check("kdf")?;
    let params = Params::new(params.m_cost, params.t_cost, params.p_cost, Some(32))
        .map_err(|e| StoreError::Database { detail: format!("argon2 parameters: {e}") })?;
    let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
    let mut out = Zeroizing::new([0u8; 32]);
    argon
        .hash_password_into(passphrase.as_bytes(), salt, out.as_mut())
        .map_err(|e| StoreError::Database { detail: format!("argon2: {e}") })?;
    Ok(out)
}

/// Seals `plain` under a passphrase: (salt, sealed).
pub(crate) fn seal_with_passphrase(
    passphrase: &str,
    params: KdfParams,
    aad: &str,
    plain: &[u8],
) -> Result<([u8; SALT_LEN], Vec<u8>)> {
    let salt = random_bytes::<SALT_LEN>();
    let kek = derive(passphrase, &salt, params)?;
    Ok((salt, seal_with(&kek, aad, plain)))
}

/// Opens what [`seal_with_passphrase`] sealed; a wrong passphrase is [`StoreError::WrongPassphrase`].
pub(crate) fn open_with_passphrase(
    passphrase: &str,
    params: KdfParams,
    salt: &[u8],
    aad: &str,
    sealed: &[u8],
) -> Result<Zeroizing<Vec<u8>>> {
    let kek = derive(passphrase, salt, params)?;
    open_with(&kek, aad, sealed).ok_or(StoreError::WrongPassphrase)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn a_value_opens_only_with_its_key_and_in_its_place() {
        let key = DataKey::generate();
        let sealed = key.seal("people/a/identity", "张三".as_bytes());
        assert_eq!(key.open("people/a/identity", &sealed).unwrap().as_slice(), "张三".as_bytes());
        assert!(key.open("people/b/identity", &sealed).is_none(), "a value moved to another row must not open");
        assert!(DataKey::generate().open("people/a/identity", &sealed).is_none(), "another key must not open it");
        let mut tampered = sealed.clone();
        let last = tampered.len() - 1;
        tampered[last] ^= 1;
        assert!(key.open("people/a/identity", &tampered).is_none(), "the tag must catch a flipped bit");
        assert!(!sealed.windows(6).any(|w| w == "张三".as_bytes()), "the name must not appear in clear");
    }

    #[test]
    fn a_recovery_code_is_six_groups_of_five_unambiguous_symbols_and_reads_back_however_typed() {
        let code = new_recovery_code();
        let groups: Vec<&str> = code.split('-').collect();
        assert_eq!(groups.len(), 6, "{}", code.as_str());
        assert!(groups.iter().all(|g| g.len() == 5), "{}", code.as_str());
        assert!(!code.contains(['I', 'L', 'O', 'U']), "no ambiguous letters: {}", code.as_str());
        let canon = canonical_recovery_code(&code).unwrap();
        assert_eq!(canon.as_str(), code.replace('-', ""));
        let typed = code.to_lowercase().replace('-', " ");
        assert_eq!(canonical_recovery_code(&typed).unwrap().as_str(), canon.as_str(), "lower case with spaces");
        // Crockford's reading of look-alikes: o→0, i/l→1.
        assert_eq!(
            canonical_recovery_code("oil23-45678-9ABCD-EFGHJ-KMNPQ-RSTVW").unwrap().as_str(),
            "01123456789ABCDEFGHJKMNPQRSTVW"
        );
        assert!(canonical_recovery_code("ABCDE-ABCDE").is_none(), "too short");
        assert!(canonical_recovery_code("UUUUU-UUUUU-UUUUU-UUUUU-UUUUU-UUUUU").is_none(), "U is not in the alphabet");
        assert_ne!(new_recovery_code().as_str(), code.as_str(), "two codes from the OS RNG differ");
    }

    #[test]
    fn kdf_costs_from_a_file_are_bounded_before_any_allocation() {
        // m_cost = u32::MAX KiB is 4 TiB: refused before Argon2 is asked for it.
        let huge = KdfParams { m_cost: u32::MAX, t_cost: 1, p_cost: 1 };
        let e = derive("pw", b"0123456789abcdef", huge).unwrap_err();
        assert_eq!(e.field(), Some("kdf.m_cost"), "{e:?}");
        let slow = KdfParams { m_cost: 64, t_cost: u32::MAX, p_cost: 1 };
        assert_eq!(derive("pw", b"0123456789abcdef", slow).unwrap_err().field(), Some("kdf.t_cost"), "4 billion passes would hang");
        assert!(KdfParams::default().check("kdf").is_ok(), "the default is inside the bounds");
        assert!(KdfParams { m_cost: 7, t_cost: 1, p_cost: 1 }.check("kdf").is_err(), "Argon2 needs 8 KiB per lane");
    }

    #[test]
    fn one_passphrase_and_salt_derive_one_key_and_a_wrong_passphrase_is_refused() {
        let p = KdfParams::INSECURE_FOR_TESTS;
        let a = derive("correct horse", b"0123456789abcdef", p).unwrap();
        let b = derive("correct horse", b"0123456789abcdef", p).unwrap();
        let c = derive("correct horsf", b"0123456789abcdef", p).unwrap();
        assert_eq!(*a, *b, "the same passphrase and salt derive the same key");
        assert_ne!(*a, *c, "a one-letter change derives another key");
        let (salt, sealed) = seal_with_passphrase("pw", p, "x", b"secret").unwrap();
        assert_eq!(open_with_passphrase("pw", p, &salt, "x", &sealed).unwrap().as_slice(), b"secret");
        assert_eq!(open_with_passphrase("pW", p, &salt, "x", &sealed).unwrap_err(), StoreError::WrongPassphrase);
    }
}
