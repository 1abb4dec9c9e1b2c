//! Calendar dates with the precision their source gives (a year, a month or a day).

use std::fmt;

/// How precisely a date is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A date known to the year, month or day. `month` and `day` are 0 when not known.
/// Ordering compares year, then month, then day, so "2024" sorts before "2024-01".
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    /// 1..=12, or 0 when only the year is known.
    pub month: u8,
    /// 1..=31, or 0 when only the year or month is known.
    pub day: u8,
}

impl Date {
    pub const fn ymd(year: u16, month: u8, day: u8) -> Date {
        Date { year, month, day }
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking that the day exists.
    pub fn parse(s: &str) -> Result<Date, String> {
        let bad = || format!("\"{s}\" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD)");
        let parts: Vec<&str> = s.split('-').collect();
        let widths = [4, 2, 2];
        if parts.is_empty() || parts.len() > 3 {
            return Err(bad());
        }
        let mut nums = [0u16; 3];
        for (i, p) in parts.iter().enumerate() {
            if p.len() != widths[i] || !p.bytes().all(|b| b.is_ascii_digit()) {
                return Err(bad());
            }
            nums[i] = p.parse().map_err(|_| bad())?;
        }
        let (year, month, day) = (nums[0], nums[1] as u8, nums[2] as u8);
        if !(1900..=2100).contains(&year) {
            return Err(format!(
                "year {year} in \"{s}\" is out of range 1900..=2100"
            ));
        }
        if parts.len() >= 2 && !(1..=12).contains(&month) {
            return Err(format!("month {month} in \"{s}\" does not exist"));
        }
        if parts.len() == 3 && (day == 0 || day > days_in_month(year, month)) {
            return Err(format!("day {day} in \"{s}\" does not exist"));
        }
        Ok(Date { year, month, day })
    }

    /// Days since 1970-01-01 of the first day the date can mean (for time scales).
    pub fn days_since_epoch(self) -> i64 {
        let m = self.month.max(1) as i64;
        let d = self.day.max(1) as i64;
        // Howard Hinnant's days_from_civil.
        let y = self.year as i64 - if m <= 2 { 1 } else { 0 };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400) => {
            29
        }
        _ => 28,
    }
}

/// ISO form at the date's own precision: `2024`, `2024-12` or `2024-12-09`.
impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.precision() {
            Precision::Year => write!(f, "{:04}", self.year),
            Precision::Month => write!(f, "{:04}-{:02}", self.year, self.month),
            Precision::Day => write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_precision() {
        assert_eq!(Date::parse("2021").unwrap().precision(), Precision::Year);
        assert_eq!(Date::parse("2024-12").unwrap(), Date::ymd(2024, 12, 0));
        assert_eq!(Date::parse("2025-02-06").unwrap(), Date::ymd(2025, 2, 6));
    }

    #[test]
    fn rejects_impossible_dates() {
        for s in [
            "2025-02-30",
            "2023-02-29",
            "2024-13",
            "24-01-01",
            "2024/01/01",
            "",
            "2024-1-5",
        ] {
            assert!(Date::parse(s).is_err(), "{s} should fail");
        }
        assert!(Date::parse("2024-02-29").is_ok(), "leap day");
    }

    #[test]
    fn displays_at_its_precision() {
        for s in ["2021", "2024-09", "2024-09-05"] {
            assert_eq!(Date::parse(s).unwrap().to_string(), s);
        }
    }

    #[test]
    fn orders_coarser_dates_first() {
        let y = Date::parse("2024").unwrap();
        let m = Date::parse("2024-01").unwrap();
        let d = Date::parse("2024-01-05").unwrap();
        assert!(y < m && m < d);
    }

    #[test]
    fn counts_days_since_epoch() {
        assert_eq!(Date::ymd(1970, 1, 1).days_since_epoch(), 0);
        assert_eq!(Date::ymd(2000, 3, 1).days_since_epoch(), 11_017);
        assert_eq!(Date::ymd(2025, 2, 6).days_since_epoch(), 20_125);
        // Month precision counts from the first of the month.
        assert_eq!(
            Date::ymd(2025, 2, 0).days_since_epoch(),
            Date::ymd(2025, 2, 1).days_since_epoch()
        );
    }
}
