//! Typed reads of JSON object fields with one-line reasons, for the
//! commands that read records back (eval, export). `null` counts as absent
//! everywhere, so records written by other tools with explicit nulls read
//! the same as ones that leave fields out.

use serde_json::{Map, Value};

pub type Object = Map<String, Value>;

/// The value as an object, or "`what` must be a JSON object, got …".
pub fn object<'a>(v: &'a Value, what: &str) -> Result<&'a Object, String> {
    v.as_object()
        .ok_or_else(|| format!("{what} must be a JSON object, got {v}"))
}

/// An optional string field; blank strings count as absent.
pub fn opt_str<'a>(obj: &'a Object, key: &str) -> Result<Option<&'a str>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) if s.trim().is_empty() => Ok(None),
        Some(Value::String(s)) => Ok(Some(s)),
        Some(v) => Err(format!("\"{key}\" must be a string, got {v}")),
    }
}

/// A required, non-blank string field.
pub fn req_str<'a>(obj: &'a Object, key: &str) -> Result<&'a str, String> {
    opt_str(obj, key)?.ok_or_else(|| format!("missing \"{key}\""))
}

/// An optional non-negative integer field.
pub fn opt_usize(obj: &Object, key: &str) -> Result<Option<usize>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_u64()
            .and_then(|n| usize::try_from(n).ok())
            .map(Some)
            .ok_or_else(|| format!("\"{key}\" must be a non-negative integer, got {v}")),
    }
}

/// An optional number field.
pub fn opt_f64(obj: &Object, key: &str) -> Result<Option<f64>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(v) => v
            .as_f64()
            .map(Some)
            .ok_or_else(|| format!("\"{key}\" must be a number, got {v}")),
    }
}

/// An optional list field.
pub fn list<'a>(obj: &'a Object, key: &str) -> Result<Option<&'a Vec<Value>>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::Array(a)) => Ok(Some(a)),
        Some(v) => Err(format!("\"{key}\" must be a list, got {v}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn nulls_and_blanks_are_absent_wrong_types_say_so() {
        let v = json!({"s": "x", "b": "  ", "n": null, "i": 3, "f": 0.5, "l": [1], "neg": -1});
        let o = object(&v, "record").unwrap();
        assert_eq!(opt_str(o, "s"), Ok(Some("x")));
        assert_eq!(opt_str(o, "b"), Ok(None));
        assert_eq!(opt_str(o, "n"), Ok(None));
        assert_eq!(
            req_str(o, "missing"),
            Err("missing \"missing\"".to_string())
        );
        assert_eq!(opt_usize(o, "i"), Ok(Some(3)));
        assert!(
            opt_usize(o, "neg")
                .unwrap_err()
                .contains("non-negative integer")
        );
        assert_eq!(opt_f64(o, "f"), Ok(Some(0.5)));
        assert!(opt_str(o, "i").unwrap_err().contains("must be a string"));
        assert_eq!(list(o, "l").unwrap().map(Vec::len), Some(1));
        assert!(
            object(&json!([1]), "record")
                .unwrap_err()
                .starts_with("record must be")
        );
    }
}
