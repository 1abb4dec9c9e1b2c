//! Matching the search box against a model: names in both languages, aliases and the
//! developer's names; case, space and hyphen insensitive.

use crate::model::{Model, Org};

/// Lowercases and drops spaces, hyphens, dots, colons and underscores, so "Mi:dm 2.0",
/// "midm2" and "MIDM-2" meet.
pub fn normalize(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '_' | '.' | ':' | '·'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// A prepared search query.
#[derive(Clone, Debug, PartialEq)]
pub struct Query {
    needle: String,
}

impl Query {
    pub fn new(text: &str) -> Query {
        Query {
            needle: normalize(text),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.needle.is_empty()
    }

    /// Whether the model (or its developer) answers to the query. An empty query matches all.
    pub fn matches(&self, m: &Model, org: &Org) -> bool {
        if self.is_empty() {
            return true;
        }
        let fields = [&m.name.ko, &m.name.en, &org.name.ko, &org.name.en];
        fields
            .into_iter()
            .chain(m.aliases.iter())
            .any(|f| normalize(f).contains(&self.needle))
    }
}
