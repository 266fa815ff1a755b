//! Reading loose JSON input into domain values, with errors that name the field.
//!
//! Case files, interview answers and UI forms arrive as JSON written by people or by other
//! programs. serde's derive would stop at the first problem with "invalid type at line 3 column 9";
//! this reader instead walks the object, keeps the path of every value (`bill.total`), refuses keys
//! it does not know, and turns each bad value into a [`FieldError`]. Feature crates parse their
//! input with it, then build their validated types — the loose/validated split ripgrep uses for its
//! flags.

use chrono::NaiveDate;
use serde_json::{Map, Value};

use crate::{
    error::FieldError,
    insurance::WireNames,
    money::Money,
    region::{divisions, Division},
};

/// One JSON object and where it sits in the input.
#[derive(Debug, Clone, Copy)]
pub struct Object<'a> {
    prefix: &'a str,
    map: &'a Map<String, Value>,
}

/// The path of `key` inside the object at `prefix`.
pub fn join_path(prefix: &str, key: &str) -> String {
    if prefix.is_empty() { key.to_string() } else { format!("{prefix}.{key}") }
}

impl<'a> Object<'a> {
    /// `value` must be an object; `path` names it in errors ("" for the document itself).
    pub fn new(path: &'a str, value: &'a Value) -> Result<Object<'a>, FieldError> {
        match value {
            Value::Object(map) => Ok(Object { prefix: path, map }),
            _ => Err(FieldError::wrong_type(if path.is_empty() { "(document)" } else { path }, "object")),
        }
    }

    pub fn path(&self, key: &str) -> String {
        join_path(self.prefix, key)
    }

    /// Refuses any key not in `allowed`: a misspelt key must not be silently ignored.
    pub fn deny_unknown(&self, allowed: &[&str]) -> Result<(), FieldError> {
        match self.map.keys().find(|k| !allowed.contains(&k.as_str())) {
            Some(key) => Err(FieldError::unknown_field(self.path(key))),
            None => Ok(()),
        }
    }

    /// The value of `key`, treating an explicit null as absent.
    pub fn get(&self, key: &str) -> Option<&'a Value> {
        self.map.get(key).filter(|v| !v.is_null())
    }

    fn require(&self, key: &str) -> Result<&'a Value, FieldError> {
        self.get(key).ok_or_else(|| FieldError::missing(self.path(key)))
    }

    pub fn opt_str(&self, key: &str) -> Result<Option<&'a str>, FieldError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
            Some(Value::String(s)) => Ok(Some(s.as_str())),
            Some(_) => Err(FieldError::wrong_type(self.path(key), "text")),
        }
    }

    pub fn str(&self, key: &str) -> Result<&'a str, FieldError> {
        self.opt_str(key)?.ok_or_else(|| FieldError::missing(self.path(key)))
    }

    pub fn opt_bool(&self, key: &str) -> Result<Option<bool>, FieldError> {
        match self.get(key) {
            None => Ok(None),
            Some(Value::Bool(b)) => Ok(Some(*b)),
            Some(_) => Err(FieldError::wrong_type(self.path(key), "true/false")),
        }
    }

    pub fn bool(&self, key: &str) -> Result<bool, FieldError> {
        self.opt_bool(key)?.ok_or_else(|| FieldError::missing(self.path(key)))
    }

    pub fn opt_money(&self, key: &str) -> Result<Option<Money>, FieldError> {
        self.get(key).map(|v| Money::from_json(&self.path(key), v)).transpose()
    }

    pub fn money(&self, key: &str) -> Result<Money, FieldError> {
        Money::from_json(&self.path(key), self.require(key)?)
    }

    /// A whole number within `min..=max` (ages, counts, days).
    pub fn opt_int(&self, key: &str, min: i64, max: i64) -> Result<Option<i64>, FieldError> {
        let Some(value) = self.get(key) else { return Ok(None) };
        let path = self.path(key);
        let n = match value {
            Value::Number(n) => n.as_i64().ok_or_else(|| FieldError::not_a_number(&path, &n.to_string()))?,
            Value::String(s) => s.trim().parse::<i64>().map_err(|_| FieldError::not_a_number(&path, s))?,
            _ => return Err(FieldError::wrong_type(path, "number")),
        };
        if n < min || n > max {
            return Err(FieldError::out_of_range(path, &n.to_string(), &min.to_string(), &max.to_string()));
        }
        Ok(Some(n))
    }

    pub fn int(&self, key: &str, min: i64, max: i64) -> Result<i64, FieldError> {
        self.opt_int(key, min, max)?.ok_or_else(|| FieldError::missing(self.path(key)))
    }

    /// A calendar date written YYYY-MM-DD.
    pub fn opt_date(&self, key: &str) -> Result<Option<NaiveDate>, FieldError> {
        let Some(text) = self.opt_str(key)? else { return Ok(None) };
        NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
            .map(Some)
            .map_err(|_| FieldError::not_a_date(self.path(key), text))
    }

    pub fn date(&self, key: &str) -> Result<NaiveDate, FieldError> {
        self.opt_date(key)?.ok_or_else(|| FieldError::missing(self.path(key)))
    }

    /// A division code that exists in the table.
    pub fn opt_region(&self, key: &str) -> Result<Option<&'static Division>, FieldError> {
        let Some(text) = self.opt_str(key)? else { return Ok(None) };
        divisions().lookup(&self.path(key), text).map(Some)
    }

    pub fn region(&self, key: &str) -> Result<&'static Division, FieldError> {
        self.opt_region(key)?.ok_or_else(|| FieldError::missing(self.path(key)))
    }

    /// One of an enum's wire names.
    pub fn opt_choice<T: WireNames + Copy>(&self, key: &str) -> Result<Option<T>, FieldError> {
        self.opt_str(key)?.map(|s| T::parse_field(&self.path(key), s)).transpose()
    }

    pub fn choice<T: WireNames + Copy>(&self, key: &str) -> Result<T, FieldError> {
        self.opt_choice(key)?.ok_or_else(|| FieldError::missing(self.path(key)))
    }

    /// A nested object; `path_buf` receives its path and must outlive the returned view.
    pub fn opt_value(&self, key: &str) -> Option<&'a Value> {
        self.get(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::insurance::Scheme;

    fn doc(json: &str) -> Value {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn every_error_names_its_field_with_the_full_path() {
        let v = doc(r#"{"total": "-3", "admitted": "2026-02-30", "scheme": "gold", "region": "999999", "x": 1}"#);
        let o = Object::new("bill", &v).unwrap();
        assert_eq!(o.money("total").unwrap_err().field, "bill.total");
        assert_eq!(o.date("admitted").unwrap_err().code(), "not_a_date", "30 February does not exist");
        assert_eq!(o.choice::<Scheme>("scheme").unwrap_err().code(), "not_one_of");
        assert_eq!(o.region("region").unwrap_err().code(), "not_a_region_code", "99 is no province");
        assert_eq!(o.money("missing").unwrap_err().code(), "missing");
        let unknown = o.deny_unknown(&["total", "admitted", "scheme", "region"]).unwrap_err();
        assert_eq!((unknown.field.as_str(), unknown.code()), ("bill.x", "unknown_field"));
    }

    #[test]
    fn a_well_formed_code_without_a_division_is_unknown() {
        let v = doc(r#"{"region": "429999"}"#);
        assert_eq!(Object::new("", &v).unwrap().region("region").unwrap_err().code(), "unknown_region");
    }
}

/// Parses a JSON text from outside (a file, a request) for the field `field`, like
/// `serde_json::from_str` but with errors people can read, in their language, naming the field
/// by its label and the line and column (`err-bad-json-syntax`, `err-bad-json-eof`); and an
/// object that names the same key twice is refused (`err-bad-json-duplicate`): a reader keeping
/// the first and one keeping the last would see different content, so neither is trusted.
pub fn parse_json(field: &str, text: &str) -> Result<Value, FieldError> {
    use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
    use std::fmt;

    struct Strict;
    impl<'de> DeserializeSeed<'de> for Strict {
        type Value = Value;
        fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            d.deserialize_any(StrictVisitor)
        }
    }
    struct StrictVisitor;
    impl<'de> Visitor<'de> for StrictVisitor {
        type Value = Value;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("JSON")
        }
        fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
            Ok(Value::Bool(v))
        }
        fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
            Ok(Value::from(v))
        }
        fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
            Ok(Value::from(v))
        }
        fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
            Ok(serde_json::Number::from_f64(v).map(Value::Number).unwrap_or(Value::Null))
        }
        fn visit_str<E>(self, v: &str) -> Result<Value, E> {
            Ok(Value::String(v.to_string()))
        }
        fn visit_string<E>(self, v: String) -> Result<Value, E> {
            Ok(Value::String(v))
        }
        fn visit_unit<E>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_none<E>(self) -> Result<Value, E> {
            Ok(Value::Null)
        }
        fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
            Strict.deserialize(d)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
            let mut items = Vec::new();
            while let Some(v) = seq.next_element_seed(Strict)? {
                items.push(v);
            }
            Ok(Value::Array(items))
        }
        fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Value, A::Error> {
            let mut out = serde_json::Map::new();
            while let Some(key) = map.next_key::<String>()? {
                let value = map.next_value_seed(Strict)?;
                if out.contains_key(&key) {
                    return Err(serde::de::Error::custom(format!("\u{0}duplicate\u{0}{key}")));
                }
                out.insert(key, value);
            }
            Ok(Value::Object(out))
        }
    }

    let mut de = serde_json::Deserializer::from_str(text);
    let position = |e: &serde_json::Error| vec![("line", e.line().to_string()), ("column", e.column().to_string())];
    let bad = |e: serde_json::Error| {
        let msg = e.to_string();
        if let Some(rest) = msg.strip_prefix("\u{0}duplicate\u{0}") {
            let key = rest.rsplit_once(" at line ").map_or(rest, |(k, _)| k).to_string();
            return FieldError::custom(field, "err-bad-json-duplicate", vec![("key", key)]);
        }
        let id = if e.is_eof() { "err-bad-json-eof" } else { "err-bad-json-syntax" };
        FieldError::custom(field, id, position(&e))
    };
    let value = Strict.deserialize(&mut de).map_err(bad)?;
    de.end().map_err(bad)?;
    Ok(value)
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod json_tests {
    use super::*;
    use crate::Lang;

    #[test]
    fn malformed_json_is_a_localized_error_naming_the_field_and_position() {
        assert_eq!(parse_json("case", r#"{"a":1,"b":{"c":2}}"#).unwrap(), serde_json::json!({"a":1,"b":{"c":2}}));
        let e = parse_json("case", "{\n  \"a\": 1,\n  \"b\" 2\n}").unwrap_err();
        assert_eq!(e.code(), "err-bad-json-syntax");
        let zh = e.message(Lang::ZhCn);
        assert!(zh.contains("第 3 行") && !zh.contains("expected"), "Chinese, no parser English: {zh}");
        assert_eq!(parse_json("case", "{\"a\": [1, 2").unwrap_err().code(), "err-bad-json-eof");
        assert_eq!(parse_json("case", "{\"a\":1} x").unwrap_err().code(), "err-bad-json-syntax", "trailing text");
    }

    #[test]
    fn a_record_with_a_duplicated_key_is_refused() {
        let e = parse_json("record", r#"{"a":1,"b":{"name":"王秀英","name":"李四"}}"#).unwrap_err();
        assert_eq!(e.code(), "err-bad-json-duplicate", "serde_json alone would keep the last name silently");
        assert!(e.message(Lang::ZhCn).contains("“name”出现了两次"), "{}", e.message(Lang::ZhCn));
    }
}
