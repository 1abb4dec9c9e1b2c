//! Numbers, parameter counts, token counts and dates as a reader of each language writes
//! them: `320억` / `32B`, `32,768`, `128K`, `2024년 12월` / `Dec 2024`. Pure.

use crate::model::{Date, Precision};
use crate::settings::Lang;

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

/// A count in Korean units, 조 (10¹²), 억 (10⁸), 만 (10⁴), written together with no group
/// separator inside a unit: `32_000_000_000` → `320억`, `1_500_000_000_000` → `1조5000억`,
/// `570_000_000` → `5억7000만`. Below 만 the plain number is used.
pub fn korean_units(n: u64) -> String {
    const UNITS: [(u64, &str); 3] = [
        (1_000_000_000_000, "조"),
        (100_000_000, "억"),
        (10_000, "만"),
    ];
    let mut rest = n;
    let mut out = String::new();
    for (size, name) in UNITS {
        if rest >= size {
            out.push_str(&(rest / size).to_string());
            out.push_str(name);
            rest %= size;
        }
    }
    if rest > 0 || out.is_empty() {
        out.push_str(&rest.to_string());
    }
    out
}

/// A parameter count given in billions. Korean: whole 억 from 10억 up (`32.0` → `320억`,
/// `671.0` → `6710억`, `1500.0` → `1조5000억`), two significant digits below it (`0.57` →
/// `5억7000만`). English: billions at three significant digits whatever the size, so a list
/// keeps one unit (`0.57B · 1.5B · 3B`), and trillions from 1,000B (`1.5T`).
pub fn params(billions: f64, lang: Lang) -> String {
    match lang {
        Lang::Ko => {
            let count = if billions >= 1.0 {
                (billions * 10.0).round() * 1e8
            } else {
                significant(billions * 1e9, 2)
            };
            korean_units(count as u64)
        }
        Lang::En => {
            let (v, unit) = if billions >= 1000.0 {
                (billions / 1000.0, "T")
            } else {
                (billions, "B")
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

/// A short token count for chart labels and axes, as model cards write it (both languages):
/// binary sizes in nominal K and M (`32768` → `32K`, `131072` → `128K`, `1048576` → `1M`),
/// other counts in decimal ones (`200000` → `200K`, `1000000` → `1M`).
pub fn tokens_short(n: u32, _lang: Lang) -> String {
    const KI: u32 = 1024;
    let (v, unit) = if n >= KI * KI && n.is_multiple_of(KI * KI) {
        (f64::from(n / (KI * KI)), "M")
    } else if n >= KI && n.is_multiple_of(KI) && n < 1_000_000 {
        (f64::from(n / KI), "K")
    } else if n >= 1_000_000 {
        (f64::from(n) / 1e6, "M")
    } else if n >= 1_000 {
        (f64::from(n) / 1e3, "K")
    } else {
        (f64::from(n), "")
    };
    format!("{}{unit}", decimal(v, 1))
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

/// A date to the month: `2024년 12월` / `Dec 2024` (a year alone stays `2021년` / `2021`).
pub fn month(d: Date, lang: Lang) -> String {
    match d.precision() {
        Precision::Day => date(Date::ymd(d.year, d.month, 0), lang),
        _ => date(d, lang),
    }
}

/// A compact full date for labels: `2025.2.6` / `6 Feb 2025` (other precisions as [`date_short`]).
pub fn date_label(d: Date, lang: Lang) -> String {
    match (lang, d.precision()) {
        (Lang::Ko, Precision::Day) => format!("{}.{}.{}", d.year, d.month, d.day),
        (Lang::En, Precision::Day) => date(d, lang),
        _ => date_short(d, lang),
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

/// `value` with exactly `decimals` (≤ 6) decimals: `60.0` → `60.0`, `8.5` → `8.50`.
pub fn fixed(value: f64, decimals: usize) -> String {
    let decimals = decimals.min(6);
    let scale = 10u64.pow(decimals as u32);
    let scaled = (value.abs() * scale as f64).round() as u64;
    let (whole, frac) = (scaled / scale, scaled % scale);
    let sign = if value < 0.0 && scaled > 0 { "-" } else { "" };
    if decimals == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0decimals$}")
    }
}

/// A benchmark score with fixed decimals, so scores line up: one out of 100 (`60` → `60.0`,
/// `62.14` → `62.1`), two on the judge-rated scales out of 10 (`8.5` → `8.50`).
pub fn score(value: f64) -> String {
    fixed(value, if value.abs() < 10.0 { 2 } else { 1 })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn params_in_both_languages() {
        let cases: &[(f64, &str, &str)] = &[
            (32.0, "320억", "32B"),
            (720.0, "7200억", "720B"),
            (1000.0, "1조", "1T"),
            (1500.0, "1조5000억", "1.5T"),
            (0.5, "5억", "0.5B"),
            (0.57, "5억7000만", "0.57B"),
            (2.1, "21억", "2.1B"),
            (10.7, "107억", "10.7B"),
            (14.74, "147억", "14.7B"),
            (684.531, "6845억", "685B"),
            (32.5, "325억", "32.5B"),
            (0.05, "5000만", "0.05B"),
        ];
        for &(b, ko, en) in cases {
            assert_eq!(params(b, Lang::Ko), ko, "{b} ko");
            assert_eq!(params(b, Lang::En), en, "{b} en");
        }
    }

    #[test]
    fn korean_units_group_each_unit() {
        assert_eq!(korean_units(0), "0");
        assert_eq!(korean_units(9_999), "9999");
        assert_eq!(korean_units(32_768), "3만2768");
        assert_eq!(korean_units(100_000_000), "1억");
        assert_eq!(korean_units(1_000_100_000_000), "1조1억");
    }

    #[test]
    fn token_counts() {
        assert_eq!(tokens(32_768), "32,768");
        for (n, short) in [
            (32_768, "32K"),
            (131_072, "128K"),
            (262_144, "256K"),
            (4_096, "4K"),
            (1_048_576, "1M"),
            (200_000, "200K"),
            (1_000_000, "1M"),
            (100, "100"),
            (10_000, "10K"),
        ] {
            assert_eq!(tokens_short(n, Lang::Ko), short, "{n}");
            assert_eq!(tokens_short(n, Lang::En), short, "{n}");
        }
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
        let d = Date::ymd(2025, 2, 6);
        assert_eq!(date_label(d, Lang::Ko), "2025.2.6");
        assert_eq!(date_label(d, Lang::En), "6 Feb 2025");
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
        assert_eq!(score(60.0), "60.0");
        assert_eq!(score(8.51), "8.51");
        assert_eq!(score(8.5), "8.50");
        assert_eq!(fixed(-0.04, 1), "0.0");
    }
}
