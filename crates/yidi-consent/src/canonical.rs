//! The canonical form of JSON that a seal is computed over.
//!
//! RFC 8785 (JCS) restricted to what a record holds: object keys sorted by their UTF-16 code
//! units, no insignificant whitespace, strings escaped as ECMAScript's `JSON.stringify` does
//! (serde_json's escaping is the same for these), and numbers only as integers. Fractions are
//! refused rather than printed: two programs can print the same binary float differently, so a
//! sealed record holds decimals as strings ("12.5") and never a float.

use serde_json::Value;

/// A value that has no canonical form: a fractional or out-of-range number, at `path`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}: {number} is not an integer; write decimals as text")]
pub struct NotCanonical {
    pub path: String,
    pub number: String,
}

/// The canonical text of `value`.
pub fn to_canonical(value: &Value) -> Result<String, NotCanonical> {
    let mut out = String::new();
    write(value, "", &mut out)?;
    Ok(out)
}

/// Checks that `value` has a canonical form, naming the first fraction found (its path under
/// `prefix`).
pub fn check(prefix: &str, value: &Value) -> Result<(), NotCanonical> {
    write(value, prefix, &mut String::new())
}

fn write(value: &Value, path: &str, out: &mut String) -> Result<(), NotCanonical> {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => match (n.as_i64(), n.as_u64()) {
            (Some(i), _) => out.push_str(&i.to_string()),
            (_, Some(u)) => out.push_str(&u.to_string()),
            _ => return Err(NotCanonical { path: path.to_string(), number: n.to_string() }),
        },
        Value::String(s) => out.push_str(&Value::String(s.clone()).to_string()),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(item, &format!("{path}[{i}]"), out)?;
            }
            out.push(']');
        }
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort_by(|a, b| a.encode_utf16().cmp(b.encode_utf16()));
            out.push('{');
            for (i, key) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(key.clone()).to_string());
                out.push(':');
                let child = if path.is_empty() { key.clone() } else { format!("{path}.{key}") };
                write(&map[key], &child, out)?;
            }
            out.push('}');
        }
    }
    Ok(())
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn keys_sorted_no_whitespace_integers_only() {
        let v = json!({"b": [1, "x\n"], "a": {"d": true, "c": null}, "é": -3});
        assert_eq!(to_canonical(&v).unwrap(), r#"{"a":{"c":null,"d":true},"b":[1,"x\n"],"é":-3}"#);
        let e = to_canonical(&json!({"s": {"p": [0, 1.5]}})).unwrap_err();
        assert_eq!(e.path, "s.p[1]", "the fraction's path is named");
    }

    #[test]
    fn utf16_order_as_jcs_requires() {
        // By code point U+E000 < U+10000, but in UTF-16 U+10000 is D800 DC00, which sorts before
        // E000: JCS orders by UTF-16 code units.
        let v = json!({"\u{10000}": 1, "\u{E000}": 2});
        assert_eq!(to_canonical(&v).unwrap(), "{\"\u{10000}\":1,\"\u{E000}\":2}", "surrogates (D800) sort before E000");
    }
}

