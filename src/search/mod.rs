//! Matching the search box against a model: names in both languages, aliases and the
//! developer's names, Korean-aware. Pure.
//!
//! Text is folded before comparing (lowercase, full-width Latin to ASCII, conjoining jamo
//! composed, everything but letters and digits dropped), so "Mi:dm 2.0", "MIDM-2" and "믿음"
//! meet their fields. Then each query character asks for one field character:
//! - a bare consonant (`ㅎ`, in compatibility or choseong form) asks for any syllable that
//!   starts with it (초성 search: `ㅎㅇㅍ` → 하이퍼클로바); compound ones an IME merged (`ㄻ`)
//!   count as the two consonants typed (`ㄹㅁ`);
//! - the last syllable may still be composing: `하` also accepts 한 and 할, `고` accepts 과,
//!   and a final consonant may be the next syllable's initial (`항` → 하이…, `하잎` → 하이퍼);
//! - anything else asks for itself.
//!
//! Matching is a substring search within each field. The fields of the embedded dataset are
//! folded once, on the first search ([`SearchIndex::embedded`]); a keystroke folds only the
//! query.

mod hangul;
#[cfg(test)]
mod tests;

use std::sync::OnceLock;

use crate::model::{Dataset, Model, Org};
use hangul::{final_extends, final_index, final_jamo, initial_index, initial_of};
use hangul::{split_compound, vowel_extends, Syllable};

/// Between two fields of a key: never in folded text, so no match spans two fields.
const FIELD_BREAK: char = '\n';

/// Full-width ASCII (`Ｅ`, `２`), which CJK input methods produce, as ASCII.
fn narrow(c: char) -> char {
    match c as u32 {
        u @ 0xFF01..=0xFF5E => char::from_u32(u - 0xFEE0).unwrap_or(c),
        _ => c,
    }
}

/// `s` as search compares it: lowercased, full-width Latin narrowed, conjoining jamo
/// composed into syllables, only letters and digits kept, and compound consonants split
/// into the two a keyboard types (`ㄻ` → `ㄹㅁ`).
fn fold(s: &str) -> Vec<char> {
    let lowered = s.chars().map(narrow).flat_map(char::to_lowercase);
    let composed = hangul::compose(lowered);
    let mut out = Vec::with_capacity(composed.len());
    for c in composed.into_iter().filter(|c| c.is_alphanumeric()) {
        match split_compound(c) {
            Some((a, b)) => out.extend([a, b]),
            None => out.push(c),
        }
    }
    out
}

/// `s` as search compares it, as a string: `"Mi:dm 2.0"` → `"midm20"`.
pub fn normalize(s: &str) -> String {
    fold(s).into_iter().collect()
}

/// Folds `fields` into one key: each distinct field once, separated by [`FIELD_BREAK`].
fn key<'a>(fields: impl IntoIterator<Item = &'a str>) -> Box<[char]> {
    let mut seen: Vec<Vec<char>> = Vec::new();
    for f in fields {
        let folded = fold(f);
        if !folded.is_empty() && !seen.contains(&folded) {
            seen.push(folded);
        }
    }
    seen.join(&FIELD_BREAK).into_boxed_slice()
}

fn model_key(m: &Model) -> Box<[char]> {
    let names = [m.name.ko.as_ref(), m.name.en.as_ref()];
    key(names.into_iter().chain(m.aliases.iter().map(AsRef::as_ref)))
}

fn org_key(o: &Org) -> Box<[char]> {
    key([o.name.ko.as_ref(), o.name.en.as_ref()])
}

/// The folded search text of every model and organisation of a dataset, by index.
#[derive(Clone, Debug, PartialEq)]
pub struct SearchIndex {
    models: Vec<Box<[char]>>,
    orgs: Vec<Box<[char]>>,
}

impl SearchIndex {
    pub fn new(d: &Dataset) -> SearchIndex {
        SearchIndex {
            models: d.models.iter().map(model_key).collect(),
            orgs: d.orgs.iter().map(org_key).collect(),
        }
    }

    /// The index of the embedded dataset, built on first use.
    pub fn embedded() -> &'static SearchIndex {
        static INDEX: OnceLock<SearchIndex> = OnceLock::new();
        INDEX.get_or_init(|| SearchIndex::new(crate::data::dataset()))
    }
}

/// Where `item` sits in `slice`, when it is one of its elements (compared by address, so a
/// copy of an element is not found).
fn position_in<T>(slice: &[T], item: &T) -> Option<usize> {
    let size = std::mem::size_of::<T>();
    let offset = (item as *const T as usize).checked_sub(slice.as_ptr() as usize)?;
    let i = offset.checked_div(size)?;
    (offset % size == 0 && i < slice.len()).then_some(i)
}

/// What one query character asks of a field character.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Want {
    /// Exactly this character.
    Char(char),
    /// A syllable starting with this initial consonant (index), or the bare consonant.
    Initial(u8),
    /// The query's last syllable, possibly still being composed.
    Typing(Syllable),
}

impl Want {
    fn accepts(self, c: char) -> bool {
        match self {
            Want::Char(w) => w == c,
            Want::Initial(i) => initial_of(c) == Some(i),
            Want::Typing(s) => typing_matches(s, &[c]),
        }
    }
}

/// Whether `rest` (the field from the match position on) starts with what the syllable being
/// typed may become. `q` without a final accepts any final and a compound vowel built on its
/// vowel; a final may also have been borrowed from the next syllable's initial (for a
/// compound final, its second consonant).
fn typing_matches(q: Syllable, rest: &[char]) -> bool {
    let Some(f) = rest.first().copied().and_then(Syllable::of) else {
        return false;
    };
    if f.initial != q.initial {
        return false;
    }
    if q.last == 0 {
        return vowel_extends(q.vowel, f.vowel);
    }
    if f.vowel != q.vowel {
        return false;
    }
    if final_extends(q.last, f.last) {
        return true;
    }
    // The final typed so far, split into what this syllable keeps and what moves on.
    let Some(typed) = final_jamo(q.last) else {
        return false;
    };
    let (keep, moved) = match split_compound(typed) {
        Some((first, second)) => (final_index(first).unwrap_or(0), second),
        None => (0, typed),
    };
    let next = rest.get(1).copied().and_then(initial_of);
    f.last == keep && next.is_some() && next == initial_index(moved)
}

/// A prepared search query.
#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    wants: Vec<Want>,
}

impl Query {
    pub fn new(text: &str) -> Query {
        let chars = fold(text);
        let mut wants = Vec::with_capacity(chars.len());
        for (i, &c) in chars.iter().enumerate() {
            let last = i + 1 == chars.len();
            if let Some(initial) = initial_index(c) {
                wants.push(Want::Initial(initial));
            } else if let Some(s) = Syllable::of(c).filter(|_| last) {
                wants.push(Want::Typing(s));
            } else {
                wants.push(Want::Char(c));
            }
        }
        Query { wants }
    }

    pub fn is_empty(&self) -> bool {
        self.wants.is_empty()
    }

    /// Whether the query occurs in `text` (one field, folded here).
    pub fn matches_text(&self, text: &str) -> bool {
        self.is_empty() || self.found_in(&fold(text))
    }

    /// Whether the query occurs in a folded key.
    fn found_in(&self, key: &[char]) -> bool {
        let Some((&last, head)) = self.wants.split_last() else {
            return true;
        };
        let at = |start: usize| {
            let rest = &key[start..];
            rest.len() > head.len()
                && head.iter().zip(rest).all(|(w, &c)| w.accepts(c))
                && match last {
                    Want::Typing(s) => typing_matches(s, &rest[head.len()..]),
                    w => w.accepts(rest[head.len()]),
                }
        };
        (0..key.len()).any(at)
    }

    /// Whether the model (or its developer) answers to the query. An empty query matches all.
    /// Models and organisations of the embedded dataset use its prebuilt index; others are
    /// folded on the spot, with the same result.
    pub fn matches(&self, m: &Model, org: &Org) -> bool {
        if self.is_empty() {
            return true;
        }
        let d = crate::data::dataset();
        let model_hit = match position_in(&d.models, m) {
            Some(i) => self.found_in(&SearchIndex::embedded().models[i]),
            None => self.found_in(&model_key(m)),
        };
        model_hit
            || match position_in(&d.orgs, org) {
                Some(i) => self.found_in(&SearchIndex::embedded().orgs[i]),
                None => self.found_in(&org_key(org)),
            }
    }
}
