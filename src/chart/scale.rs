//! Scales: map a domain value to a pixel position (`apply`), choose tick values (`ticks`) and
//! round the domain outwards to tick values (`nice`). Pure arithmetic; positions are not
//! rounded here (the layout rounds what it places).

use crate::model::Date;

/// Interpolates `t` in 0..=1 over `range`.
fn lerp(range: (f64, f64), t: f64) -> f64 {
    range.0 + (range.1 - range.0) * t
}

/// A step of 1, 2 or 5 × 10ᵏ that splits `span` into about `count` parts.
fn tick_step(span: f64, count: usize) -> f64 {
    let raw = span / count.max(1) as f64;
    // `powi`, not `powf`: the exponent is whole, and `powf` links libm's `pow` into the wasm.
    let power = 10f64.powi(raw.log10().floor() as i32);
    let error = raw / power;
    let factor = if error >= 7.5 {
        10.0
    } else if error >= 3.5 {
        5.0
    } else if error >= 1.5 {
        2.0
    } else {
        1.0
    };
    factor * power
}

/// A linear scale, e.g. benchmark scores 0–100.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LinearScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LinearScale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        LinearScale { domain, range }
    }

    /// Position of `v`. A single-value domain maps everything to the middle of the range.
    pub fn apply(&self, v: f64) -> f64 {
        let (d0, d1) = self.domain;
        if d1 == d0 {
            return lerp(self.range, 0.5);
        }
        lerp(self.range, (v - d0) / (d1 - d0))
    }

    /// About `count` round values (1, 2 or 5 × 10ᵏ apart) inside the domain.
    pub fn ticks(&self, count: usize) -> Vec<f64> {
        let (d0, d1) = self.domain;
        if d1 <= d0 {
            return vec![d0];
        }
        let step = tick_step(d1 - d0, count);
        let first = (d0 / step).ceil() as i64;
        let last = (d1 / step + 1e-9).floor() as i64;
        (first..=last).map(|i| i as f64 * step).collect()
    }

    /// The domain widened to the nearest tick values; a single value `v` becomes `0..v`
    /// (or `v..0` when negative), and `0..0` becomes `0..1`.
    pub fn nice(&self, count: usize) -> Self {
        let (mut d0, mut d1) = self.domain;
        if d1 == d0 {
            if d0 == 0.0 {
                d1 = 1.0;
            } else if d0 > 0.0 {
                d0 = 0.0;
            } else {
                d1 = 0.0;
            }
        }
        let step = tick_step(d1 - d0, count);
        LinearScale::new(
            ((d0 / step).floor() * step, (d1 / step).ceil() * step),
            self.range,
        )
    }
}

/// A base-10 logarithmic scale for parameter and token counts (domain values > 0).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LogScale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl LogScale {
    pub fn new(domain: (f64, f64), range: (f64, f64)) -> Self {
        LogScale { domain, range }
    }

    /// Position of `v`; values ≤ 0 (never valid here) clamp to the start of the range.
    pub fn apply(&self, v: f64) -> f64 {
        let (l0, l1) = (self.domain.0.log10(), self.domain.1.log10());
        if v <= 0.0 {
            return self.range.0;
        }
        if l1 == l0 {
            return lerp(self.range, 0.5);
        }
        lerp(self.range, (v.log10() - l0) / (l1 - l0))
    }

    /// The powers of ten inside the domain, thinned to every 2nd, 3rd, … so that at most
    /// `count` remain (the largest power is always kept).
    pub fn ticks(&self, count: usize) -> Vec<f64> {
        let lo = (self.domain.0.log10() - 1e-9).ceil() as i32;
        let hi = (self.domain.1.log10() + 1e-9).floor() as i32;
        if hi < lo {
            return Vec::new();
        }
        let n = (hi - lo + 1) as usize;
        let every = n.div_ceil(count.max(1)) as i32;
        (lo..=hi)
            .filter(|e| (hi - e) % every == 0)
            .map(|e| 10f64.powi(e))
            .collect()
    }

    /// The domain widened to powers of ten; a single power of ten `p` becomes `p..10p`.
    pub fn nice(&self) -> Self {
        let lo = self.domain.0.log10().floor();
        let mut hi = self.domain.1.log10().ceil();
        if hi <= lo {
            hi = lo + 1.0;
        }
        LogScale::new((10f64.powi(lo as i32), 10f64.powi(hi as i32)), self.range)
    }
}

/// A time scale over calendar dates, in days since 1970-01-01.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    pub domain: (Date, Date),
    pub range: (f64, f64),
}

impl TimeScale {
    pub fn new(domain: (Date, Date), range: (f64, f64)) -> Self {
        TimeScale { domain, range }
    }

    /// Position of a day number (see [`Date::days_since_epoch`]).
    pub fn apply_days(&self, days: f64) -> f64 {
        let d0 = self.domain.0.days_since_epoch() as f64;
        let d1 = self.domain.1.days_since_epoch() as f64;
        if d1 == d0 {
            return lerp(self.range, 0.5);
        }
        lerp(self.range, (days - d0) / (d1 - d0))
    }

    /// Position of the first day `d` can mean.
    pub fn apply(&self, d: Date) -> f64 {
        self.apply_days(d.days_since_epoch() as f64)
    }

    /// 1 January of the years inside the domain, every 1st, 2nd, … year so that at most
    /// `count` remain (the last year is always kept).
    pub fn ticks(&self, count: usize) -> Vec<Date> {
        let (a, b) = self.domain;
        let first = if a.month <= 1 && a.day <= 1 {
            a.year
        } else {
            a.year + 1
        };
        if b.year < first {
            return Vec::new();
        }
        let n = (b.year - first + 1) as usize;
        let every = n.div_ceil(count.max(1)) as u16;
        (first..=b.year)
            .filter(|y| (b.year - y) % every == 0)
            .map(|y| Date::ymd(y, 1, 1))
            .collect()
    }

    /// The domain widened to whole years: from 1 January of the first year to 1 January
    /// after the last.
    pub fn nice(&self) -> Self {
        let (a, b) = self.domain;
        let end = if b.month <= 1 && b.day <= 1 && b.year > a.year {
            b.year
        } else {
            b.year + 1
        };
        TimeScale::new((Date::ymd(a.year, 1, 1), Date::ymd(end, 1, 1)), self.range)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn linear_maps_and_ticks_scores() {
        let s = LinearScale::new((0.0, 100.0), (100.0, 300.0));
        assert_eq!(s.apply(0.0), 100.0);
        assert_eq!(s.apply(62.5), 225.0);
        assert_eq!(s.apply(100.0), 300.0);
        assert_eq!(s.ticks(5), [0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(s.ticks(2), [0.0, 50.0, 100.0]);
    }

    #[test]
    fn linear_nice_rounds_outwards() {
        let s = LinearScale::new((13.0, 87.0), (0.0, 1.0)).nice(5);
        assert_eq!(s.domain, (10.0, 90.0));
        let s = LinearScale::new((0.3, 9.2), (0.0, 1.0)).nice(5);
        assert_eq!(s.domain, (0.0, 10.0));
    }

    #[test]
    fn linear_single_value_and_empty() {
        let s = LinearScale::new((42.0, 42.0), (0.0, 200.0));
        assert_eq!(s.apply(42.0), 100.0);
        assert_eq!(s.ticks(5), [42.0]);
        assert_eq!(s.nice(5).domain, (0.0, 50.0));
        assert_eq!(
            LinearScale::new((0.0, 0.0), (0.0, 1.0)).nice(5).domain,
            (0.0, 1.0)
        );
    }

    #[test]
    fn log_maps_powers_of_ten_evenly() {
        let s = LogScale::new((1.0, 1000.0), (0.0, 300.0));
        assert_eq!(s.apply(1.0), 0.0);
        assert!((s.apply(10.0) - 100.0).abs() < 1e-9);
        assert!((s.apply(100.0) - 200.0).abs() < 1e-9);
        assert_eq!(s.apply(0.0), 0.0);
        assert_eq!(s.ticks(10), [1.0, 10.0, 100.0, 1000.0]);
    }

    #[test]
    fn log_nice_and_thinned_ticks() {
        // Parameters 0.57B .. 750B.
        let s = LogScale::new((0.57, 750.0), (0.0, 1.0)).nice();
        assert_eq!(s.domain, (0.1, 1000.0));
        assert_eq!(s.ticks(5), [0.1, 1.0, 10.0, 100.0, 1000.0]);
        assert_eq!(s.ticks(3), [0.1, 10.0, 1000.0]);
        assert_eq!(s.ticks(2), [1.0, 1000.0]);
        // Tokens 2,048 .. 262,144.
        let s = LogScale::new((2048.0, 262_144.0), (0.0, 1.0)).nice();
        assert_eq!(s.domain, (1000.0, 1_000_000.0));
    }

    #[test]
    fn log_single_value() {
        let s = LogScale::new((32.0, 32.0), (0.0, 100.0));
        assert_eq!(s.apply(32.0), 50.0);
        assert_eq!(s.nice().domain, (10.0, 100.0));
        let p = LogScale::new((100.0, 100.0), (0.0, 100.0)).nice();
        assert_eq!(p.domain, (100.0, 1000.0));
        assert_eq!(p.ticks(5), [100.0, 1000.0]);
        assert!(LogScale::new((2.0, 9.0), (0.0, 1.0)).ticks(5).is_empty());
    }

    #[test]
    fn time_scale_by_year() {
        let s = TimeScale::new(
            (Date::ymd(2021, 1, 1), Date::ymd(2027, 1, 1)),
            (0.0, 2191.0),
        );
        // 2021-01-01 .. 2027-01-01 is 2,191 days, so one pixel per day.
        assert_eq!(s.apply(Date::ymd(2021, 1, 1)), 0.0);
        assert_eq!(s.apply(Date::ymd(2025, 2, 6)), 1497.0);
        assert_eq!(s.apply(Date::ymd(2024, 12, 0)), 1430.0);
        let years: Vec<u16> = s.ticks(10).iter().map(|d| d.year).collect();
        assert_eq!(years, [2021, 2022, 2023, 2024, 2025, 2026, 2027]);
        let years: Vec<u16> = s.ticks(4).iter().map(|d| d.year).collect();
        assert_eq!(years, [2021, 2023, 2025, 2027]);
    }

    #[test]
    fn time_nice_and_single_date() {
        let s = TimeScale::new((Date::ymd(2021, 9, 10), Date::ymd(2026, 7, 31)), (0.0, 1.0));
        assert_eq!(
            s.nice().domain,
            (Date::ymd(2021, 1, 1), Date::ymd(2027, 1, 1))
        );
        let one = TimeScale::new((Date::ymd(2024, 5, 0), Date::ymd(2024, 5, 0)), (0.0, 10.0));
        assert_eq!(one.apply(Date::ymd(2024, 5, 0)), 5.0);
        assert_eq!(
            one.nice().domain,
            (Date::ymd(2024, 1, 1), Date::ymd(2025, 1, 1))
        );
    }
}
