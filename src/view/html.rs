//! The little HTML the views share: context-correct escaping (the
//! `html-escape` crate), JSON embedded in a `<script>` element, and the
//! page shell. Every page is one self-contained file: inline CSS and JS,
//! nothing fetched.

use serde::Serialize;
use std::fmt::Write;

/// Text between tags: `&`, `<`, `>` escaped.
pub fn text(s: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_text(s)
}

/// A double-quoted attribute value.
pub fn attr(s: &str) -> std::borrow::Cow<'_, str> {
    html_escape::encode_double_quoted_attribute(s)
}

/// `value` as JSON safe to put inside `<script type="application/json">`:
/// every `<` (which JSON only has inside strings) becomes `\u003c`, so no
/// `</script>` or `<!--` in the data can end or change the element; U+2028
/// and U+2029 are escaped too, so the text is also valid JavaScript.
pub fn script_json<T: Serialize + ?Sized>(value: &T) -> serde_json::Result<String> {
    let json = serde_json::to_string(value)?;
    let mut out = String::with_capacity(json.len() + json.len() / 64);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    Ok(out)
}

/// A `<script type="application/json">` element holding `json` (already
/// made safe by [`script_json`]).
pub fn data_element(id: &str, json: &str) -> String {
    format!(
        "<script type=\"application/json\" id=\"{}\">{json}</script>\n",
        attr(id)
    )
}

/// A whole page: `title` (escaped here), inline `css`, the `body` markup
/// as given, and an optional inline `script` (trusted, from the assets).
pub fn page(title: &str, css: &str, body: &str, script: Option<&str>) -> String {
    let mut out = String::with_capacity(body.len() + css.len() + 4096);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>\n{css}</style>\n</head>\n<body>\n",
        text(title)
    );
    out.push_str(body);
    if let Some(js) = script {
        let _ = write!(out, "<script>\n{js}</script>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_close_the_element() {
        let s = script_json(&serde_json::json!({"t": "</script><!-- \u{2028}"})).unwrap();
        assert!(!s.contains('<'));
        let back: serde_json::Value = serde_json::from_str(&s).unwrap();
        assert_eq!(back["t"], "</script><!-- \u{2028}");
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        assert_eq!(text("<b>&"), "&lt;b&gt;&amp;");
        assert_eq!(attr("a\"b"), "a&quot;b");
    }
}
