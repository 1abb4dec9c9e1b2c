//! The share preview: a 1200×630 PNG of the default view (headline, the comparison chart, the
//! data's date and the credit line) for the page's Open Graph and Twitter card tags, rendered
//! at build time. The picture is an SVG written here around the chart's own drawing (the
//! default view's `chart::figure::Figure`, as readers see it), rasterised by `resvg` with Noto
//! Sans CJK KR from Debian's `fonts-noto-cjk`. Native, feature `prerender`; readers never load
//! it.
//!
//! [`svg`] is pure; [`render`] loads the fonts and rasterises, and fails when a character
//! would be drawn without a glyph of the Korean font (a box instead of Hangul).

use std::path::{Path, PathBuf};
use std::sync::Arc;

use resvg::usvg::{self, fontdb};

use crate::chart::figure::{Figure, Key};
use crate::chart::fit::{text_width, wrap2};
use crate::chart::gap::gap_series;
use crate::chart::rows::{text::summary, Series};
use crate::data::dataset;
use crate::i18n::{t, ui, Msg};
use crate::markup::{close, element, open};
use crate::palette::{ACCENT, BG, FG, LINE, MUTED};
use crate::settings::{Lang, Metric};
use crate::state::{WidgetState, CHART_LIMIT};

/// The image's size in px: what Facebook, KakaoTalk, Slack and X show as a large preview.
pub const WIDTH: u32 = 1200;
pub const HEIGHT: u32 = 630;
/// The file the build writes next to `index.html` (Korean: the page's language).
pub const FILE: &str = "kllm-preview.png";

/// The family every text in the picture is set in.
pub const FONT_FAMILY: &str = "Noto Sans CJK KR";
/// Where Debian's `fonts-noto-cjk` puts its fonts (`KLLM_FONT_DIR` overrides).
pub const FONT_DIR: &str = "/usr/share/fonts/opentype/noto";
const FONT_FILES: [&str; 2] = ["NotoSansCJK-Regular.ttc", "NotoSansCJK-Bold.ttc"];

const PAD: f64 = 56.0;
/// Headline, subtitle and credit sizes in px.
const TITLE: f64 = 50.0;
const SUB: f64 = 24.0;
const CREDIT: f64 = 20.0;
/// Today's figure and its line, in px. A messenger shows the picture about 400 px wide (a
/// third): the figure then reads at 47 px, its line at 12 px, the headline at 17 px.
const FIGURE: f64 = 140.0;
const BETWEEN: f64 = 36.0;
/// The narrowest column the figure's line may take beside the figure; else it goes under it.
const BESIDE: f64 = 380.0;
/// Where the credit line sits, and the chart's room above it.
const CREDIT_Y: f64 = 604.0;
const CHART_BOTTOM: f64 = 562.0;

/// Fixed-decimal number for an attribute.
fn n(v: f64) -> String {
    crate::i18n::format::decimal(v, 1)
}

fn text(o: &mut String, x: f64, y: f64, size: f64, weight: &str, fill: &str, content: &str) {
    let (x, y, size) = (n(x), n(y), n(size));
    let attrs = [
        ("x", &*x),
        ("y", &y),
        ("font-size", &size),
        ("font-weight", weight),
        ("fill", fill),
    ];
    element(o, "text", &attrs, content);
}

/// Today's figure of the default view, as the gap view leads with it: the figure, the line
/// saying between which two models, and the comparison's setting. `None` when the default
/// view is not the gap view or has no figure today.
fn headline(lang: Lang) -> Option<(String, String, String)> {
    let state = WidgetState {
        lang,
        ..WidgetState::default()
    };
    if state.metric != Metric::Gap {
        return None;
    }
    let g = gap_series(dataset(), state.gap_bench, state.gap_set.as_deref(), lang)?;
    let (big, between) = g.headline(lang)?;
    Some((big, between, g.setting))
}

/// The default view's chart as the widget draws it (the same figure, placed `width` px
/// wide): its SVG, its size, a description of what the picture shows of it, and the line
/// above it.
fn default_chart(lang: Lang, width: f64) -> (String, (f64, f64), String, String) {
    let d = dataset();
    let state = WidgetState {
        lang,
        ..WidgetState::default()
    };
    let models = crate::view::view_of(d, &state).chart;
    let key = Key::new(
        state.metric,
        models,
        CHART_LIMIT,
        state.gap_bench,
        state.gap_set.as_deref(),
        lang,
    );
    let figure = Figure::of(d, &key);
    let placed = figure.place(d, lang, width);
    let title = figure.title(lang);
    let svg = placed.svg(title, &figure.summary(d, lang));
    let size = (placed.frame().width, placed.frame().height);
    match figure {
        // The gap view (the default): its summary, and the question with the setting.
        Figure::Gap(g) => {
            let line = format!("{title} · {}", g.series.setting);
            (svg, size, g.series.summary(lang), line)
        }
        Figure::Rows(f) => {
            // The picture has no list of the models without a value under the chart: its
            // description leaves that sentence out.
            let drawn = Series {
                unknown: Vec::new(),
                ..f.series
            };
            let desc = summary(&drawn, f.metric, d.article.date, lang);
            let line = format!(
                "{title} · {}",
                ui::rows_drawn(lang, CHART_LIMIT, true).trim_end_matches('.')
            );
            (svg, size, desc, line)
        }
    }
}

/// The text that describes the picture (`og:image:alt`): the headline, the chart's own
/// description and the data's date.
pub fn alt(lang: Lang) -> String {
    let (_, _, desc, _) = default_chart(lang, WIDTH as f64 - 2.0 * PAD);
    ui::preview_alt(lang, t(lang, Msg::Title), &desc, dataset().as_of)
}

/// The picture as SVG text, 1200×630: an accent rule, the headline (one or two lines), today's
/// figure in large type with the line saying between which two models and its setting, the
/// chart scaled into the room left, and the credit line with the data's date.
/// Deterministic.
pub fn svg(lang: Lang) -> String {
    let d = dataset();
    let w = WIDTH as f64;
    let inner = w - 2.0 * PAD;
    let mut o = String::with_capacity(64 * 1024);
    let (ws, hs) = (WIDTH.to_string(), HEIGHT.to_string());
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    open(
        &mut o,
        "svg",
        &[
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("width", &ws),
            ("height", &hs),
            ("viewBox", &view_box),
            ("font-family", FONT_FAMILY),
        ],
    );
    element(
        &mut o,
        "rect",
        &[("width", &ws), ("height", &hs), ("fill", BG)],
        "",
    );
    element(
        &mut o,
        "rect",
        &[("width", &ws), ("height", "10"), ("fill", ACCENT)],
        "",
    );
    let mut y = 84.0;
    for (i, line) in wrap2(t(lang, Msg::Title), inner, TITLE).iter().enumerate() {
        if i > 0 {
            y += TITLE * 1.2;
        }
        text(&mut o, PAD, y, TITLE, "700", FG, line);
    }
    let (chart, (cw, ch), _, sub) = default_chart(lang, inner);
    if let Some((big, between, setting)) = headline(lang) {
        // The figure, large; its line ("From … to …", then the years) beside it when there is
        // room, else under it; the setting under both.
        let top = y;
        y += FIGURE * 1.02;
        text(&mut o, PAD - 6.0, y, FIGURE, "700", FG, &big);
        let (models, years) = between.split_once(" · ").unwrap_or((&between, ""));
        let x = PAD + text_width(&big, FIGURE) + 36.0;
        let beside = w - PAD - x >= BESIDE;
        let (x, room) = if beside {
            (x, w - PAD - x)
        } else {
            (PAD, inner)
        };
        // One model a line where the words allow: "…부터" / "From …", then "…까지" / "to …".
        let parts: Vec<&str> = match (lang, models.find("부터 "), models.find(") to ")) {
            (Lang::Ko, Some(i), _) => {
                vec![&models[..i + "부터".len()], &models[i + "부터 ".len()..]]
            }
            (Lang::En, _, Some(i)) => vec![&models[..=i], &models[i + 2..]],
            _ => vec![models],
        };
        let mut lines: Vec<String> = parts
            .iter()
            .flat_map(|p| wrap_words(p, room, BETWEEN))
            .collect();
        lines.extend((!years.is_empty()).then(|| years.to_string()));
        let mut ly = if beside {
            // Centred on the figure's height.
            top + (FIGURE * 1.1 - BETWEEN * 1.3 * lines.len() as f64) / 2.0 + BETWEEN * 0.4
        } else {
            y
        };
        for line in &lines {
            ly += BETWEEN * 1.3;
            text(&mut o, x, ly, BETWEEN, "700", FG, line);
        }
        y = y.max(ly) + SUB * 1.6;
        text(&mut o, PAD, y, SUB, "400", MUTED, &setting);
    } else {
        y += SUB * 1.8;
        text(&mut o, PAD, y, SUB, "400", MUTED, &sub);
    }
    // The chart, laid out as wide as the picture and scaled down into the room left.
    let top = y + 22.0;
    let scale = (inner / cw).min((CHART_BOTTOM - top) / ch).min(1.6);
    let x = PAD + (inner - cw * scale) / 2.0;
    let transform = format!(
        "translate({} {}) scale({})",
        n(x),
        n(top),
        crate::i18n::format::decimal(scale, 4)
    );
    open(&mut o, "g", &[("transform", &transform)]);
    o.push_str(&chart);
    close(&mut o, "g");

    let (x1, x2, ly) = (n(PAD), n(w - PAD), n(CHART_BOTTOM + 6.0));
    element(
        &mut o,
        "line",
        &[
            ("x1", &*x1),
            ("x2", &x2),
            ("y1", &ly),
            ("y2", &ly),
            ("stroke", LINE),
        ],
        "",
    );
    let credit = format!(
        "{} · {}",
        ui::data_as_of(lang, d.as_of),
        ui::preview_credit(lang, d.article.date, d.sources.len())
    );
    text(&mut o, PAD, CREDIT_Y, CREDIT, "400", MUTED, &credit);
    close(&mut o, "svg");
    o
}

/// `s` in lines of at most `width` px (at `font` px), broken between words; a word longer
/// than a line stands on its own.
fn wrap_words(s: &str, width: f64, font: f64) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in s.split(' ') {
        match lines.last_mut() {
            Some(line) if text_width(&format!("{line} {word}"), font) <= width => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

/// The folder with the Korean fonts: `KLLM_FONT_DIR`, or Debian's.
pub fn font_dir() -> PathBuf {
    std::env::var_os("KLLM_FONT_DIR").map_or_else(|| PathBuf::from(FONT_DIR), PathBuf::from)
}

/// A font database with Noto Sans CJK (regular and bold) from `dir`, set as every generic
/// family, so the chart's `system-ui, sans-serif` draws in it too. Only these files: the
/// picture does not depend on what else the machine has installed.
pub fn fonts(dir: &Path) -> Result<fontdb::Database, String> {
    let mut db = fontdb::Database::new();
    for file in FONT_FILES {
        let path = dir.join(file);
        let data = std::fs::read(&path).map_err(|e| {
            format!(
                "{}: {e}. The share preview needs Debian's fonts-noto-cjk (./dev setup installs it) \
                 or KLLM_FONT_DIR set to a folder with {}",
                path.display(),
                FONT_FILES.join(" and ")
            )
        })?;
        db.load_font_data(data);
    }
    if !db
        .faces()
        .any(|f| f.families.iter().any(|(name, _)| name == FONT_FAMILY))
    {
        return Err(format!("no {FONT_FAMILY} face in {}", dir.display()));
    }
    db.set_sans_serif_family(FONT_FAMILY);
    db.set_serif_family(FONT_FAMILY);
    db.set_monospace_family(FONT_FAMILY);
    Ok(db)
}

/// Characters of `node`'s texts drawn with no glyph (`.notdef`, a box) or in a font other
/// than [`FONT_FAMILY`].
fn missing_glyphs(node: &usvg::Node, db: &fontdb::Database, out: &mut Vec<String>) {
    match node {
        usvg::Node::Group(g) => {
            for c in g.children() {
                missing_glyphs(c, db, out);
            }
        }
        usvg::Node::Text(t) => {
            for span in t.layouted() {
                for g in &span.positioned_glyphs {
                    let korean = db
                        .face(g.font)
                        .is_some_and(|f| f.families.iter().any(|(name, _)| name == FONT_FAMILY));
                    if g.id.0 == 0 || !korean {
                        out.push(g.text.clone());
                    }
                }
            }
        }
        _ => {}
    }
}

/// Rasterises `svg` (1200×630) into PNG bytes with the fonts in `db`. Fails when any text
/// would be drawn without a glyph of the Korean font.
pub fn render(svg: &str, db: Arc<fontdb::Database>) -> Result<Vec<u8>, String> {
    let options = usvg::Options {
        font_family: FONT_FAMILY.to_string(),
        languages: vec!["ko".to_string(), "en".to_string()],
        fontdb: db,
        ..usvg::Options::default()
    };
    let tree = usvg::Tree::from_str(svg, &options).map_err(|e| format!("preview SVG: {e}"))?;
    let mut missing = Vec::new();
    for node in tree.root().children() {
        missing_glyphs(node, tree.fontdb(), &mut missing);
    }
    if !missing.is_empty() {
        missing.dedup();
        return Err(format!(
            "the preview would draw {} character(s) without a {FONT_FAMILY} glyph: {}",
            missing.len(),
            missing.join(" ")
        ));
    }
    let mut pixmap = resvg::tiny_skia::Pixmap::new(WIDTH, HEIGHT).ok_or("empty pixmap")?;
    resvg::render(
        &tree,
        resvg::tiny_skia::Transform::identity(),
        &mut pixmap.as_mut(),
    );
    pixmap.encode_png().map_err(|e| format!("preview PNG: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_picture_holds_the_headline_the_chart_and_the_credit() {
        let s = svg(Lang::Ko);
        assert!(s.starts_with(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1200\" height=\"630\""
        ));
        assert!(s.contains(">한국의 거대언어모델, 어디까지 왔나</text>"));
        assert!(
            s.contains("class=\"kllm-chart__svg\""),
            "the chart's own SVG"
        );
        assert!(s.contains("데이터 기준 2026년 12월 6일"));
        // Today's figure in large type, with the line saying between which two models.
        assert!(s.contains(">32개월</text>"), "{s}");
        assert!(s.contains(">GPT-4(2023년 3월)부터</text>"), "{s}");
        assert!(s.contains(">모티프 2 12.7B(2025년 11월)까지</text>"), "{s}");
        assert!(s.contains(">2년 8개월</text>"), "{s}");
        assert!(s.contains("출처: 연합뉴스"));
        assert_eq!(s, svg(Lang::Ko), "deterministic");
    }

    fn db() -> Arc<fontdb::Database> {
        Arc::new(fonts(&font_dir()).expect("fonts-noto-cjk (./dev setup installs it)"))
    }

    #[test]
    fn renders_a_1200_by_630_png_with_every_glyph_from_the_korean_font() {
        let png = render(&svg(Lang::Ko), db()).expect("renders");
        // KLLM_PREVIEW_OUT=/tmp/p.png keeps the picture, to look at it.
        if let Some(out) = std::env::var_os("KLLM_PREVIEW_OUT") {
            std::fs::write(out, &png).unwrap();
        }
        assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
        // IHDR: width and height, big-endian, right after the chunk's length and type.
        assert_eq!(u32::from_be_bytes(png[16..20].try_into().unwrap()), WIDTH);
        assert_eq!(u32::from_be_bytes(png[20..24].try_into().unwrap()), HEIGHT);
    }

    #[test]
    fn a_character_the_font_lacks_fails_the_render_instead_of_drawing_a_box() {
        // U+0F00 (Tibetan) is not in Noto Sans CJK.
        let svg = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="630"><text x="10" y="50" font-family="{FONT_FAMILY}">한국 {}</text></svg>"#,
            '\u{0F00}'
        );
        let err = render(&svg, db()).unwrap_err();
        assert!(err.contains("without a Noto Sans CJK KR glyph"), "{err}");
        assert!(err.contains('\u{0F00}'), "{err}");
    }
}
