//! Exact fractions for the method's arithmetic. Effective scores are means of integers, the
//! scores of a combination means of such means, and priorities products of them: all of them
//! are fractions, and every comparison the method makes (ranking, ties, the critical
//! thresholds, quadrants) is made on these exact values. Binary floating point is used only to
//! display them.

use std::cmp::Ordering;
use std::fmt;
use std::ops::{Add, Div, Mul, Neg, Sub};

/// A fraction kept reduced, its denominator positive: two equal values are equal fields, so
/// the derived equality and hash are exact.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Frac {
    num: i128,
    den: i128,
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    a = a.abs();
    b = b.abs();
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a
}

const OVERFLOW: &str = "a fraction of the method outgrew 128 bits";

impl Frac {
    pub const ZERO: Frac = Frac { num: 0, den: 1 };
    pub const ONE: Frac = Frac { num: 1, den: 1 };

    /// `num / den`, reduced. Panics on a zero denominator.
    pub fn new(num: i128, den: i128) -> Frac {
        assert!(den != 0, "a fraction with denominator 0");
        let g = gcd(num, den).max(1);
        let sign = if den < 0 { -1 } else { 1 };
        Frac {
            num: sign * num / g,
            den: sign * den / g,
        }
    }

    /// `num / den` given already reduced, `den` positive: for constants.
    pub const fn new_const(num: i64, den: i64) -> Frac {
        Frac {
            num: num as i128,
            den: den as i128,
        }
    }

    /// A whole number.
    pub const fn int(n: i64) -> Frac {
        Frac {
            num: n as i128,
            den: 1,
        }
    }

    /// The mean of some integer ratings, `None` for none.
    pub fn mean_of(values: impl IntoIterator<Item = u8>) -> Option<Frac> {
        let (sum, n) = values
            .into_iter()
            .fold((0i128, 0i128), |(s, n), v| (s + i128::from(v), n + 1));
        (n > 0).then(|| Frac::new(sum, n))
    }

    /// The mean of some fractions, `None` for none.
    pub fn mean(values: impl IntoIterator<Item = Frac>) -> Option<Frac> {
        let (sum, n) = values
            .into_iter()
            .fold((Frac::ZERO, 0i64), |(s, n), v| (s + v, n + 1));
        (n > 0).then(|| sum / Frac::int(n))
    }

    pub fn numer(self) -> i128 {
        self.num
    }

    pub fn denom(self) -> i128 {
        self.den
    }

    pub fn abs(self) -> Frac {
        Frac {
            num: self.num.abs(),
            den: self.den,
        }
    }

    pub fn is_integer(self) -> bool {
        self.den == 1
    }

    /// The nearest binary float; one fraction always gives the same float.
    pub fn to_f64(self) -> f64 {
        self.num as f64 / self.den as f64
    }

    fn checked_add(self, o: Frac) -> Option<Frac> {
        let g = gcd(self.den, o.den);
        let (da, db) = (self.den / g, o.den / g);
        let num = self
            .num
            .checked_mul(db)?
            .checked_add(o.num.checked_mul(da)?)?;
        Some(Frac::new(num, self.den.checked_mul(db)?))
    }

    fn checked_mul(self, o: Frac) -> Option<Frac> {
        let g1 = gcd(self.num, o.den).max(1);
        let g2 = gcd(o.num, self.den).max(1);
        let num = (self.num / g1).checked_mul(o.num / g2)?;
        let den = (self.den / g2).checked_mul(o.den / g1)?;
        Some(Frac::new(num, den))
    }
}

/// Compares `a/b` with `c/d` (`b`, `d` positive) by their continued fractions, so no product
/// can overflow.
fn cmp_parts(a: i128, b: i128, c: i128, d: i128) -> Ordering {
    let (qa, qc) = (a.div_euclid(b), c.div_euclid(d));
    if qa != qc {
        return qa.cmp(&qc);
    }
    let (ra, rc) = (a.rem_euclid(b), c.rem_euclid(d));
    match (ra == 0, rc == 0) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        // a/b = q + ra/b: the larger remainder fraction is the one with the smaller b/ra.
        (false, false) => cmp_parts(d, rc, b, ra),
    }
}

impl Ord for Frac {
    fn cmp(&self, other: &Self) -> Ordering {
        if self.den == other.den {
            return self.num.cmp(&other.num);
        }
        // Parts within 64 bits multiply within 128 without overflow.
        let small = |v: i128| i64::try_from(v).is_ok();
        if [self.num, self.den, other.num, other.den]
            .into_iter()
            .all(small)
        {
            return (self.num * other.den).cmp(&(other.num * self.den));
        }
        cmp_parts(self.num, self.den, other.num, other.den)
    }
}

impl PartialOrd for Frac {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Add for Frac {
    type Output = Frac;
    fn add(self, o: Frac) -> Frac {
        self.checked_add(o).expect(OVERFLOW)
    }
}

impl Neg for Frac {
    type Output = Frac;
    fn neg(self) -> Frac {
        Frac {
            num: -self.num,
            den: self.den,
        }
    }
}

impl Sub for Frac {
    type Output = Frac;
    fn sub(self, o: Frac) -> Frac {
        self + (-o)
    }
}

impl Mul for Frac {
    type Output = Frac;
    fn mul(self, o: Frac) -> Frac {
        self.checked_mul(o).expect(OVERFLOW)
    }
}

impl Div for Frac {
    type Output = Frac;
    fn div(self, o: Frac) -> Frac {
        assert!(o.num != 0, "a fraction divided by 0");
        self * Frac::new(o.den, o.num)
    }
}

impl From<u8> for Frac {
    fn from(v: u8) -> Frac {
        Frac::int(i64::from(v))
    }
}

impl From<Frac> for f64 {
    fn from(v: Frac) -> f64 {
        v.to_f64()
    }
}

/// In JSON a fraction is a number: the shortest decimal that reads back as its nearest float.
impl serde::Serialize for Frac {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.to_f64())
    }
}

/// `560/27`, or `60` for a whole number.
impl fmt::Display for Frac {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.den == 1 {
            write!(f, "{}", self.num)
        } else {
            write!(f, "{}/{}", self.num, self.den)
        }
    }
}

impl fmt::Debug for Frac {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(self, f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn means_of_means_reach_exact_values() {
        let s = Frac::mean([Frac::new(10, 3), Frac::ONE, Frac::new(5, 3)]).expect("three values");
        assert_eq!(s, Frac::int(2));
        assert!(s <= Frac::int(2));
    }

    #[test]
    fn equal_products_computed_in_another_order_are_equal() {
        let a = Frac::new(4, 3) * Frac::new(10, 3) * (Frac::int(6) - Frac::new(4, 3));
        let b = Frac::new(4, 3) * Frac::new(14, 3) * (Frac::int(6) - Frac::new(8, 3));
        assert_eq!(a, b);
        assert_eq!(a.to_string(), "560/27");
        assert_eq!(a.to_f64(), b.to_f64());
    }

    #[test]
    fn order_agrees_with_cross_multiplication() {
        for a in -12..=12 {
            for b in 1..=7 {
                for c in -12..=12 {
                    for d in 1..=7 {
                        let (x, y) = (Frac::new(a, b), Frac::new(c, d));
                        assert_eq!(x.cmp(&y), (a * d).cmp(&(c * b)), "{a}/{b} vs {c}/{d}");
                    }
                }
            }
        }
    }

    #[test]
    fn huge_parts_compare_without_overflow() {
        let big = i128::MAX / 3;
        let (a, b) = (Frac::new(big, big - 1), Frac::new(big - 1, big - 2));
        assert_eq!(a.cmp(&b), Ordering::Less, "1 + 1/(b-1) < 1 + 1/(b-2)");
        assert_eq!(b.cmp(&a), Ordering::Greater);
        assert_eq!(a.cmp(&a), Ordering::Equal);
    }

    #[test]
    fn reduced_with_a_positive_denominator() {
        assert_eq!(Frac::new(6, -4).to_string(), "-3/2");
        assert_eq!(Frac::new(0, -4), Frac::ZERO);
        assert_eq!(Frac::new(9, 3).to_string(), "3");
    }
}
