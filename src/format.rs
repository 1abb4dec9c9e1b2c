//! Numbers, parameter counts, token counts and dates as a reader of each language writes
//! them: `320억` / `32B`, `3만 2,768` / `32,768`, `2024년 12월` / `Dec 2024`. Pure.

use crate::model::{Date, Precision};
use crate::state::Lang;

/// An integer with thousands separators: `7200` → `7,200`.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `value` with at most `decimals` (≤ 6) decimals, rounded half away from zero, trailing
/// zeros dropped: `10.70` → `10.7`. Integer arithmetic: float formatting costs ~10 KB of wasm.
pub fn decimal(value: f64, decimals: usize) -> String {
    let scale = 10u64.pow(decimals.min(6) as u32);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let (whole, mut frac) = (scaled / scale, scaled % scale);
    let mut digits = decimals.min(6);
    while digits > 0 && frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    if digits == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0digits$}")
    }
}

/// Rounds to `sig` significant digits.
fn significant(value: f64, sig: i32) -> f64 {
    if value == 0.0 {
        return 0.0;
    }
    let magnitude = value.abs().log10().floor() as i32;
    let factor = 10f64.powi(sig - 1 - magnitude);
    (value * factor).round() / factor
}

/// Decimals needed to show `value` at 3 significant digits.
fn decimals_for(value: f64) -> usize {
    let magnitude = value.abs().log10().floor() as i32;
    (2 - magnitude).clamp(0, 3) as usize
}

/// A count in Korean units: 조 (10¹²), 억 (10⁸), 만 (10⁴), with the smaller units grouped:
/// `3_200_000_000` → `32억`, `1_500_000_000_000` → `1조 5,000억`.
/// Below 만 the plain number is used.
pub fn korean_units(n: u64) -> String {
    const UNITS: [(u64, &str); 3] = [
        (1_000_000_000_000, "조"),
        (100_000_000, "억"),
        (10_000, "만"),
    ];
    let mut rest = n;
    let mut parts = Vec::new();
    for (size, name) in UNITS {
        if rest >= size {
            parts.push(format!("{}{name}", grouped(rest / size)));
            rest %= size;
        }
    }
    if rest > 0 || parts.is_empty() {
        parts.push(grouped(rest));
    }
    parts.join(" ")
}

/// A parameter count given in billions: `32.0` → `320억` / `32B`; `0.5` → `5억` / `0.5B`;
/// `671.0` → `6,710억` / `671B`; `1500.0` → `1조 5,000억` / `1.5T`. Korean rounds to 억;
/// English shows three significant digits.
pub fn params(billions: f64, lang: Lang) -> String {
    match lang {
        Lang::Ko => {
            // Whole 억 (10⁸ = 0.1B); below 1억, fall back to 만.
            if billions < 0.1 {
                korean_units((billions * 1e9).round() as u64)
            } else {
                korean_units((billions * 10.0).round() as u64 * 100_000_000)
            }
        }
        Lang::En => {
            let (v, unit) = if billions >= 1000.0 {
                (billions / 1000.0, "T")
            } else if billions >= 1.0 {
                (billions, "B")
            } else {
                (billions * 1000.0, "M")
            };
            let v = significant(v, 3);
            format!("{}{unit}", decimal(v, decimals_for(v)))
        }
    }
}

/// A token count in full: `32768` → `32,768` (both languages; Koreans write long numbers with
/// commas too, and a context window is read as an exact figure).
pub fn tokens(n: u32) -> String {
    grouped(n as u64)
}

/// A short token count for axes and chips: `32768` → `3.3만` / `33K`; `131072` → `13만` / `131K`.
pub fn tokens_short(n: u32, lang: Lang) -> String {
    let n = n as f64;
    match lang {
        Lang::Ko => {
            let (v, unit) = if n >= 1e8 {
                (n / 1e8, "억")
            } else if n >= 1e4 {
                (n / 1e4, "만")
            } else if n >= 1e3 {
                (n / 1e3, "천")
            } else {
                (n, "")
            };
            let v = significant(v, 2);
            format!("{}{unit}", decimal(v, if v < 10.0 { 1 } else { 0 }))
        }
        Lang::En => {
            let (v, unit) = if n >= 1e6 {
                (n / 1e6, "M")
            } else if n >= 1e3 {
                (n / 1e3, "K")
            } else {
                (n, "")
            };
            format!("{}{unit}", decimal(v.round(), 0))
        }
    }
}

const MONTHS_EN: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A date at its own precision: `2024년 12월 9일` / `9 Dec 2024`, `2024년 12월` / `Dec 2024`,
/// `2021년` / `2021`.
pub fn date(d: Date, lang: Lang) -> String {
    let month_en = || MONTHS_EN[(d.month.clamp(1, 12) - 1) as usize];
    match (lang, d.precision()) {
        (Lang::Ko, Precision::Year) => format!("{}년", d.year),
        (Lang::Ko, Precision::Month) => format!("{}년 {}월", d.year, d.month),
        (Lang::Ko, Precision::Day) => format!("{}년 {}월 {}일", d.year, d.month, d.day),
        (Lang::En, Precision::Year) => d.year.to_string(),
        (Lang::En, Precision::Month) => format!("{} {}", month_en(), d.year),
        (Lang::En, Precision::Day) => format!("{} {} {}", d.day, month_en(), d.year),
    }
}

/// A short date for chart labels: `2024.12` / `Dec 2024`; a year alone stays `2024`.
pub fn date_short(d: Date, lang: Lang) -> String {
    match (lang, d.precision()) {
        (_, Precision::Year) => d.year.to_string(),
        (Lang::Ko, _) => format!("{}.{}", d.year, d.month),
        (Lang::En, _) => format!(
            "{} {}",
            MONTHS_EN[(d.month.clamp(1, 12) - 1) as usize],
            d.year
        ),
    }
}

/// A benchmark score: one decimal at most, out of 100 or 10: `62.10` → `62.1`.
pub fn score(value: f64) -> String {
    decimal(value, if value.abs() < 10.0 { 2 } else { 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_in_both_languages() {
        let cases: &[(f64, &str, &str)] = &[
            (32.0, "320억", "32B"),
            (720.0, "7,200억", "720B"),
            (1000.0, "1조", "1T"),
            (1500.0, "1조 5,000억", "1.5T"),
            (0.5, "5억", "500M"),
            (2.1, "21억", "2.1B"),
            (10.7, "107억", "10.7B"),
            (14.74, "147억", "14.7B"),
            (684.531, "6,845억", "685B"),
            (32.5, "325억", "32.5B"),
            (0.05, "5,000만", "50M"),
        ];
        for &(b, ko, en) in cases {
            assert_eq!(params(b, Lang::Ko), ko, "{b} ko");
            assert_eq!(params(b, Lang::En), en, "{b} en");
        }
    }

    #[test]
    fn korean_units_group_each_unit() {
        assert_eq!(korean_units(0), "0");
        assert_eq!(korean_units(9_999), "9,999");
        assert_eq!(korean_units(32_768), "3만 2,768");
        assert_eq!(korean_units(100_000_000), "1억");
        assert_eq!(korean_units(1_000_100_000_000), "1조 1억");
    }

    #[test]
    fn token_counts() {
        assert_eq!(tokens(32_768), "32,768");
        assert_eq!(tokens_short(32_768, Lang::Ko), "3.3만");
        assert_eq!(tokens_short(32_768, Lang::En), "33K");
        assert_eq!(tokens_short(131_072, Lang::Ko), "13만");
        assert_eq!(tokens_short(131_072, Lang::En), "131K");
        assert_eq!(tokens_short(4_096, Lang::Ko), "4.1천");
        assert_eq!(tokens_short(1_000_000, Lang::En), "1M");
    }

    #[test]
    fn dates_at_each_precision() {
        let cases = [
            ("2021", "2021년", "2021"),
            ("2024-12", "2024년 12월", "Dec 2024"),
            ("2025-02-06", "2025년 2월 6일", "6 Feb 2025"),
        ];
        for (iso, ko, en) in cases {
            let d = Date::parse(iso).unwrap();
            assert_eq!(date(d, Lang::Ko), ko);
            assert_eq!(date(d, Lang::En), en);
        }
    }

    #[test]
    fn short_dates_for_chart_labels() {
        let cases = [
            ("2024", "2024", "2024"),
            ("2024-12", "2024.12", "Dec 2024"),
            ("2025-02-06", "2025.2", "Feb 2025"),
        ];
        for (iso, ko, en) in cases {
            let d = Date::parse(iso).unwrap();
            assert_eq!(date_short(d, Lang::Ko), ko);
            assert_eq!(date_short(d, Lang::En), en);
        }
    }

    #[test]
    fn decimals_and_grouping() {
        assert_eq!(grouped(1_234_567), "1,234,567");
        assert_eq!(grouped(999), "999");
        assert_eq!(decimal(10.70, 2), "10.7");
        assert_eq!(decimal(3.0, 2), "3");
        assert_eq!(decimal(0.05, 2), "0.05");
        assert_eq!(decimal(-0.001, 2), "0");
        assert_eq!(decimal(-2.5, 0), "-3");
        assert_eq!(decimal(684.531, 3), "684.531");
        assert_eq!(score(62.10), "62.1");
        assert_eq!(score(8.51), "8.51");
    }
}
