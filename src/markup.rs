//! Writing HTML and SVG as text, for the parts of the widget that have no listeners of their
//! own (card bodies, the chart drawing, the chart table). Yew takes such a part as one raw
//! node: hydrating it is a single step instead of a virtual node per element, and updating it
//! replaces it only when its text changed.

/// Escapes element content: `&`, `<`, `>`.
pub fn text(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// Escapes a double-quoted attribute value: `&`, `<`, `>`, `"`.
pub fn attr_value(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '"' => out.push_str("&quot;"),
            c => text(out, c.encode_utf8(&mut [0; 4])),
        }
    }
}

/// Writes ` name="value"` (escaped).
pub fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    attr_value(out, value);
    out.push('"');
}

/// Writes `<tag a="1" b="2">` from name/value pairs (escaped).
pub fn open(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    out.push('<');
    out.push_str(tag);
    for (name, value) in attrs {
        attr(out, name, value);
    }
    out.push('>');
}

/// Writes `<tag …>text</tag>`.
pub fn element(out: &mut String, tag: &str, attrs: &[(&str, &str)], content: &str) {
    open(out, tag, attrs);
    text(out, content);
    close(out, tag);
}

/// Writes `</tag>`.
pub fn close(out: &mut String, tag: &str) {
    out.push_str("</");
    out.push_str(tag);
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_in_text_and_quotes_in_attributes() {
        let mut o = String::new();
        element(
            &mut o,
            "a",
            &[("title", r#"say "hi" & <go>"#)],
            "Tom & <Jerry> 'x'",
        );
        assert_eq!(
            o,
            r#"<a title="say &quot;hi&quot; &amp; &lt;go&gt;">Tom &amp; &lt;Jerry&gt; 'x'</a>"#
        );
    }
}
