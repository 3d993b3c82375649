//! Rough per-call costs of the hot paths (not a test): `cargo run --release -p pyformat
//! --example speed`. Compare with examples/speed.py on CPython 3.14.

use std::hint::black_box;
use std::time::Instant;

use pyformat::spec::{float_format, int_format};
use pyformat::{IntValue, float, percent};

/// The same pseudo-random doubles as speed.py: (i * 0.618034 % 1) * 10**(i % 40 - 20).
fn doubles(n: usize) -> Vec<f64> {
    (0..n)
        .map(|i| ((i as f64 * 0.618034) % 1.0) * 10f64.powi((i % 40) as i32 - 20))
        .collect()
}

fn time(name: &str, n: usize, mut f: impl FnMut(usize)) {
    let start = Instant::now();
    for i in 0..n {
        f(i);
    }
    let ns = start.elapsed().as_nanos() as f64 / n as f64;
    println!("{name:<28} {ns:8.1} ns/call");
}

struct One(f64);

impl percent::PercentArgs for One {
    type Value = f64;
    type Error = pyformat::FormatError;
    fn tuple_len(&self) -> Option<usize> {
        None
    }
    fn is_mapping(&self) -> bool {
        false
    }
    fn args(&mut self) -> f64 {
        self.0
    }
    fn item(&mut self, _: usize) -> f64 {
        self.0
    }
    fn get_key(&mut self, _: &[u8]) -> Result<f64, Self::Error> {
        Ok(self.0)
    }
    fn type_name(&self, _: &f64) -> String {
        "float".into()
    }
    fn qualified_type_name(&self, _: &f64) -> String {
        "float".into()
    }
    fn star_arg(&mut self, _: &f64) -> Result<Option<IntValue>, Self::Error> {
        Ok(None)
    }
    fn text(&mut self, v: &f64, _: u8) -> Result<Vec<u8>, Self::Error> {
        Ok(float::repr(*v).into_bytes())
    }
    fn bytes(&mut self, _: &f64) -> Result<Option<Vec<u8>>, Self::Error> {
        Ok(None)
    }
    fn integer(&mut self, v: &f64, _: bool) -> Result<Option<IntValue>, Self::Error> {
        Ok(Some(IntValue::Small(*v as i64)))
    }
    fn float(&mut self, v: &f64) -> Result<f64, Self::Error> {
        Ok(*v)
    }
    fn char_arg(&mut self, _: &f64, _: bool) -> Result<percent::CharArg, Self::Error> {
        Ok(percent::CharArg::Other)
    }
}

fn main() {
    let n = 1_000_000;
    let xs = doubles(n);
    time("repr(x)", n, |i| {
        black_box(float::repr(black_box(xs[i])));
    });
    time("repr(small decimal)", n, |i| {
        black_box(float::repr(black_box((i % 1000) as f64 / 8.0)));
    });
    time("format(x, '.2f')", n, |i| {
        black_box(float_format(black_box(xs[i] * 1e10), b".2f", "float").ok());
    });
    time("format(x, '.6e')", n, |i| {
        black_box(float_format(black_box(xs[i]), b".6e", "float").ok());
    });
    time("format(x, '>12.3g')", n, |i| {
        black_box(float_format(black_box(xs[i]), b">12.3g", "float").ok());
    });
    time("format(i, 'd')", n, |i| {
        black_box(
            int_format(
                &IntValue::Small(black_box(i as i64 * 7919)),
                b"d",
                "int",
                4300,
            )
            .ok(),
        );
    });
    time("format(i, ',')", n, |i| {
        black_box(
            int_format(
                &IntValue::Small(black_box(i as i64 * 7919)),
                b",",
                "int",
                4300,
            )
            .ok(),
        );
    });
    time("format(i, '08x')", n, |i| {
        black_box(int_format(&IntValue::Small(black_box(i as i64)), b"08x", "int", 4300).ok());
    });
    time("'%.3f' % x", n, |i| {
        black_box(percent::format_str(b"%.3f", &mut One(black_box(xs[i]))).ok());
    });
    time("'x=%d!' % x", n, |i| {
        black_box(percent::format_str(b"x=%d!", &mut One(black_box(i as f64))).ok());
    });
}
