//! Money in yuan, as a decimal — never a float.
//!
//! Amounts keep full precision while a calculation runs and are rounded to the fen (0.01 yuan),
//! half away from zero ("四舍五入"), where a calculation line ends: [`Money::round_fen`].
//! In JSON an amount is written as a string, `"12345.60"`; input also accepts a JSON number, read
//! through its shortest decimal text (see [`Money::from_json`]), so `12345.6` means exactly
//! 12345.60 and not the nearest binary fraction.

use std::{
    fmt,
    iter::Sum,
    ops::{Add, AddAssign, Sub},
    str::FromStr,
};

use rust_decimal::{Decimal, RoundingStrategy};
use serde::{Deserialize, Serialize};

use crate::error::FieldError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Money(Decimal);

impl Money {
    pub const ZERO: Money = Money(Decimal::ZERO);

    pub fn yuan(amount: Decimal) -> Money {
        Money(amount)
    }

    pub fn amount(self) -> Decimal {
        self.0
    }

    /// Rounded to the fen, half away from zero.
    pub fn round_fen(self) -> Money {
        Money(self.0.round_dp_with_strategy(2, RoundingStrategy::MidpointAwayFromZero))
    }

    pub fn is_negative(self) -> bool {
        self.0.is_sign_negative() && !self.0.is_zero()
    }

    pub fn min(self, other: Money) -> Money {
        if self <= other { self } else { other }
    }

    pub fn max(self, other: Money) -> Money {
        if self >= other { self } else { other }
    }

    /// `self − other`, but never below zero.
    pub fn saturating_sub(self, other: Money) -> Money {
        (self - other).max(Money::ZERO)
    }

    /// This amount times a share (a ratio such as 0.85), unrounded.
    pub fn times(self, share: Decimal) -> Money {
        Money(self.0 * share)
    }

    /// Parses user text for `field`: a decimal number of yuan, not negative. Grouping commas and
    /// a leading ¥ are accepted because that is how people copy amounts off a bill.
    pub fn parse_field(field: &str, text: &str) -> Result<Money, FieldError> {
        let cleaned: String =
            text.trim().trim_start_matches(['¥', '￥']).chars().filter(|c| *c != ',' && *c != '，').collect();
        let amount = Decimal::from_str(cleaned.trim()).map_err(|_| FieldError::not_a_number(field, text))?;
        let money = Money(amount);
        if money.is_negative() {
            return Err(FieldError::negative(field, text));
        }
        Ok(money)
    }

    /// Reads an amount from a JSON value: a string as [`Money::parse_field`] does, or a number
    /// through its shortest round-trip decimal text. Rust prints an `f64` with the fewest digits
    /// that read back to the same value, so any amount written with up to 15 significant digits
    /// (every realistic bill) comes back exactly as typed.
    pub fn from_json(field: &str, value: &serde_json::Value) -> Result<Money, FieldError> {
        match value {
            serde_json::Value::String(s) => Money::parse_field(field, s),
            serde_json::Value::Number(n) => {
                let text = match (n.as_i64(), n.as_u64(), n.as_f64()) {
                    (Some(i), _, _) => i.to_string(),
                    (_, Some(u), _) => u.to_string(),
                    (_, _, Some(f)) => f.to_string(),
                    _ => n.to_string(),
                };
                Money::parse_field(field, &text)
            }
            serde_json::Value::Null => Err(FieldError::missing(field)),
            _ => Err(FieldError::wrong_type(field, "amount")),
        }
    }
}

impl fmt::Display for Money {
    /// Two decimals, no grouping: `12345.60`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:.2}", self.round_fen().0)
    }
}

impl Add for Money {
    type Output = Money;
    fn add(self, rhs: Money) -> Money {
        Money(self.0 + rhs.0)
    }
}

impl AddAssign for Money {
    fn add_assign(&mut self, rhs: Money) {
        self.0 += rhs.0;
    }
}

impl Sub for Money {
    type Output = Money;
    fn sub(self, rhs: Money) -> Money {
        Money(self.0 - rhs.0)
    }
}

impl Sum for Money {
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        iter.fold(Money::ZERO, Add::add)
    }
}

impl Serialize for Money {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Money {
    /// For trusted data (policy packs, saved cases); user input goes through [`Money::from_json`]
    /// to get an error that names the field.
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value = serde_json::Value::deserialize(deserializer)?;
        Money::from_json("amount", &value).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn rounds_half_away_from_zero_to_the_fen() {
        assert_eq!(Money::yuan(dec!(0.005)).round_fen(), Money::yuan(dec!(0.01)));
        assert_eq!(Money::yuan(dec!(0.004999)).round_fen(), Money::yuan(dec!(0.00)));
        assert_eq!(Money::yuan(dec!(1234.565)).to_string(), "1234.57");
    }

    #[test]
    fn json_numbers_are_read_as_written() {
        let v: serde_json::Value = serde_json::from_str("[12345.6, 0.1, 30000, \"1,234.50\", \"¥88\"]").unwrap();
        let got: Vec<String> =
            v.as_array().unwrap().iter().map(|x| Money::from_json("x", x).unwrap().to_string()).collect();
        assert_eq!(got, ["12345.60", "0.10", "30000.00", "1234.50", "88.00"]);
    }

    #[test]
    fn refuses_negative_and_non_numbers_naming_the_field() {
        let e = Money::parse_field("bill.total", "-5").unwrap_err();
        assert_eq!((e.field.as_str(), e.code()), ("bill.total", "negative"));
        let e = Money::parse_field("bill.total", "abc").unwrap_err();
        assert_eq!(e.code(), "not_a_number");
        let e = Money::from_json("bill.total", &serde_json::json!(true)).unwrap_err();
        assert_eq!(e.code(), "wrong_type");
    }
}
