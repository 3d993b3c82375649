//! A tiny stand-in for the interpreter: the objects of record.py's template and percent
//! cases (ARGS, KWARGS, class P), with CPython's behaviour for exactly those objects.

use pyformat::spec::{float_format, int_format, str_format};
use pyformat::text::{code_points, push_cp};
use pyformat::{FormatError, IntValue, float};

#[derive(Clone, Debug)]
pub enum V {
    Int(i64),
    Str(Vec<u8>),
    Float(f64),
    List(Vec<V>),
    Dict(Vec<(Vec<u8>, V)>),
    /// A dict with bytes keys.
    BytesDict(Vec<(Vec<u8>, V)>),
    /// record.py's class P: x=1, y='why', items=[7, 8, 9]; repr '<P>', str 'P!'.
    P,
    /// An int beyond i64.
    Big(num_bigint::BigInt),
    Bool(bool),
    None,
    Bytes(Vec<u8>),
    ByteArray(Vec<u8>),
    /// record.py's Idx (`__index__` returns 66), Flt (`__float__` 2.5), IntOnly (`__int__` 7).
    Idx,
    Flt,
    IntOnly,
}

/// A Python exception: its type name and message.
#[derive(Debug)]
pub struct Exc(pub String, pub Vec<u8>);

impl From<FormatError> for Exc {
    fn from(e: FormatError) -> Self {
        Exc(e.kind.name().to_owned(), e.msg)
    }
}

pub fn exc(kind: &str, msg: impl Into<Vec<u8>>) -> Exc {
    Exc(kind.to_owned(), msg.into())
}

pub fn s(t: &str) -> V {
    V::Str(t.as_bytes().to_vec())
}

impl V {
    pub fn type_name(&self) -> &'static str {
        match self {
            V::Int(_) => "int",
            V::Str(_) => "str",
            V::Float(_) => "float",
            V::List(_) => "list",
            V::Dict(_) | V::BytesDict(_) => "dict",
            V::P => "P",
            V::Big(_) => "int",
            V::Bool(_) => "bool",
            V::None => "NoneType",
            V::Bytes(_) => "bytes",
            V::ByteArray(_) => "bytearray",
            V::Idx => "Idx",
            V::Flt => "Flt",
            V::IntOnly => "IntOnly",
        }
    }

    fn quote(b: &[u8], ascii: bool, out: &mut Vec<u8>) {
        let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
            b'"'
        } else {
            b'\''
        };
        out.push(quote);
        for cp in code_points(b) {
            match cp {
                0x5C => out.extend_from_slice(b"\\\\"),
                _ if cp == u32::from(quote) => {
                    out.push(b'\\');
                    out.push(quote);
                }
                0x20..=0x7E => out.push(cp as u8),
                _ if ascii || cp < 0x20 || cp == 0x7F || (0xD800..=0xDFFF).contains(&cp) => {
                    let e = if cp < 0x100 {
                        format!("\\x{cp:02x}")
                    } else if cp < 0x10000 {
                        format!("\\u{cp:04x}")
                    } else {
                        format!("\\U{cp:08x}")
                    };
                    out.extend_from_slice(e.as_bytes());
                }
                _ => push_cp(out, cp),
            }
        }
        out.push(quote);
    }

    /// repr(self), or ascii(self) when `ascii`.
    pub fn repr(&self, ascii: bool) -> Vec<u8> {
        let mut out = Vec::new();
        match self {
            V::Int(i) => out.extend_from_slice(i.to_string().as_bytes()),
            V::Str(b) => V::quote(b, ascii, &mut out),
            V::Float(x) => out.extend_from_slice(float::repr(*x).as_bytes()),
            V::List(items) => {
                out.push(b'[');
                for (i, v) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    out.extend_from_slice(&v.repr(ascii));
                }
                out.push(b']');
            }
            V::Dict(items) | V::BytesDict(items) => {
                out.push(b'{');
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.extend_from_slice(b", ");
                    }
                    if matches!(self, V::BytesDict(_)) {
                        out.push(b'b');
                        V::bytes_repr(k, &mut out);
                    } else {
                        V::quote(k, ascii, &mut out);
                    }
                    out.extend_from_slice(b": ");
                    out.extend_from_slice(&v.repr(ascii));
                }
                out.push(b'}');
            }
            V::P => out.extend_from_slice(b"<P>"),
            V::Big(b) => out.extend_from_slice(b.to_string().as_bytes()),
            V::Bool(true) => out.extend_from_slice(b"True"),
            V::Bool(false) => out.extend_from_slice(b"False"),
            V::None => out.extend_from_slice(b"None"),
            V::Bytes(b) => {
                out.push(b'b');
                V::bytes_repr(b, &mut out);
            }
            V::ByteArray(b) => {
                out.extend_from_slice(b"bytearray(b");
                V::bytes_repr(b, &mut out);
                out.push(b')');
            }
            V::Idx => out.extend_from_slice(b"Idx()"),
            V::Flt => out.extend_from_slice(b"Flt()"),
            V::IntOnly => out.extend_from_slice(b"IntOnly()"),
        }
        out
    }

    fn bytes_repr(b: &[u8], out: &mut Vec<u8>) {
        let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
            b'"'
        } else {
            b'\''
        };
        out.push(quote);
        for &c in b {
            match c {
                b'\\' => out.extend_from_slice(b"\\\\"),
                b'\t' => out.extend_from_slice(b"\\t"),
                b'\n' => out.extend_from_slice(b"\\n"),
                b'\r' => out.extend_from_slice(b"\\r"),
                _ if c == quote => {
                    out.push(b'\\');
                    out.push(c);
                }
                0x20..=0x7E => out.push(c),
                _ => out.extend_from_slice(format!("\\x{c:02x}").as_bytes()),
            }
        }
        out.push(quote);
    }

    pub fn str(&self) -> Vec<u8> {
        match self {
            V::Str(b) => b.clone(),
            V::P => b"P!".to_vec(),
            _ => self.repr(false),
        }
    }

    pub fn getattr(&self, name: &[u8]) -> Result<V, Exc> {
        match (self, name) {
            (V::P, b"x") => Ok(V::Int(1)),
            (V::P, b"y") => Ok(s("why")),
            (V::P, b"items") => Ok(V::List(vec![V::Int(7), V::Int(8), V::Int(9)])),
            (V::Int(_), b"real") => Ok(self.clone()),
            (V::Int(_), b"imag") => Ok(V::Int(0)),
            (V::Float(_), b"real") => Ok(self.clone()),
            (V::Float(_), b"imag") => Ok(V::Float(0.0)),
            _ => {
                let mut msg =
                    format!("'{}' object has no attribute '", self.type_name()).into_bytes();
                msg.extend_from_slice(name);
                msg.push(b'\'');
                Err(exc("AttributeError", msg))
            }
        }
    }

    fn not_subscriptable(&self) -> Exc {
        exc(
            "TypeError",
            format!("'{}' object is not subscriptable", self.type_name()),
        )
    }

    pub fn getitem_index(&self, i: usize) -> Result<V, Exc> {
        match self {
            V::Str(b) => code_points(b)
                .nth(i)
                .map(|c| {
                    let mut v = Vec::new();
                    push_cp(&mut v, c);
                    V::Str(v)
                })
                .ok_or_else(|| exc("IndexError", "string index out of range")),
            V::List(items) => items
                .get(i)
                .cloned()
                .ok_or_else(|| exc("IndexError", "list index out of range")),
            // Not a sequence: dict[int], and the keys are all str.
            V::Dict(_) => Err(exc("KeyError", i.to_string())),
            _ => Err(self.not_subscriptable()),
        }
    }

    pub fn getitem_str(&self, key: &[u8]) -> Result<V, Exc> {
        match self {
            V::Str(_) => Err(exc(
                "TypeError",
                "string indices must be integers, not 'str'",
            )),
            V::List(_) => Err(exc(
                "TypeError",
                "list indices must be integers or slices, not str",
            )),
            V::Dict(items) => items
                .iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| exc("KeyError", V::Str(key.to_vec()).repr(false))),
            V::Bytes(_) => Err(exc(
                "TypeError",
                "byte indices must be integers or slices, not str",
            )),
            V::ByteArray(_) => Err(exc(
                "TypeError",
                "bytearray indices must be integers or slices, not str",
            )),
            _ => Err(self.not_subscriptable()),
        }
    }

    /// format(self, spec)
    pub fn format(&self, spec: &[u8]) -> Result<Vec<u8>, Exc> {
        Ok(match self {
            V::Int(i) => int_format(&IntValue::Small(*i), spec, "int", 4300)?,
            V::Str(b) => str_format(b, spec, "str")?,
            V::Float(x) => float_format(*x, spec, "float")?,
            _ if spec.is_empty() => self.str(),
            _ => {
                return Err(exc(
                    "TypeError",
                    format!(
                        "unsupported format string passed to {}.__format__",
                        self.type_name()
                    ),
                ));
            }
        })
    }
}

/// record.py's ARGS.
pub fn args() -> Vec<V> {
    vec![
        V::Int(42),
        s("abc"),
        V::Float(3.5),
        V::List(vec![V::Int(10), V::Int(20), V::Int(30)]),
        V::Dict(vec![(b"k".to_vec(), s("v")), (b"0".to_vec(), s("zero"))]),
        V::P,
        V::Int(-7),
        s("\u{e9}t\u{e9}"),
    ]
}

/// record.py's KWARGS.
pub fn kwargs() -> Vec<(Vec<u8>, V)> {
    vec![
        (b"name".to_vec(), s("Bob")),
        (b"n".to_vec(), V::Int(7)),
        (b"w".to_vec(), V::Int(10)),
        (b"p".to_vec(), V::Int(3)),
        (b"s".to_vec(), s("hi")),
        (b"f".to_vec(), V::Float(-2.5)),
        (b"t".to_vec(), V::List(vec![V::Int(1), V::Int(2)])),
        (b"d".to_vec(), V::Dict(vec![(b"x".to_vec(), s("X"))])),
        (b"fmt".to_vec(), s(">8")),
        (b"obj".to_vec(), V::P),
        (b"big".to_vec(), V::Int(12345678)),
    ]
}
