//! `ast.dump` of our node types against CPython's own, over real code,
//! independently of our parser: CPython 3.14 parses each file, serialises its
//! tree; we rebuild the tree in our types, dump it, and compare with
//! CPython's `ast.dump(tree, include_attributes=True)` of the same tree
//! (including the ValueError/RecursionError it may raise).
//!
//! Needs CPython 3.14, so it is ignored by default; run by hand:
//!
//! ```text
//! cargo test -p syntax --release --test front_end ast::dump_lib -- --ignored --nocapture
//! ```
//!
//! `OXPY_DUMP_LIB_DIR` (default: the reference's Lib) selects the files,
//! `OXPY_REF_PYTHON` the interpreter.
//!
//! Serialised form (one record per file, `LEN\n` then LEN bytes): tokens each
//! followed by a space: `N<Name>` a node (its fields in asdl order, then its 4
//! location ints if the type has attributes), `L<n>` a list of n items, `_`
//! None, `I<int>`, `S<len>:<utf-8>` a str field, `C<kind>...` a constant
//! (`Cn` `Ct` `Cf` `Ce`, `Ci<hex>`, `Cd<f64 bits hex>`, `Cj<bits>,<bits>`,
//! `Cs<len>:<utf-8 surrogatepass>`, `Cb<len>:<bytes>`). A record is
//! `S:path`, the tree, then `S:OK:<dump>` or `S:ERR:<Type: msg>`.

#[allow(dead_code)]
mod read_nodes;

use num_bigint::BigInt;
use std::io::{BufRead, BufReader, Read};
use std::process::{Command, Stdio};
use syntax::ast::{ConstantValue, Location, PyInt, PyStr, dump};

pub struct Reader<'a> {
    buf: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let b = *self.buf.get(self.pos).ok_or("unexpected end")?;
        self.pos += 1;
        Ok(b)
    }

    /// The text up to the next space (consumed).
    fn word(&mut self) -> Result<&str, String> {
        let rest = self.buf.get(self.pos..).ok_or("end")?;
        let n = rest.iter().position(|&b| b == b' ').ok_or("no space")?;
        self.pos += n + 1;
        std::str::from_utf8(&rest[..n]).map_err(|e| e.to_string())
    }

    fn sized(&mut self) -> Result<&[u8], String> {
        let rest = self.buf.get(self.pos..).ok_or("end")?;
        let colon = rest.iter().position(|&b| b == b':').ok_or("no colon")?;
        let len: usize = std::str::from_utf8(&rest[..colon])
            .ok()
            .and_then(|s| s.parse().ok())
            .ok_or("bad length")?;
        let start = self.pos + colon + 1;
        let data = self.buf.get(start..start + len).ok_or("short data")?;
        self.pos = start + len + 1; // and the space
        Ok(data)
    }

    pub fn node_name(&mut self) -> Result<String, String> {
        match self.byte()? {
            b'N' => Ok(self.word()?.to_owned()),
            b => Err(format!("expected node, got {:?}", b as char)),
        }
    }

    pub fn expect_node(&mut self, name: &str) -> Result<(), String> {
        let got = self.node_name()?;
        if got == name {
            Ok(())
        } else {
            Err(format!("expected {name}, got {got}"))
        }
    }

    pub fn is_none(&mut self) -> bool {
        if self.buf.get(self.pos) == Some(&b'_') {
            self.pos += 2;
            true
        } else {
            false
        }
    }

    pub fn list_len(&mut self) -> Result<usize, String> {
        match self.byte()? {
            b'L' => self.word()?.parse().map_err(|e| format!("{e}")),
            b => Err(format!("expected list, got {:?}", b as char)),
        }
    }

    pub fn int(&mut self) -> Result<i32, String> {
        match self.byte()? {
            b'I' => self.word()?.parse().map_err(|e| format!("{e}")),
            b => Err(format!("expected int, got {:?}", b as char)),
        }
    }

    pub fn string(&mut self) -> Result<Box<str>, String> {
        match self.byte()? {
            b'S' => Ok(String::from_utf8(self.sized()?.to_vec())
                .map_err(|e| e.to_string())?
                .into_boxed_str()),
            b => Err(format!("expected str, got {:?}", b as char)),
        }
    }

    pub fn loc(&mut self) -> Result<Location, String> {
        Ok(Location::new(
            self.int()?,
            self.int()?,
            self.int()?,
            self.int()?,
        ))
    }

    fn float_bits(s: &str) -> Result<f64, String> {
        u64::from_str_radix(s, 16)
            .map(f64::from_bits)
            .map_err(|e| e.to_string())
    }

    pub fn constant(&mut self) -> Result<ConstantValue, String> {
        if self.byte()? != b'C' {
            return Err("expected constant".into());
        }
        Ok(match self.byte()? {
            b'n' => {
                self.pos += 1;
                ConstantValue::None
            }
            b't' => {
                self.pos += 1;
                ConstantValue::Bool(true)
            }
            b'f' => {
                self.pos += 1;
                ConstantValue::Bool(false)
            }
            b'e' => {
                self.pos += 1;
                ConstantValue::Ellipsis
            }
            b'i' => {
                let w = self.word()?;
                let (neg, digits) = match w.strip_prefix('-') {
                    Some(d) => (true, d),
                    None => (false, w),
                };
                let v = BigInt::parse_bytes(digits.trim_start_matches("0x").as_bytes(), 16)
                    .ok_or("bad int")?;
                ConstantValue::Int(PyInt::from_bigint(if neg { -v } else { v }))
            }
            b'd' => ConstantValue::Float(Self::float_bits(self.word()?)?),
            b'j' => {
                let w = self.word()?.to_owned();
                let (re, im) = w.split_once(',').ok_or("bad complex")?;
                ConstantValue::Complex {
                    real: Self::float_bits(re)?,
                    imag: Self::float_bits(im)?,
                }
            }
            b's' => {
                // Surrogatepass UTF-8: each surrogate is its own 3-byte sequence,
                // which is exactly PyStr's encoding.
                let data = self.sized()?.to_vec();
                let mut b = syntax::ast::PyStrBuf::new();
                let text = String::from_utf8_lossy(&data);
                if std::str::from_utf8(&data).is_ok() {
                    b.push_str(&text);
                } else {
                    decode_generalised(&data, &mut b)?;
                }
                ConstantValue::Str(PyStr::from(b))
            }
            b'b' => ConstantValue::Bytes(self.sized()?.to_vec().into_boxed_slice()),
            k => return Err(format!("bad constant kind {:?}", k as char)),
        })
    }
}

fn decode_generalised(data: &[u8], b: &mut syntax::ast::PyStrBuf) -> Result<(), String> {
    let mut i = 0;
    while i < data.len() {
        let b0 = data[i];
        let (len, init) = match b0 {
            0x00..=0x7F => (1, b0 as u32),
            0xC0..=0xDF => (2, (b0 & 0x1F) as u32),
            0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
            _ => (4, (b0 & 0x07) as u32),
        };
        let tail = data.get(i + 1..i + len).ok_or("truncated")?;
        let cp = tail
            .iter()
            .fold(init, |acc, &c| (acc << 6) | (c & 0x3F) as u32);
        b.push_code_point(cp).map_err(|e| format!("{e:?}"))?;
        i += len;
    }
    Ok(())
}

const SERIALISER: &str = r#"
import ast, os, struct, sys

def ser(v, out, ftype=None):
    if ftype is object:
        return const(v, out)
    if v is None:
        out.append(b"_ ")
    elif isinstance(v, ast.AST):
        cls = type(v)
        out.append(b"N" + cls.__name__.encode() + b" ")
        for f in cls._fields:
            ser(getattr(v, f), out, cls._field_types.get(f))
        for a in cls._attributes:
            ser(getattr(v, a), out)
    elif isinstance(v, list):
        out.append(b"L%d " % len(v))
        for x in v:
            ser(x, out)
    elif isinstance(v, bool):
        raise TypeError("bool field")
    elif isinstance(v, int):
        out.append(b"I%d " % v)
    elif isinstance(v, str):
        b = v.encode("utf-8")
        out.append(b"S%d:" % len(b) + b + b" ")
    else:
        raise TypeError(type(v))

def bits(f):
    return b"%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]

def const(v, out):
    if v is None: out.append(b"Cn ")
    elif v is True: out.append(b"Ct ")
    elif v is False: out.append(b"Cf ")
    elif v is ...: out.append(b"Ce ")
    elif isinstance(v, int): out.append(b"Ci" + hex(v).encode() + b" ")
    elif isinstance(v, float): out.append(b"Cd" + bits(v) + b" ")
    elif isinstance(v, complex): out.append(b"Cj" + bits(v.real) + b"," + bits(v.imag) + b" ")
    elif isinstance(v, str):
        b = v.encode("utf-8", "surrogatepass")
        out.append(b"Cs%d:" % len(b) + b + b" ")
    elif isinstance(v, bytes): out.append(b"Cb%d:" % len(v) + v + b" ")
    else: raise TypeError(type(v))

def sstr(s):
    b = s.encode("utf-8", "surrogatepass")
    return b"S%d:" % len(b) + b + b" "

files = []
for d, dirs, fs in os.walk(sys.argv[1]):
    dirs.sort()
    files.extend(os.path.join(d, f) for f in sorted(fs) if f.endswith(".py"))
w = sys.stdout.buffer
for path in files:
    try:
        tree = ast.parse(open(path, "rb").read(), path)
    except Exception:
        continue
    try:
        expected = "OK:" + ast.dump(tree, include_attributes=True)
    except Exception as e:
        expected = "ERR:" + type(e).__name__ + ": " + str(e)
    sys.setrecursionlimit(100000)
    out = [sstr(path)]
    try:
        ser(tree, out)
    except RecursionError:
        sys.setrecursionlimit(1000)
        continue
    sys.setrecursionlimit(1000)
    out.append(sstr(expected))
    rec = b"".join(out)
    w.write(b"%d\n" % len(rec))
    w.write(rec)
w.flush()
"#;

fn check_record(rec: &[u8]) -> Result<Option<String>, String> {
    let mut r = Reader { buf: rec, pos: 0 };
    let path = r.string()?;
    let tree = read_nodes::read_mod(&mut r)?;
    let expected = r.string()?;
    let got = match dump(&tree, true) {
        Ok(s) => format!("OK:{s}"),
        Err(e) => format!("ERR:{e}"),
    };
    if *expected == got {
        return Ok(None);
    }
    let pos = expected
        .bytes()
        .zip(got.bytes())
        .take_while(|(a, b)| a == b)
        .count();
    let ctx = |s: &str| {
        s.get(pos.saturating_sub(80)..(pos + 120).min(s.len()))
            .unwrap_or("")
            .to_owned()
    };
    Ok(Some(format!(
        "{path}: differs at byte {pos}\n  expected: {}\n  got:      {}",
        ctx(&expected),
        ctx(&got)
    )))
}

fn run() {
    let python = std::env::var("OXPY_REF_PYTHON")
        .unwrap_or_else(|_| "/opt/cpython-3.14/bin/python3.14".into());
    let dir = std::env::var("OXPY_DUMP_LIB_DIR")
        .unwrap_or_else(|_| "/opt/cpython-3.14/root/usr/lib/python3.14".into());
    let child = Command::new(&python)
        .args(["-c", SERIALISER, &dir])
        .stdout(Stdio::piped())
        .spawn();
    let Ok(mut child) = child else {
        println!("skipped: cannot run {python}");
        return;
    };
    let mut out = BufReader::new(child.stdout.take().expect("piped stdout"));
    let (mut n, mut bad) = (0usize, Vec::new());
    let mut line = String::new();
    loop {
        line.clear();
        if out.read_line(&mut line).expect("read") == 0 {
            break;
        }
        let len: usize = line.trim().parse().expect("record length");
        let mut rec = vec![0u8; len];
        out.read_exact(&mut rec).expect("record");
        n += 1;
        match check_record(&rec) {
            Ok(None) => {}
            Ok(Some(d)) => bad.push(d),
            Err(e) => bad.push(format!("record {n}: {e}")),
        }
    }
    let _ = child.wait();
    println!("ast.dump over {dir}: {n} files, {} differ", bad.len());
    assert!(
        bad.is_empty(),
        "{}",
        bad.iter().take(10).cloned().collect::<Vec<_>>().join("\n")
    );
}

#[test]
#[ignore = "needs CPython 3.14; run by hand"]
fn dump_matches_cpython_over_lib() {
    let h = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(run)
        .expect("spawn");
    if let Err(p) = h.join() {
        std::panic::resume_unwind(p);
    }
}
