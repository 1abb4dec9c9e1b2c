//! The pieces both kinds' tables are written with: a table's head, a row's name cell, its
//! source cell, and its end with the note on self-reported scores. Pure HTML text; each kind
//! writes its own tables with these (`rows::table`, `gap::table`).

use crate::i18n::{t, ChartMsg};
use crate::markup::{element, open};
use crate::settings::Lang;

/// Opens a table of `class` with its caption and its column heads, up to the open body.
pub fn head(o: &mut String, class: &str, caption: &str, cols: &[&str]) {
    open(o, "table", &[("class", class)]);
    element(
        o,
        "caption",
        &[("class", "kllm-chart__table-caption")],
        caption,
    );
    o.push_str("<thead><tr>");
    for col in cols {
        element(o, "th", &[("scope", "col")], col);
    }
    o.push_str("</tr></thead><tbody>");
}

/// A row's first cell: the model's name, heading the row.
pub fn name_cell(o: &mut String, name: &str) {
    element(
        o,
        "th",
        &[("scope", "row"), ("class", "kllm-chart__cell-name")],
        name,
    );
}

/// A row's last cell: its source, opening in a new tab.
pub fn source_cell(o: &mut String, url: &str, text: &str) {
    o.push_str("<td>");
    element(
        o,
        "a",
        &[("href", url), ("target", "_blank"), ("rel", "noopener")],
        text,
    );
    o.push_str("</td>");
}

/// Closes a table; under it, what the star on self-reported scores means, when one has it.
pub fn end(o: &mut String, lang: Lang, starred: bool) {
    o.push_str("</tbody></table>");
    if starred {
        element(
            o,
            "p",
            &[("class", "kllm-chart__table-note")],
            t(lang, ChartMsg::SelfReported),
        );
    }
}
