//! Every word the reader sees, in Korean and English, and nowhere else. One lookup serves all
//! of it: a fixed string is a value of a closed type ([`Msg`] for the widget, [`ChartMsg`] for
//! the chart, the dataset's and the settings' enums) with a [`Label`], written as
//! `Variant => ("한국어", "English")` rows, so a missing translation fails to compile and each
//! concept has exactly one wording per language. Strings with numbers or names in them are
//! small functions beside their words. Pure.
//!
//! - [`ui`]: the widget's fixed strings and sentences (cards, controls, tray, footer);
//! - [`chart`]: the chart's strings and the texts computed from a series;
//! - [`labels`]: the labels of the dataset's vocabularies and the reader's settings;
//! - [`format`]: numbers, units (억/조, K) and dates as each language writes them.
//!
//! Words follow `shared/copy/GLOSSARY.md` (one term per concept).

pub mod chart;
pub mod format;
pub mod labels;
pub mod ui;

pub use chart::ChartMsg;
pub use ui::Msg;

use crate::model::Text;
use crate::settings::Lang;

/// A value that reads as a fixed word or phrase in each language.
pub trait Label: Copy {
    fn label(self, lang: Lang) -> &'static str;
}

/// The text of a fixed string: `t(lang, Msg::Title)`, `t(lang, Status::Verified)`.
pub fn t(lang: Lang, what: impl Label) -> &'static str {
    what.label(lang)
}

/// Implements [`Label`] from `Pattern => ("한국어", "English")` rows (an exhaustive match).
macro_rules! words {
    ($t:ty { $($p:pat => ($ko:expr, $en:expr)),+ $(,)? }) => {
        impl $crate::i18n::Label for $t {
            fn label(self, lang: $crate::settings::Lang) -> &'static str {
                let (ko, en): (&'static str, &'static str) = match self { $($p => ($ko, $en)),+ };
                match lang {
                    $crate::settings::Lang::Ko => ko,
                    $crate::settings::Lang::En => en,
                }
            }
        }
    };
}
pub(crate) use words;

/// A dataset text in the reader's language.
pub fn text(lang: Lang, t: &Text) -> &str {
    match lang {
        Lang::Ko => &t.ko,
        Lang::En => &t.en,
    }
}

/// The same text in the other language (subtitles).
pub fn other(lang: Lang, t: &Text) -> &str {
    text(lang.other(), t)
}

/// `text` with `inner` in parentheses, spaced as each language does: `78.3(자체 측정)` /
/// `78.3 (self-reported)`.
pub fn paren(lang: Lang, text: &str, inner: &str) -> String {
    match lang {
        Lang::Ko => format!("{text}({inner})"),
        Lang::En => format!("{text} ({inner})"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parentheses_follow_each_language() {
        assert_eq!(paren(Lang::Ko, "78.3", "자체 측정"), "78.3(자체 측정)");
        assert_eq!(
            paren(Lang::En, "78.3", "self-reported"),
            "78.3 (self-reported)"
        );
    }
}
