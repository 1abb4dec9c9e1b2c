//! One word per thing: every status, reason a value is missing, unit and label reads the same
//! on the cards, in the chart's details and table, in the CSV and on the prerendered (no-JS)
//! page, in both languages. Walks the real dataset, so a new wording anywhere fails here.
#![cfg(not(target_arch = "wasm32"))]

use kllm_widget::card::html::card;
use kllm_widget::card::list::CardState;
use kllm_widget::card::{card_rows, CardRow};
use kllm_widget::chart::detail::detail;
use kllm_widget::chart::rows::series::{series_up_to, NoMark, MAX_ROWS};
use kllm_widget::chart::rows::table;
use kllm_widget::chart::rows::text::unknown_lines;
use kllm_widget::components::App;
use kllm_widget::data::dataset;
use kllm_widget::export::csv;
use kllm_widget::i18n::{format, t, ui, Msg};
use kllm_widget::model::{Fact, ModelRef, Status, UnknownKind};
use kllm_widget::settings::{Lang, Metric};

const LANGS: [Lang; 2] = [Lang::Ko, Lang::En];

fn all() -> Vec<ModelRef> {
    (0..dataset().models.len() as u16).map(ModelRef).collect()
}

/// Every status word that may appear anywhere, per language.
fn status_words(lang: Lang) -> Vec<&'static str> {
    let mut w: Vec<&str> = Status::ALL.iter().map(|&s| t(lang, s)).collect();
    w.extend(UnknownKind::ALL.iter().map(|&k| t(lang, k)));
    w
}

/// The texts of `<span class="kllm-status …">…</span>` badges in `html`.
fn badges(html: &str) -> Vec<&str> {
    html.split(r#"<span class="kllm-status kllm-status--"#)
        .skip(1)
        .map(|s| {
            let s = &s[s.find('>').unwrap() + 1..];
            &s[..s.find('<').unwrap()]
        })
        .collect()
}

#[test]
fn every_status_reads_the_same_on_cards_and_in_the_chart_details() {
    let d = dataset();
    for lang in LANGS {
        for &status in Status::ALL {
            let word = t(lang, status);
            // A card with a value of this status shows its word.
            let on_card = all().into_iter().find(|&r| {
                card_rows(d, d.model(r), lang)
                    .iter()
                    .any(|row| row.provenance.status == Some(status))
            });
            if let Some(r) = on_card {
                let html = card(r, lang, CardState::default());
                assert!(html.contains(word), "{}: {word}", d.model(r).id);
            }
            // A chart mark of this status names the same word in its details.
            for &metric in Metric::ALL {
                let s = series_up_to(d, &all(), metric, lang, MAX_ROWS);
                if let Some(row) = s.rows.iter().find(|r| r.status == status) {
                    let det = detail(d, row, lang);
                    assert!(det.value.ends_with(&format!(" · {word}")), "{det:?}");
                }
            }
        }
        // No badge on any card uses another word.
        let words = status_words(lang);
        for r in all() {
            for b in badges(&card(r, lang, CardState::default())) {
                assert!(words.contains(&b), "{}: badge {b:?}", d.model(r).id);
            }
        }
    }
}

#[test]
fn a_missing_value_gives_the_same_reason_on_its_card_and_under_the_chart() {
    let d = dataset();
    let facts: [(Metric, &str); 3] = [
        (Metric::Timeline, "released"),
        (Metric::Params, "params"),
        (Metric::Context, "context"),
    ];
    let mut seen = 0;
    for lang in LANGS {
        for (metric, key) in facts {
            let s = series_up_to(d, &all(), metric, lang, MAX_ROWS);
            let lines = unknown_lines(&s, lang);
            for u in &s.unknown {
                let NoMark::Missing(kind) = u.gap else {
                    panic!("{}: no score outside benchmarks", u.name)
                };
                let rows = card_rows(d, d.model(u.model), lang);
                let row: &CardRow = rows.iter().find(|r| r.key == key).unwrap();
                assert_eq!(row.unknown, Some(kind), "{} {key}", u.name);
                assert_eq!(row.value, t(lang, kind));
                let line = format!("{}: ", t(lang, kind));
                assert!(
                    lines
                        .iter()
                        .any(|l| l.starts_with(&line) && l.contains(&u.name)),
                    "{lines:?} lacks {}",
                    u.name
                );
                seen += 1;
            }
        }
    }
    assert!(seen > 0, "the dataset has values nobody disclosed");
}

#[test]
fn units_read_the_same_on_cards_in_the_table_and_in_the_details() {
    let d = dataset();
    for lang in LANGS {
        for (metric, key) in [(Metric::Context, "context"), (Metric::Params, "params")] {
            let s = series_up_to(d, &all(), metric, lang, MAX_ROWS);
            let html = table::write(d, &s, metric, lang);
            for row in &s.rows {
                let m = d.model(row.model);
                let full = match (metric, &m.context) {
                    (Metric::Context, Fact::Known(k)) => ui::context(lang, k.value),
                    _ => format::params(m.largest_params().unwrap(), lang),
                };
                let card_row = card_rows(d, m, lang);
                let card_value = &card_row.iter().find(|r| r.key == key).unwrap().value;
                assert!(
                    card_value.contains(&full),
                    "{}: {card_value} / {full}",
                    m.id
                );
                assert!(html.contains(&format!(">{full}<")), "table lacks {full}");
                assert!(detail(d, row, lang).value.starts_with(&full));
            }
        }
    }
}

#[test]
fn card_rows_and_chart_metrics_share_their_names() {
    for lang in LANGS {
        assert_eq!(t(lang, Msg::Released), t(lang, Metric::Timeline));
        assert_eq!(t(lang, Msg::Params), t(lang, Metric::Params));
        assert_eq!(t(lang, Msg::Context), t(lang, Metric::Context));
        assert_eq!(t(lang, Msg::GroupAccess), t(lang, Msg::Access));
        assert_eq!(t(lang, Msg::GroupModality), t(lang, Msg::Modality));
    }
}

/// The cells of a CSV text (RFC 4180: quoted cells may hold commas, quotes and line breaks).
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut rows, mut row, mut cell) = (Vec::new(), Vec::new(), String::new());
    let (mut quoted, mut chars) = (false, text.chars().peekable());
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                chars.next();
                cell.push('"');
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => cell.push(c),
        }
    }
    rows
}

#[test]
fn the_csv_names_the_card_facts_and_their_statuses_by_slug() {
    let d = dataset();
    let rows = parse_csv(csv(d, &all()).trim_start_matches('\u{feff}'));
    let header = &rows[0];
    assert_eq!(rows.len(), d.models.len() + 1);
    for (i, m) in d.models.iter().enumerate() {
        let cells = &rows[i + 1];
        assert_eq!(cells.len(), header.len(), "{}", m.id);
        for r in card_rows(d, m, Lang::En) {
            // The fact's status column is named after the card row's key…
            let col = header
                .iter()
                .position(|h| h.starts_with(r.key) && h.ends_with("_status"))
                .unwrap_or_else(|| panic!("no {}…_status column in {header:?}", r.key));
            // …and holds the slug of the status or reason the card shows.
            let want = match (r.provenance.status, r.unknown) {
                (Some(s), _) => s.slug(),
                (None, Some(k)) => k.slug(),
                (None, None) => "",
            };
            assert_eq!(cells[col], want, "{} {}", m.id, r.key);
        }
    }
}

#[tokio::test]
async fn the_prerendered_page_uses_the_same_status_words() {
    let html = yew::LocalServerRenderer::<App>::new().render().await;
    let words = status_words(Lang::Ko);
    let found = badges(&html);
    assert!(!found.is_empty());
    for b in found {
        assert!(words.contains(&b), "badge {b:?}");
    }
    assert!(html.contains(t(Lang::Ko, Status::Claimed)));
}

/// The catalogue page (every card) speaks the same words as the widget's cards.
#[cfg(feature = "prerender")]
#[test]
fn the_catalogue_uses_the_same_status_words() {
    for lang in [Lang::Ko, Lang::En] {
        let html = kllm_widget::catalogue::page(lang, "");
        let words = status_words(lang);
        let found = badges(&html);
        assert!(found.len() > 50, "{}", found.len());
        for b in found {
            assert!(words.contains(&b), "badge {b:?}");
        }
        // Every status the dataset uses on a card appears with its one word.
        assert!(html.contains(t(lang, Status::Claimed)));
        assert!(html.contains(t(lang, UnknownKind::Undisclosed)));
    }
}
