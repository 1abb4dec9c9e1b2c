//! A JSON reader that keeps the path of what it reads, so every problem is reported as
//! `models[exaone-3-5].params.value[1].total: expected a number, got "32"`.

use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;

use serde_json::{Map, Value};

use crate::model::{Date, Text};

/// One problem in the dataset: where, and what.
#[derive(Clone, Debug, PartialEq)]
pub struct DataError {
    /// Path of the offending value, e.g. `models[kanana].released.value.date`.
    pub path: String,
    pub problem: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.path, self.problem)
    }
}

/// Collects errors while reading; readers return `None` after recording one.
#[derive(Default)]
pub struct Reader {
    pub errors: Vec<DataError>,
    /// id → index, for each kind of reference.
    pub source_ids: HashMap<String, u16>,
    pub org_ids: HashMap<String, u16>,
    pub model_ids: HashMap<String, u16>,
}

/// Short description of a JSON value for messages.
fn describe(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        Value::String(s) if s.chars().count() > 40 => {
            format!("\"{}…\"", s.chars().take(40).collect::<String>())
        }
        Value::String(s) => format!("\"{s}\""),
        Value::Array(_) => "a list".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// An object being read: remembers which keys were used so unknown ones can be reported.
pub struct Obj<'a> {
    map: &'a Map<String, Value>,
    pub path: String,
    used: Vec<&'static str>,
}

impl<'a> Obj<'a> {
    /// The value of a required key (missing or `null` is an error, unless `allow_null`).
    pub fn req(&mut self, r: &mut Reader, key: &'static str) -> Option<&'a Value> {
        self.used.push(key);
        match self.map.get(key) {
            Some(v) if !v.is_null() => Some(v),
            Some(_) => {
                r.error(self.at(key), "must not be null");
                None
            }
            None => {
                r.error(self.at(key), "missing");
                None
            }
        }
    }

    /// The value of a key that may be present with `null` or absent: both give `None`.
    pub fn opt(&mut self, key: &'static str) -> Option<&'a Value> {
        self.used.push(key);
        self.map.get(key).filter(|v| !v.is_null())
    }

    /// Whether the key is present at all (even as `null`).
    pub fn has(&self, key: &str) -> bool {
        self.map.contains_key(key)
    }

    /// The path of a key of this object.
    pub fn at(&self, key: &str) -> String {
        format!("{}.{key}", self.path)
    }

    /// Reports keys that no reader asked for (typos such as `"contxt"`).
    pub fn finish(self, r: &mut Reader) {
        for key in self.map.keys() {
            if !self.used.contains(&key.as_str()) {
                r.error(self.at(key), "unknown field");
            }
        }
    }
}

impl Reader {
    pub fn error(&mut self, path: impl Into<String>, problem: impl Into<String>) {
        self.errors.push(DataError {
            path: path.into(),
            problem: problem.into(),
        });
    }

    fn expected(&mut self, path: &str, what: &str, got: &Value) {
        self.error(path, format!("expected {what}, got {}", describe(got)));
    }

    pub fn obj<'a>(&mut self, v: &'a Value, path: String) -> Option<Obj<'a>> {
        match v {
            Value::Object(map) => Some(Obj {
                map,
                path,
                used: Vec::new(),
            }),
            other => {
                self.expected(&path, "an object", other);
                None
            }
        }
    }

    pub fn list<'a>(&mut self, v: &'a Value, path: &str) -> Option<&'a Vec<Value>> {
        match v {
            Value::Array(items) => Some(items),
            other => {
                self.expected(path, "a list", other);
                None
            }
        }
    }

    /// A non-empty string without leading or trailing spaces.
    pub fn string(&mut self, v: &Value, path: &str) -> Option<String> {
        match v {
            Value::String(s) if s.trim().is_empty() => {
                self.error(path, "must not be empty");
                None
            }
            Value::String(s) if s.trim() != s => {
                self.error(path, format!("\"{s}\" has leading or trailing spaces"));
                None
            }
            Value::String(s) => Some(s.clone()),
            other => {
                self.expected(path, "a string", other);
                None
            }
        }
    }

    /// A string that may be empty (e.g. a model without a version number).
    pub fn string_or_empty(&mut self, v: &Value, path: &str) -> Option<String> {
        match v {
            Value::String(s) if s.is_empty() => Some(String::new()),
            _ => self.string(v, path),
        }
    }

    pub fn str_cow(&mut self, v: &Value, path: &str) -> Option<Cow<'static, str>> {
        self.string(v, path).map(Cow::Owned)
    }

    /// A slug: `[a-z0-9-]+`, not starting or ending with `-`.
    pub fn slug(&mut self, v: &Value, path: &str) -> Option<String> {
        let s = self.string(v, path)?;
        let ok = s
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !s.starts_with('-')
            && !s.ends_with('-');
        if ok {
            Some(s)
        } else {
            self.error(
                path,
                format!("\"{s}\" is not a slug (lowercase a-z, 0-9 and -)"),
            );
            None
        }
    }

    pub fn bool(&mut self, v: &Value, path: &str) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(*b),
            other => {
                self.expected(path, "true or false", other);
                None
            }
        }
    }

    /// A finite number within `range` (inclusive).
    pub fn number(&mut self, v: &Value, path: &str, min: f64, max: f64) -> Option<f64> {
        match v.as_f64() {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(n) => {
                self.error(path, format!("{n} is out of range {min}..={max}"));
                None
            }
            None => {
                self.expected(path, "a number", v);
                None
            }
        }
    }

    pub fn integer(&mut self, v: &Value, path: &str, min: u64, max: u64) -> Option<u64> {
        match v.as_u64() {
            Some(n) if (min..=max).contains(&n) => Some(n),
            Some(n) => {
                self.error(path, format!("{n} is out of range {min}..={max}"));
                None
            }
            None => {
                self.expected(path, "a whole number", v);
                None
            }
        }
    }

    pub fn date(&mut self, v: &Value, path: &str) -> Option<Date> {
        let s = self.string(v, path)?;
        Date::parse(&s).map_err(|e| self.error(path, e)).ok()
    }

    /// One of an enum's slugs.
    pub fn slug_of<E>(
        &mut self,
        v: &Value,
        path: &str,
        from_slug: fn(&str) -> Option<E>,
        expected: fn() -> String,
    ) -> Option<E> {
        let s = self.string(v, path)?;
        let e = from_slug(&s);
        if e.is_none() {
            self.error(
                path,
                format!("unknown value \"{s}\" (expected one of: {})", expected()),
            );
        }
        e
    }

    /// `{"ko": "…", "en": "…"}`, both non-empty.
    pub fn text(&mut self, v: &Value, path: &str) -> Option<Text> {
        let mut o = self.obj(v, path.to_string())?;
        let ko = o.req(self, "ko").and_then(|v| self.str_cow(v, &o.at("ko")));
        let en = o.req(self, "en").and_then(|v| self.str_cow(v, &o.at("en")));
        o.finish(self);
        Some(Text { ko: ko?, en: en? })
    }

    /// A `https://` URL with a host.
    pub fn url(&mut self, v: &Value, path: &str) -> Option<String> {
        let s = self.string(v, path)?;
        let host = s.strip_prefix("https://").map(|rest| {
            rest.split(['/', '?', '#'])
                .next()
                .unwrap_or_default()
                .to_string()
        });
        match host {
            Some(h) if h.contains('.') && !s.contains(char::is_whitespace) => Some(s),
            Some(_) => {
                self.error(path, format!("\"{s}\" is not a valid URL"));
                None
            }
            None => {
                self.error(path, format!("\"{s}\" is not an https:// URL"));
                None
            }
        }
    }

    /// Resolves an id in one of the id tables.
    pub fn reference(&mut self, v: &Value, path: &str, table: Table) -> Option<u16> {
        let id = self.string(v, path)?;
        let (map, what) = match table {
            Table::Source => (&self.source_ids, "source"),
            Table::Org => (&self.org_ids, "organisation"),
            Table::Model => (&self.model_ids, "model"),
        };
        match map.get(&id) {
            Some(&i) => Some(i),
            None => {
                self.error(path, format!("unknown {what} id \"{id}\""));
                None
            }
        }
    }
}

/// Which id table a reference points into.
#[derive(Clone, Copy)]
pub enum Table {
    Source,
    Org,
    Model,
}
