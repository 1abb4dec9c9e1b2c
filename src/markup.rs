//! Writing HTML and SVG as text, for the parts of the widget that have no listeners of their
//! own (the cards, the chart drawing, the chart table) and for the build's pages (the
//! catalogue, the share picture). Yew takes such a part as one raw node: hydrating it is a
//! single step instead of a virtual node per element, and updating it replaces it only when
//! its text changed. Every writer goes through these functions, so every value is escaped
//! one way.

/// Escapes text for element content and for a double-quoted attribute value alike: `&`, `<`,
/// `>` and `"`. One rule for both: a quote in content is harmless as `&quot;`, and every
/// writer's text then comes out the same wherever it goes.
pub fn text(out: &mut String, s: &str) {
    // Byte by byte: the four are ASCII, so every cut falls between characters.
    let mut from = 0;
    for (i, b) in s.bytes().enumerate() {
        let entity = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            _ => continue,
        };
        out.push_str(&s[from..i]);
        out.push_str(entity);
        from = i + 1;
    }
    out.push_str(&s[from..]);
}

/// Escapes a double-quoted attribute value: the same rule as [`text`].
pub fn attr_value(out: &mut String, s: &str) {
    text(out, s);
}

/// Writes ` name="value"` (escaped).
pub fn attr(out: &mut String, name: &str, value: &str) {
    out.push(' ');
    out.push_str(name);
    out.push_str("=\"");
    attr_value(out, value);
    out.push('"');
}

/// Writes a boolean attribute (`open`, `hidden`, `disabled`): ` name` when `on`, else nothing.
pub fn flag(out: &mut String, name: &str, on: bool) {
    if on {
        out.push(' ');
        out.push_str(name);
    }
}

/// Writes `<tag a="1" b="2"` from name/value pairs (escaped), leaving the tag open for a
/// [`flag`] or a further [`attr`]; [`open_end`] closes it.
pub fn open_start(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    out.push('<');
    out.push_str(tag);
    for (name, value) in attrs {
        attr(out, name, value);
    }
}

/// Ends a tag begun by [`open_start`]: `>`.
pub fn open_end(out: &mut String) {
    out.push('>');
}

/// Writes `<tag a="1" b="2">` from name/value pairs (escaped).
pub fn open(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    open_start(out, tag, attrs);
    open_end(out);
}

/// Writes a void element the way XHTML spells it, `<tag a="1" />` (a page's `<meta>`).
pub fn void(out: &mut String, tag: &str, attrs: &[(&str, &str)]) {
    open_start(out, tag, attrs);
    out.push_str(" />");
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
        let mut o = String::new();
        text(&mut o, r#"비교 "a" & 한국어 <b>"#);
        assert_eq!(o, "비교 &quot;a&quot; &amp; 한국어 &lt;b&gt;");
    }

    #[test]
    fn writes_boolean_attributes_only_when_on() {
        let mut o = String::new();
        open_start(&mut o, "details", &[("class", "c")]);
        flag(&mut o, "open", true);
        flag(&mut o, "hidden", false);
        open_end(&mut o);
        assert_eq!(o, r#"<details class="c" open>"#);
    }
}
