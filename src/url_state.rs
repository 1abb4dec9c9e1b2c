//! The share link: a [`WidgetState`] as a URL fragment and back. Pure.
//!
//! Format 2, e.g. `v=2&kind=startup~telecom&q=%EC%97%91%EC%82%AC%EC%9B%90&pin=exaone-3-5`:
//! - pairs `key=value` joined by `&`; list items joined by `~`. Never `+` or spaces, which
//!   messengers (KakaoTalk, Facebook) rewrite;
//! - a value equal to the default is left out, so the default state is the empty fragment;
//!   otherwise `v=2` comes first;
//! - values are enum slugs and dataset ids (stable across dataset edits, unlike indices);
//!   every value is percent-encoded as UTF-8 (slugs and ids pass unchanged).
//!
//! A link made to be shared also names the release that made it (`r=0.1.0-2026-11-30`, last;
//! see [`with_release`]): it does not change the view, and the widget uses it to tell a
//! reader of an old link that a newer release exists.
//!
//! Decoding is lenient: whatever cannot be read (unknown keys, slugs or ids, bad escapes,
//! repeats, too many pins, a newer format) is skipped with a warning, never a panic.
//!
//! Format 2 differs from format 1 in one default: a view without `metric` is the gap view
//! (format 1's default was the release-date timeline). A link of format 1 — `v=1`, or no `v`
//! at all, like hand-written `#q=엑사원` and embedders' `data-view` — still opens on the
//! timeline unless it names a metric, so no link made before changes its meaning.

use crate::filter::{Member, Set};
use crate::model::{Access, BenchmarkId, Dataset, Modality, ModelRef, OrgKind, OrgRef};
use crate::settings::{ChartMode, Era, Lang, Metric, SortKey, Theme};
use crate::state::{WidgetState, GAP_BENCH, MAX_PINS};

/// The format this widget writes and reads.
pub const VERSION: u32 = 2;

const VERSION_KEY: &str = "v";
const RELEASE: &str = "r";
const METRIC: &str = "metric";
const GAP_SET: &str = "set";

/// The pairs an encoded view is made of, in the order written.
type Pairs = Vec<(&'static str, String)>;

/// One key of the share link: its name, how a view is written under it (nothing when the
/// value is the default) and how a value is read onto a view. Every key describes the view:
/// the format-1 rule below and the encoder and decoder all follow this one table, so a new
/// view setting is one row.
struct Key {
    name: &'static str,
    write: fn(&'static str, &WidgetState, &Dataset, &mut Pairs),
    read: fn(&mut Reader, &'static str, &str),
}

/// A key holding one named value (`Type::from_slug`) of the view's `field`, left out of the
/// link when it is `default`. A value that cannot be read keeps the base's (the default for
/// `decode`).
macro_rules! slug_key {
    ($name:expr, $($field:ident).+, $ty:ty, $default:expr) => {
        Key {
            name: $name,
            write: |k, s, _, p| push_one(p, k, s.$($field).+.slug(), $default.slug()),
            read: |r, k, raw| {
                if let Some(v) = r.one(k, raw, <$ty>::from_slug) {
                    r.state.$($field).+ = v;
                }
            },
        }
    };
}

/// A key holding an on/off setting of the view's `field` (`1`), left out when off.
macro_rules! flag_key {
    ($name:expr, $($field:ident).+) => {
        Key {
            name: $name,
            write: |k, s, _, p| push_one(p, k, flag(s.$($field).+), "0"),
            read: |r, k, raw| {
                if let Some(on) = r.flag(k, raw) {
                    r.state.$($field).+ = on;
                }
            },
        }
    };
}

/// Every key a view is written with, in the order written.
const KEYS: [Key; 19] = [
    Key {
        name: "kind",
        write: |k, s, _, p| push_list(p, k, s.filters.kinds.iter().map(|v| v.slug())),
        read: |r, k, raw| r.state.filters.kinds = r.set(k, raw, |_, s| OrgKind::from_slug(s)),
    },
    Key {
        name: "org",
        write: |k, s, d, p| {
            let id = |o: OrgRef| d.orgs.get(usize::from(o.0)).map(|o| o.id.as_ref());
            push_list(p, k, s.filters.orgs.iter().filter_map(id))
        },
        read: |r, k, raw| r.state.filters.orgs = r.set(k, raw, org_by_id),
    },
    Key {
        name: "access",
        write: |k, s, _, p| push_list(p, k, s.filters.access.iter().map(|v| v.slug())),
        read: |r, k, raw| r.state.filters.access = r.set(k, raw, |_, s| Access::from_slug(s)),
    },
    Key {
        name: "mod",
        write: |k, s, _, p| push_list(p, k, s.filters.modality.iter().map(|v| v.slug())),
        read: |r, k, raw| r.state.filters.modality = r.set(k, raw, |_, s| Modality::from_slug(s)),
    },
    slug_key!("era", filters.era, Era, Era::DEFAULT),
    flag_key!("ref", filters.references),
    flag_key!("prog", filters.programme),
    Key {
        name: "q",
        write: |k, s, _, p| push_one(p, k, &s.query, ""),
        read: |r, k, raw| r.state.query = r.text(k, raw),
    },
    slug_key!("sort", sort, SortKey, SortKey::DEFAULT),
    Key {
        name: "pin",
        write: |k, s, d, p| push_list(p, k, s.pins.iter().filter_map(|m| model_id(d, m))),
        read: |r, k, raw| {
            let mut pins = r.list(k, raw, model_by_id);
            if pins.len() > MAX_PINS {
                r.warn(format!(
                    "pin: kept the first {MAX_PINS} of {} pinned models",
                    pins.len()
                ));
                pins.truncate(MAX_PINS);
            }
            r.state.pins = pins;
        },
    },
    slug_key!("lang", lang, Lang, Lang::DEFAULT),
    slug_key!("theme", theme, Theme, Theme::DEFAULT),
    slug_key!(METRIC, metric, Metric, Metric::DEFAULT),
    slug_key!("view", chart_mode, ChartMode, ChartMode::DEFAULT),
    Key {
        name: "open",
        write: |k, s, d, p| push_list(p, k, s.open.iter().filter_map(|m| model_id(d, m))),
        read: |r, k, raw| r.state.open = r.list(k, raw, model_by_id),
    },
    flag_key!("all", all_cards),
    flag_key!("rows", all_rows),
    slug_key!("bench", gap_bench, BenchmarkId, GAP_BENCH),
    Key {
        name: GAP_SET,
        write: |k, s, _, p| push_one(p, k, s.gap_set.as_deref().unwrap_or(""), ""),
        read: |r, k, raw| {
            let set = r.text(k, raw);
            r.state.gap_set = (!set.is_empty()).then_some(set);
        },
    },
];

/// Between list items.
const LIST_SEP: char = '~';

/// A decoded fragment and what had to be skipped to read it (one sentence each).
#[derive(Clone, Debug, PartialEq)]
pub struct Decoded {
    pub state: WidgetState,
    pub warnings: Vec<String>,
    /// The release that made the link (`r`), when it names one.
    pub release: Option<String>,
}

/// Percent-encodes `s` as UTF-8, leaving only ASCII letters, digits, `-`, `.` and `_`.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

const HEX: &[u8; 16] = b"0123456789ABCDEF";

/// What went wrong while unescaping (the value is still usable).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Unescaped {
    /// A `%` not followed by two hex digits (kept as typed).
    pub bad_escape: bool,
    /// The bytes were not UTF-8 (bad sequences became U+FFFD).
    pub bad_utf8: bool,
}

/// Decodes `%XX` escapes (UTF-8) and `+` as a space, as forms and some messengers write it.
pub fn unescape(s: &str) -> (String, Unescaped) {
    let mut report = Unescaped::default();
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = |j: usize| bytes.get(j).and_then(|&b| char::from(b).to_digit(16));
        match bytes[i] {
            b'%' => match (hex(i + 1), hex(i + 2)) {
                (Some(hi), Some(lo)) => {
                    out.push((hi * 16 + lo) as u8);
                    i += 3;
                    continue;
                }
                _ => {
                    report.bad_escape = true;
                    out.push(b'%');
                }
            },
            b'+' => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    let text = match String::from_utf8(out) {
        Ok(text) => text,
        Err(e) => {
            report.bad_utf8 = true;
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    (text, report)
}

/// Adds `key` with `items` joined by `~`, unless there are none.
fn push_list<'a>(pairs: &mut Pairs, key: &'static str, items: impl Iterator<Item = &'a str>) {
    let escaped: Vec<String> = items.map(escape).collect();
    if !escaped.is_empty() {
        pairs.push((key, escaped.join(&LIST_SEP.to_string())));
    }
}

/// Adds `key` with `value`, unless it is the default.
fn push_one(pairs: &mut Pairs, key: &'static str, value: &str, default: &str) {
    if value != default {
        pairs.push((key, escape(value)));
    }
}

fn flag(on: bool) -> &'static str {
    if on {
        "1"
    } else {
        "0"
    }
}

/// `state` as a fragment (without `#`); `""` for the default state. Pins and orgs that are
/// not in `data` are left out.
pub fn encode(state: &WidgetState, data: &Dataset) -> String {
    let mut p = Pairs::new();
    for key in &KEYS {
        (key.write)(key.name, state, data, &mut p);
    }
    if p.is_empty() {
        return String::new();
    }
    let mut out = format!("{VERSION_KEY}={VERSION}");
    for (key, value) in p.iter() {
        out.push('&');
        out.push_str(key);
        out.push('=');
        out.push_str(value);
    }
    out
}

/// The share link's fragment: `fragment` (from [`encode`]) naming the release that made it.
pub fn with_release(fragment: &str, release: &str) -> String {
    let r = escape(release);
    if fragment.is_empty() {
        format!("{VERSION_KEY}={VERSION}&{RELEASE}={r}")
    } else {
        format!("{fragment}&{RELEASE}={r}")
    }
}

/// `s` for a warning: quoted, escaped, and cut to 40 characters.
fn quote(s: &str) -> String {
    let cut: String = s.chars().take(40).collect();
    let more = if cut.len() < s.len() { "…" } else { "" };
    // Plain quotes rather than `{:?}`: Debug string escaping costs code size in the wasm.
    format!("\"{cut}\"{more}")
}

/// The state a fragment describes (a leading `#` is allowed), and a warning for each part
/// that was skipped or clamped. Never panics.
pub fn decode(fragment: &str, data: &Dataset) -> Decoded {
    decode_onto(fragment, WidgetState::default(), data)
}

/// Like [`decode`], but keys the fragment does not have keep their value in `base` (the
/// embedding options' choices, such as a page opened with `?lang=en`).
pub fn decode_onto(fragment: &str, base: WidgetState, data: &Dataset) -> Decoded {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let mut r = Reader {
        data,
        state: base,
        warnings: Vec::new(),
        release: None,
    };
    // Sorted, for a binary search (a `BTreeSet` costs more code in the wasm).
    let mut seen: Vec<&str> = Vec::new();
    let mut any = false;
    for pair in fragment.split('&').filter(|p| !p.is_empty()) {
        let Some((key, value)) = pair.split_once('=') else {
            r.warn(format!("ignored {}: not a key=value pair", quote(pair)));
            continue;
        };
        match seen.binary_search(&key) {
            Ok(_) => {
                r.warn(format!("ignored a repeated {}", quote(key)));
                continue;
            }
            Err(at) => seen.insert(at, key),
        }
        any |= KEYS.iter().any(|k| k.name == key);
        r.read(key, value);
    }
    // Format 1 (an explicit `v=1`, or no `v`) started on the timeline: a link of it that
    // describes a view but names no metric keeps meaning the timeline. An unreadable `v` is
    // read as this format (and says so).
    let format = match seen.binary_search(&VERSION_KEY) {
        Ok(_) => match version_of(fragment) {
            Some(v @ 1..) => v,
            _ => VERSION,
        },
        Err(_) => 1,
    };
    if any && format < 2 && seen.binary_search(&METRIC).is_err() {
        r.state.metric = Metric::Timeline;
    }
    // A comparison the benchmark does not have (renamed data, a mistyped link) falls back to
    // the benchmark's default one.
    if let Some(set) = &r.state.gap_set {
        let known = crate::gap::comparisons(data, r.state.gap_bench)
            .iter()
            .any(|c| &c.protocol.slug(data) == set);
        if !known {
            r.warn(format!(
                "{GAP_SET}: ignored {} (not a comparison on {})",
                quote(set),
                r.state.gap_bench.slug()
            ));
            r.state.gap_set = None;
        }
    }
    Decoded {
        state: r.state,
        warnings: r.warnings,
        release: r.release,
    }
}

/// Decoding in progress.
struct Reader<'d> {
    data: &'d Dataset,
    state: WidgetState,
    warnings: Vec<String>,
    release: Option<String>,
}

impl Reader<'_> {
    fn warn(&mut self, message: String) {
        self.warnings.push(message);
    }

    /// Unescapes one value of `key`, warning about what was wrong with it.
    fn text(&mut self, key: &str, raw: &str) -> String {
        let (text, report) = unescape(raw);
        if report.bad_escape {
            self.warn(format!("{key}: kept a malformed %-escape as typed"));
        }
        if report.bad_utf8 {
            self.warn(format!("{key}: replaced bytes that are not UTF-8"));
        }
        text
    }

    /// The items of a `~` list, each looked up by `find`; unknown and repeated items are
    /// skipped with a warning, empty ones silently.
    fn list<T: PartialEq>(
        &mut self,
        key: &str,
        raw: &str,
        find: impl Fn(&Dataset, &str) -> Option<T>,
    ) -> Vec<T> {
        let mut out = Vec::new();
        for item in raw.split(LIST_SEP).filter(|i| !i.is_empty()) {
            let text = self.text(key, item);
            match find(self.data, &text) {
                Some(v) if out.contains(&v) => {
                    self.warn(format!("{key}: ignored {} listed twice", quote(&text)))
                }
                Some(v) => out.push(v),
                None => self.warn(format!("{key}: ignored unknown {}", quote(&text))),
            }
        }
        out
    }

    fn set<T: Member + PartialEq>(
        &mut self,
        key: &str,
        raw: &str,
        find: impl Fn(&Dataset, &str) -> Option<T>,
    ) -> Set<T> {
        self.list(key, raw, find).into_iter().collect()
    }

    /// One slug; `None` (with a warning) when unknown or empty.
    /// A `1` / `0` switch.
    fn flag(&mut self, key: &str, raw: &str) -> Option<bool> {
        self.one(key, raw, |s| match s {
            "1" => Some(true),
            "0" => Some(false),
            _ => None,
        })
    }

    fn one<T>(&mut self, key: &str, raw: &str, find: impl Fn(&str) -> Option<T>) -> Option<T> {
        let text = self.text(key, raw);
        let found = find(&text);
        if found.is_none() {
            self.warn(format!("{key}: ignored unknown {}", quote(&text)));
        }
        found
    }

    fn read(&mut self, key: &str, raw: &str) {
        if let Some(k) = KEYS.iter().find(|k| k.name == key) {
            return (k.read)(self, k.name, raw);
        }
        match key {
            VERSION_KEY => match raw.parse::<u32>() {
                // Format 1 is read too (see the module's notes).
                Ok(1 | VERSION) => {}
                Ok(v) if v > VERSION => self.warn(format!(
                    "link is format {v}, newer than this widget's {VERSION}: read what it can"
                )),
                _ => self.warn(format!(
                    "unknown link format {}: read as format {VERSION}",
                    quote(raw)
                )),
            },
            RELEASE => {
                let name = self.text(key, raw);
                if crate::release::parse(&name).is_some() {
                    self.release = Some(name);
                } else {
                    self.warn(format!("{key}: ignored unknown release {}", quote(&name)));
                }
            }
            _ => self.warn(format!("ignored unknown key {}", quote(key))),
        }
    }
}

/// The format number a fragment's `v` states (`None` when it is not a number).
fn version_of(fragment: &str) -> Option<u32> {
    fragment
        .split('&')
        .find_map(|p| p.strip_prefix("v="))
        .and_then(|v| v.parse().ok())
}

fn org_by_id(d: &Dataset, id: &str) -> Option<OrgRef> {
    let i = d.orgs.iter().position(|o| o.id == id)?;
    Some(OrgRef(u16::try_from(i).ok()?))
}

fn model_id<'d>(d: &'d Dataset, r: &ModelRef) -> Option<&'d str> {
    d.models.get(usize::from(r.0)).map(|m| m.id.as_ref())
}

fn model_by_id(d: &Dataset, id: &str) -> Option<ModelRef> {
    let i = d.models.iter().position(|m| m.id == id)?;
    Some(ModelRef(u16::try_from(i).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_everything_but_unreserved_ascii() {
        assert_eq!(escape("aZ09-._"), "aZ09-._");
        assert_eq!(escape("~ +&=%#"), "%7E%20%2B%26%3D%25%23");
        assert_eq!(escape("가"), "%EA%B0%80");
    }

    #[test]
    fn unescapes_leniently() {
        let ok = Unescaped::default();
        let rows = [
            ("%EA%B0%80", "가", ok),
            ("%ea%b0%80", "가", ok),
            ("a+b%20c", "a b c", ok),
            ("가", "가", ok),
            (
                "100%",
                "100%",
                Unescaped {
                    bad_escape: true,
                    ..ok
                },
            ),
            (
                "%zz%4",
                "%zz%4",
                Unescaped {
                    bad_escape: true,
                    ..ok
                },
            ),
            (
                "%FF",
                "\u{FFFD}",
                Unescaped {
                    bad_utf8: true,
                    ..ok
                },
            ),
        ];
        for (raw, text, report) in rows {
            assert_eq!(unescape(raw), (text.to_string(), report), "{raw:?}");
        }
    }

    #[test]
    fn quotes_long_input_cut() {
        assert_eq!(quote("x"), "\"x\"");
        assert_eq!(quote(&"가".repeat(50)), format!("\"{}\"…", "가".repeat(40)));
    }
}
