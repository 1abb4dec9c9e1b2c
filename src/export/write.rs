//! The two writers every export uses: CSV cells and rows, and JSON written straight into a
//! `String`, plus the few value spellings both formats share.

use std::fmt::Write;

use crate::model::*;

/// Excel reads a UTF-8 CSV as UTF-8 (Hangul intact) only when it starts with a byte order mark.
pub const BOM: &str = "\u{feff}";

/// One CSV field, quoted when it holds a separator, quote or line break (RFC 4180). A field
/// that a spreadsheet would read as a formula (starting with `=`, `+`, `-`, `@`, a tab or a
/// carriage return) gets a leading `'`, so it opens as text.
pub(super) fn field(s: &str) -> String {
    let s = if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    };
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s
    }
}

/// CSV being written: cells separated by `,`, rows ended by CRLF.
pub(super) struct Csv {
    out: String,
    row_start: bool,
}

impl Csv {
    /// An empty CSV that starts with the byte order mark.
    pub(super) fn new() -> Self {
        Csv {
            out: String::from(BOM),
            row_start: true,
        }
    }

    /// The text written so far.
    pub(super) fn finish(self) -> String {
        self.out
    }

    pub(super) fn cell(&mut self, s: &str) {
        if !self.row_start {
            self.out.push(',');
        }
        self.row_start = false;
        self.out.push_str(&field(s));
    }

    pub(super) fn end_row(&mut self) {
        self.out.push_str("\r\n");
        self.row_start = true;
    }

    /// Value, status, source URL and reason (when unknown) of a fact.
    pub(super) fn fact<T: Clone>(&mut self, d: &Dataset, f: &Fact<T>, show: impl Fn(&T) -> String) {
        match f {
            Fact::Known(k) => {
                self.cell(&show(&k.value));
                self.cell(k.status.slug());
                self.cell(&d.source(k.source).url);
                self.cell("");
            }
            Fact::Unknown(u) => {
                self.cell("");
                self.cell(u.kind.slug());
                self.cell(u.source.map_or("", |s| &d.source(s).url));
                self.cell(&u.reason.en);
            }
        }
    }
}

pub(super) fn base_text(d: &Dataset, b: &Base) -> String {
    match (&b.name, b.model) {
        (_, Some(r)) => format!("{}:{}", b.relation.slug(), d.model(r).id),
        (Some(n), None) => format!("{}:{n}", b.relation.slug()),
        (None, None) => b.relation.slug().to_string(),
    }
}

pub(super) fn flag(b: bool) -> &'static str {
    if b {
        "true"
    } else {
        "false"
    }
}

/// Writes `s` as a JSON string literal.
pub(super) fn push_js(o: &mut String, s: &str) {
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => write!(o, "\\u{:04x}", c as u32).unwrap(),
            c => o.push(c),
        }
    }
    o.push('"');
}

/// JSON being written. [`Json::key`] puts the comma before every member but the first.
pub(super) struct Json(pub(super) String);

impl Json {
    pub(super) fn raw(&mut self, s: &str) -> &mut Self {
        self.0.push_str(s);
        self
    }

    pub(super) fn str(&mut self, s: &str) -> &mut Self {
        push_js(&mut self.0, s);
        self
    }

    /// `"key":`, after a comma unless it opens its object.
    pub(super) fn key(&mut self, key: &str) -> &mut Self {
        if !self.0.ends_with(['{', '[']) {
            self.0.push(',');
        }
        self.0.push('"');
        self.raw(key).raw("\":")
    }

    pub(super) fn text(&mut self, t: &Text) -> &mut Self {
        self.raw("{\"ko\":")
            .str(&t.ko)
            .raw(",\"en\":")
            .str(&t.en)
            .raw("}")
    }

    /// `{"value":…,"status":…,"source":…,"alternatives":[…]}` or the unknown's reason;
    /// `value` writes a value as JSON.
    pub(super) fn fact<T: Clone>(
        &mut self,
        d: &Dataset,
        f: &Fact<T>,
        value: impl Fn(&mut Json, &T),
    ) {
        self.raw("{");
        match f {
            Fact::Known(k) => {
                value(self.key("value"), &k.value);
                self.key("status").str(k.status.slug());
                self.key("source").str(&d.source(k.source).url);
                self.key("alternatives").raw("[");
                for a in k.alternatives.iter() {
                    self.key_less_object();
                    value(self.key("value"), &a.value);
                    self.key("status").str(a.status.slug());
                    self.key("source").str(&d.source(a.source).url).raw("}");
                }
                self.raw("]");
            }
            Fact::Unknown(u) => {
                self.key("value").raw("null");
                self.key("unknown").str(u.kind.slug());
                self.key("reason").text(&u.reason);
                match u.source {
                    Some(s) => self.key("source").str(&d.source(s).url),
                    None => self.key("source").raw("null"),
                };
            }
        }
        self.raw("}");
    }

    /// `{` of an array item, after a comma unless it is the first.
    pub(super) fn key_less_object(&mut self) {
        if !self.0.ends_with('[') {
            self.0.push(',');
        }
        self.0.push('{');
    }
}
