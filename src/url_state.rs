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
const KIND: &str = "kind";
const ORG: &str = "org";
const ACCESS: &str = "access";
const MODALITY: &str = "mod";
const ERA: &str = "era";
const REFERENCES: &str = "ref";
const PROGRAMME: &str = "prog";
const QUERY: &str = "q";
const SORT: &str = "sort";
const PINS: &str = "pin";
const LANG: &str = "lang";
const THEME: &str = "theme";
const METRIC: &str = "metric";
const VIEW: &str = "view";
const OPEN: &str = "open";
const ALL_CARDS: &str = "all";
const ALL_ROWS: &str = "rows";
const GAP_BENCH_KEY: &str = "bench";
const GAP_SET: &str = "set";

/// The keys that describe a view (all but the version).
const VIEW_KEYS: [&str; 18] = [
    KIND,
    ORG,
    ACCESS,
    MODALITY,
    ERA,
    REFERENCES,
    QUERY,
    SORT,
    PINS,
    LANG,
    THEME,
    METRIC,
    VIEW,
    OPEN,
    ALL_CARDS,
    ALL_ROWS,
    GAP_BENCH_KEY,
    GAP_SET,
];
const RELEASE: &str = "r";

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
fn push_list<'a>(
    pairs: &mut Vec<(&str, String)>,
    key: &'static str,
    items: impl Iterator<Item = &'a str>,
) {
    let escaped: Vec<String> = items.map(escape).collect();
    if !escaped.is_empty() {
        pairs.push((key, escaped.join(&LIST_SEP.to_string())));
    }
}

/// Adds `key` with `value`, unless it is the default.
fn push_one(pairs: &mut Vec<(&str, String)>, key: &'static str, value: &str, default: &str) {
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
    let f = &state.filters;
    let org_id = |r: OrgRef| data.orgs.get(usize::from(r.0)).map(|o| o.id.as_ref());
    let model_id = |r: &ModelRef| data.models.get(usize::from(r.0)).map(|m| m.id.as_ref());
    let p = &mut Vec::new();
    push_list(p, KIND, f.kinds.iter().map(|k| k.slug()));
    push_list(p, ORG, f.orgs.iter().filter_map(org_id));
    push_list(p, ACCESS, f.access.iter().map(|a| a.slug()));
    push_list(p, MODALITY, f.modality.iter().map(|m| m.slug()));
    push_one(p, ERA, f.era.slug(), Era::DEFAULT.slug());
    push_one(p, REFERENCES, flag(f.references), "0");
    push_one(p, PROGRAMME, flag(f.programme), "0");
    push_one(p, QUERY, &state.query, "");
    push_one(p, SORT, state.sort.slug(), SortKey::DEFAULT.slug());
    push_list(p, PINS, state.pins.iter().filter_map(model_id));
    push_one(p, LANG, state.lang.slug(), Lang::DEFAULT.slug());
    push_one(p, THEME, state.theme.slug(), Theme::DEFAULT.slug());
    push_one(p, METRIC, state.metric.slug(), Metric::DEFAULT.slug());
    push_one(p, VIEW, state.chart_mode.slug(), ChartMode::DEFAULT.slug());
    push_list(p, OPEN, state.open.iter().filter_map(model_id));
    push_one(p, ALL_CARDS, flag(state.all_cards), "0");
    push_one(p, ALL_ROWS, flag(state.all_rows), "0");
    push_one(p, GAP_BENCH_KEY, state.gap_bench.slug(), GAP_BENCH.slug());
    push_one(p, GAP_SET, state.gap_set.as_deref().unwrap_or(""), "");

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
        any |= VIEW_KEYS.contains(&key);
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
            KIND => self.state.filters.kinds = self.set(key, raw, |_, s| OrgKind::from_slug(s)),
            ORG => self.state.filters.orgs = self.set(key, raw, org_by_id),
            ACCESS => self.state.filters.access = self.set(key, raw, |_, s| Access::from_slug(s)),
            MODALITY => {
                self.state.filters.modality = self.set(key, raw, |_, s| Modality::from_slug(s))
            }
            PINS => {
                let mut pins = self.list(key, raw, model_by_id);
                if pins.len() > MAX_PINS {
                    self.warn(format!(
                        "pin: kept the first {MAX_PINS} of {} pinned models",
                        pins.len()
                    ));
                    pins.truncate(MAX_PINS);
                }
                self.state.pins = pins;
            }
            // A value that cannot be read keeps the base's (the default for `decode`).
            ERA => {
                if let Some(era) = self.one(key, raw, Era::from_slug) {
                    self.state.filters.era = era;
                }
            }
            REFERENCES => {
                if let Some(on) = self.flag(key, raw) {
                    self.state.filters.references = on;
                }
            }
            PROGRAMME => {
                if let Some(on) = self.flag(key, raw) {
                    self.state.filters.programme = on;
                }
            }
            ALL_CARDS => {
                if let Some(on) = self.flag(key, raw) {
                    self.state.all_cards = on;
                }
            }
            ALL_ROWS => {
                if let Some(on) = self.flag(key, raw) {
                    self.state.all_rows = on;
                }
            }
            OPEN => self.state.open = self.list(key, raw, model_by_id),
            QUERY => self.state.query = self.text(key, raw),
            SORT => {
                if let Some(v) = self.one(key, raw, SortKey::from_slug) {
                    self.state.sort = v;
                }
            }
            LANG => {
                if let Some(v) = self.one(key, raw, Lang::from_slug) {
                    self.state.lang = v;
                }
            }
            THEME => {
                if let Some(v) = self.one(key, raw, Theme::from_slug) {
                    self.state.theme = v;
                }
            }
            METRIC => {
                if let Some(v) = self.one(key, raw, Metric::from_slug) {
                    self.state.metric = v;
                }
            }
            VIEW => {
                if let Some(v) = self.one(key, raw, ChartMode::from_slug) {
                    self.state.chart_mode = v;
                }
            }
            GAP_BENCH_KEY => {
                if let Some(v) = self.one(key, raw, BenchmarkId::from_slug) {
                    self.state.gap_bench = v;
                }
            }
            GAP_SET => {
                let set = self.text(key, raw);
                self.state.gap_set = (!set.is_empty()).then_some(set);
            }
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
