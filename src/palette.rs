//! The widget's colours, light theme: one palette for the stylesheet's tokens
//! (`static/kllm.css`, whose light values must equal these: `tests/palette.rs`), the chart's
//! SVG presentation attributes (`chart::svg`, so an exported drawing looks right on its own;
//! in the page the stylesheet re-themes them) and the share picture (`preview`). The dark
//! theme exists only in the stylesheet, beside each light value. Pure.
//!
//! Contrast on [`BG`] (WCAG 2 ratios; AA asks 4.5:1 of text, 3:1 of marks), checked in both
//! themes by `tests/palette.rs`.

/// The background of the widget, the chart and the share picture (`--kllm-bg`).
pub const BG: &str = "#ffffff";
/// Text, the chart's names and rules (`--kllm-fg`): 16.9:1.
pub const FG: &str = "#1b1d1f";
/// Secondary text: axis labels, notes, the chart's muted labels (`--kllm-muted`): 7.4:1.
pub const MUTED: &str = "#50565c";
/// Grid lines, guides and borders (`--kllm-line`): 1.6:1, a quiet divider, never the only
/// thing that shows a value.
pub const LINE: &str = "#c9ced3";
/// The card background and quiet panels (`--kllm-soft`).
pub const SOFT: &str = "#f3f5f7";
/// Links, pressed buttons, the focus ring, the top rule of the share picture, and the Korean
/// models' marks in the chart (`--kllm-accent`): 7.1:1, 6.5:1 on [`SOFT`].
pub const ACCENT: &str = "#0a58a8";
/// Text on [`ACCENT`] (`--kllm-accent-fg`): 7.1:1.
pub const ACCENT_FG: &str = "#ffffff";
/// The global (reference) models: their marks' outline, their step line and their badge
/// (`--kllm-ref`): 6.8:1, 5.5:1 on [`REF_FILL`].
pub const REF: &str = "#8a4b00";
/// The fill of the global models' marks, outlined in [`REF`] (`--kllm-ref-fill`).
pub const REF_FILL: &str = "#fbe3c8";
/// The "claimed" status: its text on its own background (`--kllm-claimed`): 6.6:1.
pub const CLAIMED: &str = "#7a4d00";
/// The "claimed" status background (`--kllm-claimed-bg`).
pub const CLAIMED_BG: &str = "#fff3d6";
/// The "unverified" status: its text on its own background (`--kllm-unverified`): 7.8:1.
pub const UNVERIFIED: &str = "#8c1d18";
/// The "unverified" status background (`--kllm-unverified-bg`).
pub const UNVERIFIED_BG: &str = "#fde8e6";
/// The "disputed" status: its text on its own background (`--kllm-disputed`): 8.3:1.
pub const DISPUTED: &str = "#5b2a86";
/// The "disputed" status background (`--kllm-disputed-bg`).
pub const DISPUTED_BG: &str = "#f1e7fb";

/// Every colour with its stylesheet token, in the stylesheet's order: what `.kllm` declares.
pub const TOKENS: [(&str, &str); 15] = [
    ("--kllm-bg", BG),
    ("--kllm-fg", FG),
    ("--kllm-muted", MUTED),
    ("--kllm-line", LINE),
    ("--kllm-soft", SOFT),
    ("--kllm-accent", ACCENT),
    ("--kllm-accent-fg", ACCENT_FG),
    ("--kllm-ref", REF),
    ("--kllm-ref-fill", REF_FILL),
    ("--kllm-claimed", CLAIMED),
    ("--kllm-claimed-bg", CLAIMED_BG),
    ("--kllm-unverified", UNVERIFIED),
    ("--kllm-unverified-bg", UNVERIFIED_BG),
    ("--kllm-disputed", DISPUTED),
    ("--kllm-disputed-bg", DISPUTED_BG),
];
