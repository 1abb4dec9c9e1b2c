//! One palette: the stylesheet's colour tokens (`static/kllm.css`) against `src/palette.rs`,
//! which the chart's SVG and the share picture draw with. Each token is written once, its light
//! and dark values side by side (`var(--kllm-dark, LIGHT) var(--kllm-light, DARK)`); the light
//! ones must be the palette's, and text and marks must keep WCAG AA contrast in both themes.
#![cfg(not(target_arch = "wasm32"))]

use std::fs;

use kllm_widget::palette::TOKENS;

/// A colour token of the stylesheet: its name and its light and dark values.
#[derive(Debug, PartialEq)]
struct Token {
    name: String,
    light: String,
    dark: String,
}

fn stylesheet() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/static/kllm.css");
    let css = fs::read_to_string(path).expect("static/kllm.css");
    // Without comments, which quote the token syntax.
    let mut out = String::with_capacity(css.len());
    let mut rest = css.as_str();
    while let Some(i) = rest.find("/*") {
        out.push_str(&rest[..i]);
        let end = rest[i..].find("*/").expect("an unclosed comment") + i + 2;
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

/// The declarations of the widget's root rule (`.kllm { … }`), in order.
fn root_declarations(css: &str) -> Vec<(String, String)> {
    let start = css.find("\n.kllm {").expect("the root rule `.kllm {`") + "\n.kllm {".len();
    let end = css[start..].find('}').expect("the root rule's end") + start;
    css[start..end]
        .split(';')
        .filter_map(|d| d.split_once(':'))
        .map(|(name, value)| (name.trim().to_string(), value.trim().to_string()))
        .collect()
}

/// `var(--kllm-dark, #abc) var(--kllm-light, #def)` → the light and dark colours.
fn themed(value: &str) -> Option<(String, String)> {
    let (light, rest) = value
        .strip_prefix("var(--kllm-dark, ")?
        .split_once(") var(--kllm-light, ")?;
    let dark = rest.strip_suffix(')')?;
    let hex = |s: &str| {
        s.len() == 7 && s.starts_with('#') && s[1..].bytes().all(|b| b.is_ascii_hexdigit())
    };
    (hex(light) && hex(dark)).then(|| (light.to_string(), dark.to_string()))
}

fn tokens(css: &str) -> Vec<Token> {
    root_declarations(css)
        .into_iter()
        .filter_map(|(name, value)| {
            let (light, dark) = themed(&value)?;
            Some(Token { name, light, dark })
        })
        .collect()
}

/// WCAG 2 relative luminance of `#rrggbb`.
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let c = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap()) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// WCAG 2 contrast ratio of two colours, 1 to 21.
fn contrast(a: &str, b: &str) -> f64 {
    let (a, b) = (luminance(a), luminance(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

#[test]
fn contrast_is_measured_as_wcag_does() {
    assert!((contrast("#000000", "#ffffff") - 21.0).abs() < 1e-9);
    assert!((contrast("#777777", "#ffffff") - 4.48).abs() < 0.01);
}

#[test]
fn the_stylesheets_light_colours_are_the_palette() {
    let css = stylesheet();
    let found: Vec<(String, String)> = tokens(&css)
        .into_iter()
        .map(|t| (t.name, t.light))
        .collect();
    let palette: Vec<(String, String)> = TOKENS
        .iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect();
    assert_eq!(
        found, palette,
        "static/kllm.css's colour tokens (light values) differ from src/palette.rs"
    );
    // No colour token of the root rule is written any other way (a plain `#…` would skip
    // the dark theme).
    for (name, value) in root_declarations(&css) {
        assert!(
            !value.contains('#') || themed(&value).is_some(),
            "{name}: {value} is not `var(--kllm-dark, LIGHT) var(--kllm-light, DARK)`"
        );
    }
}

#[test]
fn each_colour_is_declared_once_and_the_themes_only_flip_the_switches() {
    let css = stylesheet();
    for (name, _) in TOKENS {
        assert_eq!(
            css.matches(&format!("{name}:")).count(),
            1,
            "{name} is declared more than once in static/kllm.css"
        );
    }
    let root = root_declarations(&css);
    let get = |name: &str| {
        root.iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    };
    assert_eq!(get("--kllm-light"), Some(""), "light is on by default");
    assert_eq!(
        get("--kllm-dark"),
        Some("initial"),
        "dark is off by default"
    );
    // The dark class and the auto theme under a dark system setting, and nothing else.
    let flip = "{ --kllm-light: initial; --kllm-dark: ; }";
    assert!(css.contains(&format!(".kllm.kllm--theme-dark {flip}")));
    let media = &css[css.find("@media (prefers-color-scheme: dark)").unwrap()..];
    assert!(media.contains(&format!(".kllm.kllm--theme-auto {flip}")));
    assert_eq!(css.matches("--kllm-dark: ;").count(), 2);
}

#[test]
fn text_and_marks_meet_wcag_aa_in_both_themes() {
    let css = stylesheet();
    let tokens = tokens(&css);
    for dark in [false, true] {
        let colour = |name: &str| {
            let t = tokens
                .iter()
                .find(|t| t.name == format!("--kllm-{name}"))
                .unwrap_or_else(|| panic!("--kllm-{name}"));
            if dark {
                t.dark.clone()
            } else {
                t.light.clone()
            }
        };
        // Text, 4.5:1: on the background, on the cards (`--kllm-soft`), on its own fill.
        let text = [
            ("fg", "bg"),
            ("fg", "soft"),
            ("muted", "bg"),
            ("muted", "soft"),
            ("accent", "bg"),
            ("accent", "soft"),
            ("accent-fg", "accent"),
            ("bg", "accent"),
            ("ref", "bg"),
            ("ref", "soft"),
            ("claimed", "claimed-bg"),
            ("unverified", "unverified-bg"),
            ("disputed", "disputed-bg"),
        ];
        // Marks, 3:1: the chart's Korean and global marks on the background, and the global
        // marks' outline on their fill.
        let marks = [("accent", "bg"), ("ref", "bg"), ("ref", "ref-fill")];
        for (pairs, least) in [(&text[..], 4.5), (&marks[..], 3.0)] {
            for (a, b) in pairs {
                let ratio = contrast(&colour(a), &colour(b));
                assert!(
                    ratio >= least,
                    "{} theme: --kllm-{a} on --kllm-{b} is {ratio:.2}:1, under {least}:1",
                    if dark { "dark" } else { "light" }
                );
            }
        }
    }
}
