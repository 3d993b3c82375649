//! The engines against what CPython 3.14 did, case by case (tests/data/*.txt, recorded by
//! scripts/record.py; its docstring describes the file format).

#[path = "support/mock.rs"]
mod mock;

use std::fmt::Write as _;

use mock::{Exc, V};
use pyformat::template::{self, FieldKey, FieldPart, FormatArgs, MarkupIterator};

use num_bigint::BigInt;
use pyformat::percent::{self, CharArg, PercentArgs};
use pyformat::spec::{bigint_format, complex_format, float_format, str_format};
use pyformat::text::push_cp;
use pyformat::{FormatError, IntValue, float};

/// Decodes a field written by record.py's `esc` into generalised UTF-8.
fn unesc(s: &str) -> Vec<u8> {
    let mut out = Vec::new();
    for cp in unesc_cps(s) {
        push_cp(&mut out, cp);
    }
    out
}

/// Decodes a field written by `esc_bytes` (latin-1 code points) into bytes.
fn unesc_bytes(s: &str) -> Vec<u8> {
    unesc_cps(s).into_iter().map(|c| c as u8).collect()
}

fn unesc_cps(s: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut it = s.chars();
    while let Some(c) = it.next() {
        if c != '\\' {
            out.push(c as u32);
            continue;
        }
        let hex = |it: &mut std::str::Chars<'_>, n: usize| {
            let h: String = it.take(n).collect();
            u32::from_str_radix(&h, 16).expect("hex escape")
        };
        match it.next() {
            Some('\\') => out.push(0x5C),
            Some('t') => out.push(9),
            Some('n') => out.push(10),
            Some('r') => out.push(13),
            Some('x') => out.push(hex(&mut it, 2)),
            Some('u') => out.push(hex(&mut it, 4)),
            Some('U') => out.push(hex(&mut it, 8)),
            other => panic!("bad escape {other:?} in {s:?}"),
        }
    }
    out
}

/// The text of a result in record.py's escaping, for comparisons and messages.
fn esc(b: &[u8]) -> String {
    let mut s = String::new();
    for cp in pyformat::text::code_points(b) {
        match cp {
            0x5C => s.push_str("\\\\"),
            9 => s.push_str("\\t"),
            10 => s.push_str("\\n"),
            13 => s.push_str("\\r"),
            0x20..=0x7E => s.push(cp as u8 as char),
            0..=0xFF => {
                let _ = write!(s, "\\x{cp:02x}");
            }
            0x100..=0xFFFF => {
                let _ = write!(s, "\\u{cp:04x}");
            }
            _ => {
                let _ = write!(s, "\\U{cp:08x}");
            }
        }
    }
    s
}

fn esc_bytes(b: &[u8]) -> String {
    let mut v = Vec::new();
    for &c in b {
        push_cp(&mut v, u32::from(c));
    }
    esc(&v)
}

fn err_text(e: &FormatError) -> String {
    format!("!{}:{}", e.kind.name(), esc(&e.msg))
}

fn text_outcome(r: Result<Vec<u8>, FormatError>) -> String {
    match r {
        Ok(t) => format!("={}", esc(&t)),
        Err(e) => err_text(&e),
    }
}

fn float_outcome(r: Result<f64, FormatError>) -> String {
    match r {
        Ok(x) => format!("=0x{:016x}", x.to_bits()),
        Err(e) => err_text(&e),
    }
}

fn bits(s: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(s.trim_start_matches("0x"), 16).expect("float bits"))
}

/// Reads a data file: its lines split into tab-separated fields (the header skipped).
fn cases(name: &str) -> Vec<Vec<String>> {
    let path = format!("{}/tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    text.lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// Compares every case; reports the first differences and how many there were.
fn check(name: &str, run: impl Fn(&[String]) -> Option<(String, String)>) {
    let all = cases(name);
    let mut bad = Vec::new();
    for c in &all {
        if let Some((got, want)) = run(c)
            && got != want
        {
            {
                bad.push(format!(
                    "{}\n    got  {got}\n    want {want}",
                    c.join(" | ")
                ));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{name}: {} of {} cases differ:\n{}",
        bad.len(),
        all.len(),
        bad.iter().take(400).cloned().collect::<Vec<_>>().join("\n")
    );
    assert!(all.len() > 100, "{name}: only {} cases", all.len());
}

const MAX_STR_DIGITS: usize = 4300;

#[test]
fn format_spec() {
    check("spec.txt", |c| {
        let [kind, type_name, value, spec, want] = c else {
            panic!("bad line {c:?}")
        };
        let spec = unesc(spec);
        let got = match kind.as_str() {
            "i" => {
                let v: BigInt = value.parse().expect("int");
                bigint_format(&v, &spec, type_name, MAX_STR_DIGITS)
            }
            "f" => float_format(bits(value), &spec, type_name),
            "c" => {
                let (re, im) = value.split_once(',').expect("complex");
                complex_format(bits(re), bits(im), &spec, type_name)
            }
            _ => str_format(&unesc(value), &spec, type_name),
        };
        // format() of a subclass with an empty spec is str(obj): the caller's business.
        if spec.is_empty() && !matches!(type_name.as_str(), "int" | "float" | "complex" | "str") {
            return None;
        }
        Some((text_outcome(got), want.clone()))
    });
}

#[test]
fn float_repr() {
    check("repr.txt", |c| {
        let [x, want] = c else {
            panic!("bad line {c:?}")
        };
        Some((esc(float::repr(bits(x)).as_bytes()), want.clone()))
    });
}

#[test]
fn double_to_string() {
    check("dtoa.txt", |c| {
        let [x, code, prec, alt, want] = c else {
            panic!("bad line {c:?}")
        };
        let flags = if alt == "1" { float::DTSF_ALT } else { 0 };
        let mut out = Vec::new();
        let r = float::double_to_string(
            &mut out,
            bits(x),
            code.as_bytes()[0],
            prec.parse().expect("precision"),
            flags,
        )
        .map(|()| out);
        Some((text_outcome(r), want.clone()))
    });
}

#[test]
fn round_ndigits() {
    check("round.txt", |c| {
        let [x, n, want] = c else {
            panic!("bad line {c:?}")
        };
        let n: i64 = n.parse().expect("ndigits");
        Some((float_outcome(float::round(bits(x), n)), want.clone()))
    });
}

#[test]
fn float_conversions() {
    check("float_misc.txt", |c| {
        let [op, arg, want] = c else {
            panic!("bad line {c:?}")
        };
        let got = match op.as_str() {
            "round" => match float::round_to_int(bits(arg)) {
                Ok(v) => format!("={v}"),
                Err(e) => err_text(&e),
            },
            "int" => match float::f64_to_int(bits(arg)) {
                Ok(v) => format!("={v}"),
                Err(e) => err_text(&e),
            },
            "hex" => format!("={}", float::float_hex(bits(arg))),
            "float" => float_outcome(float::int_to_f64(&arg.parse().expect("int"))),
            _ => float_outcome(float::fromhex(&unesc(arg))),
        };
        Some((got, want.clone()))
    });
}

fn exc_text(e: &Exc) -> String {
    format!("!{}:{}", e.0, esc(&e.1))
}

/// str.format / format_map over the mock objects.
struct Formatting {
    args: Option<Vec<V>>,
    kwargs: V,
}

impl FormatArgs for Formatting {
    type Value = V;
    type Error = Exc;

    fn positional(&mut self, index: usize) -> Result<V, Exc> {
        match &self.args {
            None => Err(template::positional_fields_error().into()),
            Some(a) => a
                .get(index)
                .cloned()
                .ok_or_else(|| mock::exc("IndexError", template::replacement_index_message(index))),
        }
    }

    fn keyword(&mut self, name: &[u8]) -> Result<V, Exc> {
        self.kwargs.getitem_str(name)
    }

    fn getattr(&mut self, obj: V, name: &[u8]) -> Result<V, Exc> {
        obj.getattr(name)
    }

    fn getitem_index(&mut self, obj: V, index: usize) -> Result<V, Exc> {
        obj.getitem_index(index)
    }

    fn getitem_str(&mut self, obj: V, key: &[u8]) -> Result<V, Exc> {
        obj.getitem_str(key)
    }

    fn convert(&mut self, obj: V, conversion: u8) -> Result<V, Exc> {
        Ok(V::Str(match conversion {
            b'r' => obj.repr(false),
            b'a' => obj.repr(true),
            _ => obj.str(),
        }))
    }

    fn format(&mut self, obj: V, spec: &[u8], out: &mut Vec<u8>) -> Result<(), Exc> {
        out.extend_from_slice(&obj.format(spec)?);
        Ok(())
    }
}

fn str_token(b: &[u8]) -> String {
    format!("'{}", esc(b))
}

fn err_token(e: &FormatError) -> String {
    err_text(e)
}

#[test]
fn str_format_templates() {
    check("template.txt", |c| {
        let (op, arg) = (c[0].as_str(), unesc(&c[1]));
        let want = c[2..].join("\t");
        let got = match op {
            "format" | "format_map" => {
                let mut f = Formatting {
                    args: (op == "format").then(mock::args),
                    kwargs: V::Dict(mock::kwargs()),
                };
                match template::format(&arg, &mut f) {
                    Ok(t) => format!("={}", esc(&t)),
                    Err(e) => exc_text(&e),
                }
            }
            "parse" => {
                let mut toks = Vec::new();
                let mut it = MarkupIterator::new(&arg);
                for _ in 0..12 {
                    match it.next() {
                        None => break,
                        Some(Err(e)) => toks.push(err_token(&e)),
                        Some(Ok(m)) => {
                            toks.push(str_token(m.literal));
                            match &m.field {
                                None => toks.extend(["~".to_owned(), "~".to_owned()]),
                                Some(f) => {
                                    toks.push(str_token(f.name));
                                    toks.push(str_token(f.spec));
                                }
                            }
                            toks.push(match m.field.as_ref().and_then(|f| f.conversion) {
                                None => "~".to_owned(),
                                Some(cp) => {
                                    let mut b = Vec::new();
                                    push_cp(&mut b, cp);
                                    str_token(&b)
                                }
                            });
                        }
                    }
                }
                toks.join("\t")
            }
            _ => {
                let mut toks = Vec::new();
                match template::field_name_split(&arg, None) {
                    Err(e) => toks.push(err_token(&e)),
                    Ok((first, rest)) => {
                        toks.push(match first {
                            FieldKey::Index(i) => format!("I{i}"),
                            FieldKey::Name(n) => str_token(n),
                        });
                        for part in rest.take(8) {
                            match part {
                                Err(e) => {
                                    toks.push(err_token(&e));
                                    break;
                                }
                                Ok(FieldPart::Attr(n)) => toks.push(format!("A{}", esc(n))),
                                Ok(FieldPart::Item(FieldKey::Index(i))) => {
                                    toks.push(format!("I{i}"))
                                }
                                Ok(FieldPart::Item(FieldKey::Name(n))) => {
                                    toks.push(format!("K{}", esc(n)))
                                }
                            }
                        }
                    }
                }
                toks.join("\t")
            }
        };
        Some((got, want))
    });
}

/// A value token of percent.txt (record.py's value_token).
fn value(tok: &str) -> V {
    let (tag, rest) = tok.split_at(1);
    match tag {
        "T" => V::Bool(true),
        "F" => V::Bool(false),
        "N" => V::None,
        "L" => V::List(vec![V::Int(1)]),
        "X" => V::Idx,
        "Y" => V::Flt,
        "Z" => V::IntOnly,
        "i" => {
            let b: BigInt = rest.parse().expect("int");
            match i64::try_from(&b) {
                Ok(i) => V::Int(i),
                Err(_) => V::Big(b),
            }
        }
        "f" => V::Float(bits(rest)),
        "s" => V::Str(unesc(rest)),
        "b" => V::Bytes(unesc_bytes(rest)),
        "B" => V::ByteArray(unesc_bytes(rest)),
        _ => panic!("bad value token {tok:?}"),
    }
}

/// record.py's STR_DICT / BYTES_DICT (keys as bytes either way).
fn percent_dict(bytes: bool) -> V {
    let entries: Vec<(&[u8], V)> = if bytes {
        vec![
            (b"a", V::Bytes(b"A".to_vec())),
            (b"k", V::Bytes(b"v".to_vec())),
            (b"n", V::Int(5)),
            (b"x", V::Float(2.5)),
            (b"", V::Bytes(b"empty".to_vec())),
            (b"w", V::Int(8)),
        ]
    } else {
        vec![
            (b"a", V::Int(1)),
            (b"k", mock::s("v")),
            (b"x", V::Float(2.5)),
            (b"n", V::Int(-3)),
            (b"", mock::s("empty")),
            (b"a(b)c", mock::s("paren")),
            ("\u{e9}".as_bytes(), mock::s("acc")),
            (b"w", V::Int(8)),
        ]
    };
    let entries = entries.into_iter().map(|(k, v)| (k.to_vec(), v)).collect();
    if bytes {
        V::BytesDict(entries)
    } else {
        V::Dict(entries)
    }
}

fn int_value(v: &V) -> Option<IntValue> {
    match v {
        V::Int(i) => Some(IntValue::Small(*i)),
        V::Big(b) => Some(IntValue::Big(b.clone())),
        V::Bool(b) => Some(IntValue::Small(i64::from(*b))),
        _ => None,
    }
}

struct Percent {
    bytes: bool,
    tuple: Option<Vec<V>>,
    single: V,
}

impl PercentArgs for Percent {
    type Value = V;
    type Error = Exc;

    fn tuple_len(&self) -> Option<usize> {
        self.tuple.as_ref().map(Vec::len)
    }

    fn is_mapping(&self) -> bool {
        self.tuple.is_none()
            && match &self.single {
                V::Dict(_) | V::BytesDict(_) | V::List(_) => true,
                V::Bytes(_) | V::ByteArray(_) => !self.bytes,
                _ => false,
            }
    }

    fn args(&mut self) -> V {
        self.single.clone()
    }

    fn item(&mut self, index: usize) -> V {
        self.tuple
            .as_ref()
            .and_then(|t| t.get(index).cloned())
            .unwrap_or(V::None)
    }

    fn get_key(&mut self, key: &[u8]) -> Result<V, Exc> {
        match &self.single {
            V::Dict(items) | V::BytesDict(items) => items
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| {
                    let k = if self.bytes {
                        V::Bytes(key.to_vec())
                    } else {
                        V::Str(key.to_vec())
                    };
                    mock::exc("KeyError", k.repr(false))
                }),
            V::List(_) => Err(mock::exc(
                "TypeError",
                if self.bytes {
                    "list indices must be integers or slices, not bytes"
                } else {
                    "list indices must be integers or slices, not str"
                },
            )),
            other => other.getitem_str(key),
        }
    }

    fn type_name(&self, v: &V) -> String {
        v.type_name().to_owned()
    }

    fn qualified_type_name(&self, v: &V) -> String {
        v.type_name().to_owned()
    }

    fn star_arg(&mut self, v: &V) -> Result<Option<IntValue>, Exc> {
        Ok(int_value(v))
    }

    fn text(&mut self, v: &V, conversion: u8) -> Result<Vec<u8>, Exc> {
        Ok(match conversion {
            b's' => v.str(),
            b'r' => v.repr(false),
            _ => v.repr(true),
        })
    }

    fn bytes(&mut self, v: &V) -> Result<Option<Vec<u8>>, Exc> {
        Ok(match v {
            V::Bytes(b) | V::ByteArray(b) => Some(b.clone()),
            _ => None,
        })
    }

    fn integer(&mut self, v: &V, index_only: bool) -> Result<Option<IntValue>, Exc> {
        if let Some(i) = int_value(v) {
            return Ok(Some(i));
        }
        Ok(match v {
            V::Idx => Some(IntValue::Small(66)),
            V::IntOnly if !index_only => Some(IntValue::Small(7)),
            V::Float(x) if !index_only => {
                let b = float::f64_to_int(*x)?;
                Some(match i64::try_from(&b) {
                    Ok(i) => IntValue::Small(i),
                    Err(_) => IntValue::Big(b),
                })
            }
            _ => None,
        })
    }

    fn float(&mut self, v: &V) -> Result<f64, Exc> {
        match v {
            V::Float(x) => Ok(*x),
            V::Int(i) => Ok(*i as f64),
            V::Big(b) => Ok(float::int_to_f64(b)?),
            V::Bool(b) => Ok(f64::from(u8::from(*b))),
            V::Idx => Ok(66.0),
            V::Flt => Ok(2.5),
            _ => Err(mock::exc(
                "TypeError",
                format!("must be real number, not {}", v.type_name()),
            )),
        }
    }

    fn char_arg(&mut self, v: &V, bytes: bool) -> Result<CharArg, Exc> {
        Ok(match v {
            V::Str(s) if !bytes => CharArg::Str {
                len: pyformat::text::char_count(s),
                first: pyformat::text::code_points(s).next().unwrap_or(0),
            },
            V::Bytes(b) | V::ByteArray(b) if bytes => CharArg::Bytes {
                len: b.len(),
                first: b.first().copied().unwrap_or(0),
                bytearray: matches!(v, V::ByteArray(_)),
            },
            V::Int(i) => CharArg::Int(Some(*i)),
            V::Bool(b) => CharArg::Int(Some(i64::from(*b))),
            // PyLong_AsLongAndOverflow overflows; PyNumber_AsSsize_t saturates.
            V::Big(b) if bytes => CharArg::Int(Some(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            })),
            V::Big(_) => CharArg::Int(None),
            V::Idx => CharArg::Int(Some(66)),
            _ => CharArg::Other,
        })
    }
}

#[test]
fn percent_formatting() {
    check("percent.txt", |c| {
        let (mode, fmt, kind) = (c[0].as_str(), &c[1], c[2].as_str());
        let want = c[c.len() - 1].clone();
        let toks = &c[3..c.len() - 1];
        let bytes = mode == "bytes";
        let mut args = Percent {
            bytes,
            tuple: None,
            single: V::None,
        };
        match kind {
            "t" => args.tuple = Some(toks.iter().map(|t| value(t)).collect()),
            "d" => args.single = percent_dict(bytes),
            _ => args.single = value(&toks[0]),
        }
        let got = if bytes {
            percent::format_bytes(&unesc_bytes(fmt), &mut args).map(|b| esc_bytes(&b))
        } else {
            percent::format_str(&unesc(fmt), &mut args).map(|b| esc(&b))
        };
        Some((
            match got {
                Ok(t) => format!("={t}"),
                Err(e) => exc_text(&e),
            },
            want,
        ))
    });
}
