//! Student's t distribution: the quantile that gives a 95% confidence interval of a mean.
//! The distribution function comes from the regularized incomplete beta function (Lentz's
//! continued fraction), and the quantile is found by bisection, so it is accurate to the
//! last digits a report shows for any number of degrees of freedom.

/// The two-sided 95% quantile of Student's t with `df` degrees of freedom: t such that
/// P(−t ≤ T ≤ t) = 0.95. `df` must be at least 1.
pub fn t95(df: u64) -> f64 {
    assert!(df >= 1, "Student's t needs at least one degree of freedom");
    let df = df as f64;
    // P(|T| > t) = I_{df/(df+t²)}(df/2, 1/2); find t where it is 0.05.
    let tail = |t: f64| incomplete_beta(df / 2.0, 0.5, df / (df + t * t));
    let (mut lo, mut hi) = (0.0f64, 1.0e3f64);
    for _ in 0..200 {
        let mid = (lo + hi) / 2.0;
        if tail(mid) > 0.05 {
            lo = mid;
        } else {
            hi = mid;
        }
        if hi - lo < 1e-12 {
            break;
        }
    }
    (lo + hi) / 2.0
}

/// The regularized incomplete beta function I_x(a, b).
fn incomplete_beta(a: f64, b: f64, x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    if x >= 1.0 {
        return 1.0;
    }
    let ln_front = ln_gamma(a + b) - ln_gamma(a) - ln_gamma(b) + a * x.ln() + b * (1.0 - x).ln();
    let front = ln_front.exp();
    // The continued fraction converges fast for x < (a + 1)/(a + b + 2); use symmetry beyond.
    if x < (a + 1.0) / (a + b + 2.0) {
        front * beta_fraction(a, b, x) / a
    } else {
        1.0 - front * beta_fraction(b, a, 1.0 - x) / b
    }
}

/// The continued fraction of the incomplete beta function, by the modified Lentz method.
fn beta_fraction(a: f64, b: f64, x: f64) -> f64 {
    const TINY: f64 = 1e-300;
    let (qab, qap, qam) = (a + b, a + 1.0, a - 1.0);
    let mut c = 1.0;
    let mut d = 1.0 - qab * x / qap;
    if d.abs() < TINY {
        d = TINY;
    }
    d = 1.0 / d;
    let mut h = d;
    for m in 1..=300 {
        let m = f64::from(m);
        let m2 = 2.0 * m;
        let aa = m * (b - m) * x / ((qam + m2) * (a + m2));
        d = 1.0 + aa * d;
        d = if d.abs() < TINY { TINY } else { d };
        c = 1.0 + aa / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        h *= d * c;
        let aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
        d = 1.0 + aa * d;
        d = if d.abs() < TINY { TINY } else { d };
        c = 1.0 + aa / c;
        c = if c.abs() < TINY { TINY } else { c };
        d = 1.0 / d;
        let del = d * c;
        h *= del;
        if (del - 1.0).abs() < 1e-15 {
            break;
        }
    }
    h
}

/// ln Γ(x) for x > 0 (Lanczos, g = 7, nine coefficients).
fn ln_gamma(x: f64) -> f64 {
    const G: f64 = 7.0;
    const COEF: [f64; 9] = [
        0.999_999_999_999_809_9,
        676.520_368_121_885_1,
        -1_259.139_216_722_402_8,
        771.323_428_777_653_1,
        -176.615_029_162_140_6,
        12.507_343_278_686_905,
        -0.138_571_095_265_720_12,
        9.984_369_578_019_572e-6,
        1.505_632_735_149_311_6e-7,
    ];
    if x < 0.5 {
        // Reflection: Γ(x)Γ(1 − x) = π / sin(πx).
        let pi = std::f64::consts::PI;
        return (pi / (pi * x).sin()).ln() - ln_gamma(1.0 - x);
    }
    let x = x - 1.0;
    let mut sum = COEF[0];
    for (i, &c) in COEF.iter().enumerate().skip(1) {
        sum += c / (x + i as f64);
    }
    let t = x + G + 0.5;
    0.5 * (2.0 * std::f64::consts::PI).ln() + (x + 0.5) * t.ln() - t + sum.ln()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two-sided 95% critical values of Student's t (a statistics table's column t.975, three
    /// decimals), by degrees of freedom.
    const TABLE: [(u64, f64); 14] = [
        (1, 12.706),
        (2, 4.303),
        (3, 3.182),
        (4, 2.776),
        (5, 2.571),
        (9, 2.262),
        (10, 2.228),
        (15, 2.131),
        (20, 2.086),
        (29, 2.045),
        (30, 2.042),
        (60, 2.000),
        (120, 1.980),
        (1000, 1.962),
    ];

    #[test]
    fn the_quantile_matches_a_statistics_table() {
        for (df, expected) in TABLE {
            let t = t95(df);
            assert!(
                (t - expected).abs() < 0.0005,
                "df {df}: t = {t}, the table says {expected}"
            );
        }
    }

    #[test]
    fn the_quantile_falls_towards_the_normal_one() {
        let mut last = f64::INFINITY;
        for df in 1..200 {
            let t = t95(df);
            assert!(t < last && t > 1.959_963, "df {df}: {t}");
            last = t;
        }
        assert!((t95(1_000_000) - 1.959_964).abs() < 1e-5);
    }

    #[test]
    fn closed_forms_for_one_and_two_degrees_of_freedom_agree() {
        // With 1 df, t is the Cauchy distribution: t = tan(0.475π). With 2 df,
        // P(|T| ≤ t) = t / √(2 + t²), so t = √(2 / (1 − 0.95²) − 2).
        let cauchy = (0.475 * std::f64::consts::PI).tan();
        assert!((t95(1) - cauchy).abs() < 1e-9, "{} {cauchy}", t95(1));
        let two = (2.0 / (1.0 - 0.95f64 * 0.95) - 2.0).sqrt();
        assert!((t95(2) - two).abs() < 1e-9, "{} {two}", t95(2));
    }
}
