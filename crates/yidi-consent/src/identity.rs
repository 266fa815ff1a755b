//! The one validation of identity fields, wherever they enter Yidi: the store (people, the owner,
//! export files, QR pre-fill), the signing request and the printed form all call these. ID
//! numbers are [`crate::idnumber::parse_id_number`] (GB 11643, fifteen-digit upgrade included).

use yidi_domain::FieldError;

pub use crate::idnumber::{parse_id_number, IdNumber};

/// The most characters a person's name may have (long minority names transliterated into Han
/// characters stay well under this).
pub const MAX_NAME_CHARS: usize = 50;

/// Reads a full-width digit (as Chinese input methods type them) as its ASCII digit.
pub fn ascii_digit(c: char) -> char {
    match c {
        '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
        c => c,
    }
}

/// Characters that would let a name hide or reorder text on screen or in a printed form:
/// control characters (NUL, newline, …), bidirectional overrides and isolates, zero-width
/// characters and the byte-order mark.
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{FEFF}')
}

/// A person's name: trimmed, at most [`MAX_NAME_CHARS`] characters, no control or invisible
/// characters. Empty is allowed here (the caller says whether the name is required).
pub fn check_name(field: &str, text: &str) -> Result<String, FieldError> {
    let name = text.trim();
    if name.chars().count() > MAX_NAME_CHARS || name.chars().any(is_hidden) {
        return Err(FieldError::custom(field, "consent-err-name", vec![("max", MAX_NAME_CHARS.to_string())]));
    }
    Ok(name.to_string())
}

/// A phone number: 7 to 15 digits (a landline without area code has 7, `+86` and a mobile
/// number 13), with an optional leading `+`, and spaces or dashes to group them. Full-width
/// digits are read as digits. Returns the number as typed, trimmed, with ASCII digits.
pub fn check_phone(field: &str, text: &str) -> Result<String, FieldError> {
    let t: String = text.trim().chars().map(ascii_digit).collect();
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let allowed = t
        .chars()
        .enumerate()
        .all(|(i, c)| c.is_ascii_digit() || c == '-' || c == ' ' || c == '－' || (c == '+' && i == 0));
    if !allowed || !(7..=15).contains(&digits) {
        return Err(FieldError::custom(field, "consent-err-phone", vec![("value", text.to_string())]));
    }
    Ok(t)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn names_with_control_or_invisible_characters_are_refused() {
        assert_eq!(check_name("n", "  王秀英 ").unwrap(), "王秀英");
        for bad in ["王\0秀英", "王秀英\n张三", "王\u{202E}英秀", "王\u{200B}秀英", "\u{7}"] {
            assert_eq!(check_name("person.identity.name", bad).unwrap_err().code(), "consent-err-name", "{bad:?}");
        }
        assert!(check_name("n", &"王".repeat(50)).is_ok(), "50 characters are allowed");
        assert!(check_name("n", &"王".repeat(51)).is_err(), "51 are not");
    }

    #[test]
    fn phones_are_seven_to_fifteen_digits_with_grouping() {
        assert_eq!(check_phone("p", "+86 138-0013-8000").unwrap(), "+86 138-0013-8000");
        assert_eq!(check_phone("p", "１３８００１３８０００").unwrap(), "13800138000", "full-width digits");
        assert_eq!(check_phone("p", "1234567").unwrap(), "1234567", "a landline without area code");
        for bad in ["123456", "call me", "1380013800012345", "138+0013"] {
            assert_eq!(check_phone("p", bad).unwrap_err().code(), "consent-err-phone", "{bad:?}");
        }
    }
}
