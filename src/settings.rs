//! The reader's settings: the closed choices that are not filters — language, theme, card
//! order, era, chart metric and chart mode. A leaf: plain `Copy` enums with stable slugs
//! (share links, CSS classes), no imports beyond the slug macro. Pure.

use crate::slug::slug_enum;

slug_enum!(
    /// The language the widget speaks.
    Lang { Ko = "ko", En = "en" } default Ko
);

impl Lang {
    /// The other language (the language switch, subtitles).
    pub const fn other(self) -> Lang {
        match self {
            Lang::Ko => Lang::En,
            Lang::En => Lang::Ko,
        }
    }
}

slug_enum!(
    /// Colour theme: follow the system, or forced.
    Theme { Auto = "auto", Light = "light", Dark = "dark" } default Auto
);

slug_enum!(
    /// Card order. Unknown values always sort last.
    SortKey { Newest = "new", Oldest = "old", Name = "name", Largest = "size" } default Newest
);

slug_enum!(
    /// Which moment the landscape is shown at.
    Era {
        /// Only what was out on or before the article's date (2025-02-06).
        Article = "article",
        /// Everything up to today.
        Now = "now",
    } default Now
);

slug_enum!(
    /// What the comparison chart measures. `Gap` is the gap view — how far behind the global
    /// references Korea's best score on a benchmark is (`crate::gap`) — and the view a reader
    /// starts on: it answers the story's question (share-link format 2; see `url_state`).
    Metric { Gap = "gap", Timeline = "time", Params = "params", Context = "ctx", Kmmlu = "kmmlu", Mmlu = "mmlu" } default Gap
);

slug_enum!(
    /// How the chart's numbers are shown: drawn, or as a table.
    ChartMode { Chart = "chart", Table = "table" } default Chart
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_round_trip() {
        for &m in Metric::ALL {
            assert_eq!(Metric::from_slug(m.slug()), Some(m));
        }
        assert_eq!(SortKey::from_slug("bogus"), None);
        assert_eq!(Lang::Ko.other().other(), Lang::Ko);
    }
}
