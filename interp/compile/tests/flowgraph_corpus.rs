//! The flowgraph optimiser and assembler on CPython's own codegen output:
//! each unit of tests/compile/flowgraph/**/*.fg (recorded by
//! scripts/record_flowgraph.py) goes through `optimize_and_assemble`, and the
//! code core must dump exactly as the code object CPython 3.14 made of it.
//!
//! `FG_DIR=DIR` reads the .fg files of DIR instead (scripts/record_flowgraph.py
//! --out writes them for any tree, all of Lib say); `FG_FILTER=substring` runs
//! only the matching files; `FG_VERBOSE=1` prints
//! every mismatching unit's first differing lines.

use compile::code::{CodeCore, Constant, dump};
use compile::instr::{Instr, InstrSequence, SourceLocation, UnitMetadata};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use syntax::ast::{PyInt, PyStr};

fn corpus_dir() -> PathBuf {
    match std::env::var("FG_DIR") {
        Ok(d) => PathBuf::from(d),
        Err(_) => Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/compile/flowgraph"),
    }
}

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            files(&p, out);
        } else if p.extension().is_some_and(|e| e == "fg") {
            out.push(p);
        }
    }
}

struct Parser<'a> {
    s: &'a [u8],
    pos: usize,
}

impl Parser<'_> {
    fn hex_until(&mut self, stop: &[u8]) -> &[u8] {
        let start = self.pos;
        while self.pos < self.s.len() && !stop.contains(&self.s[self.pos]) {
            self.pos += 1;
        }
        &self.s[start..self.pos]
    }

    fn constant(&mut self, codes: &HashMap<usize, Arc<CodeCore>>) -> Constant {
        let tag = self.s[self.pos];
        self.pos += 1;
        let stops: &[u8] = b" )";
        match tag {
            b'N' => Constant::None,
            b'E' => Constant::Ellipsis,
            b'T' => Constant::Bool(true),
            b'F' => Constant::Bool(false),
            b'i' => {
                let text = std::str::from_utf8(self.hex_until(stops)).unwrap();
                let v: num_bigint::BigInt = text.parse().unwrap();
                Constant::Int(PyInt::from_bigint(v))
            }
            b'f' => Constant::Float(f64::from_bits(
                u64::from_str_radix(std::str::from_utf8(self.hex_until(stops)).unwrap(), 16)
                    .unwrap(),
            )),
            b'c' => {
                let text = std::str::from_utf8(self.hex_until(stops))
                    .unwrap()
                    .to_string();
                let (r, i) = text.split_once(',').unwrap();
                Constant::Complex {
                    real: f64::from_bits(u64::from_str_radix(r, 16).unwrap()),
                    imag: f64::from_bits(u64::from_str_radix(i, 16).unwrap()),
                }
            }
            b's' | b'b' => {
                let h = self.hex_until(stops).to_vec();
                let bytes: Vec<u8> = h
                    .chunks(2)
                    .map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap(), 16).unwrap())
                    .collect();
                if tag == b'b' {
                    Constant::Bytes(bytes.into_boxed_slice())
                } else {
                    let mut buf = syntax::ast::PyStrBuf::new();
                    let text = decode_generalized_utf8(&bytes);
                    for cp in text {
                        buf.push_code_point(cp).unwrap();
                    }
                    Constant::Str(PyStr::from(buf))
                }
            }
            b'k' => {
                let n: usize = std::str::from_utf8(self.hex_until(stops))
                    .unwrap()
                    .parse()
                    .unwrap();
                Constant::Code(codes[&n].clone())
            }
            b't' | b'z' | b'l' => {
                assert_eq!(self.s[self.pos], b'(');
                self.pos += 1;
                let mut items = Vec::new();
                while self.s[self.pos] != b')' {
                    if self.s[self.pos] == b' ' {
                        self.pos += 1;
                        continue;
                    }
                    items.push(self.constant(codes));
                }
                self.pos += 1;
                match tag {
                    b't' => Constant::Tuple(items.into_boxed_slice()),
                    b'z' => Constant::FrozenSet(items.into_boxed_slice()),
                    _ => {
                        let [a, b, c]: [Constant; 3] = items.try_into().unwrap();
                        Constant::Slice(Box::new([a, b, c]))
                    }
                }
            }
            _ => panic!("bad constant tag {}", tag as char),
        }
    }
}

fn decode_generalized_utf8(b: &[u8]) -> Vec<u32> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let b0 = b[i];
        let (len, init) = match b0 {
            0x00..=0x7F => (1, b0 as u32),
            0xC0..=0xDF => (2, (b0 & 0x1F) as u32),
            0xE0..=0xEF => (3, (b0 & 0x0F) as u32),
            _ => (4, (b0 & 0x07) as u32),
        };
        let cp = b[i + 1..i + len]
            .iter()
            .fold(init, |acc, &x| (acc << 6) | (x & 0x3F) as u32);
        out.push(cp);
        i += len;
    }
    out
}

struct Unit {
    index: usize,
    skip: Option<(String, i32)>,
    meta: Option<UnitMetadata>,
    flags: u32,
    consts_text: Vec<String>,
    instrs: Vec<Instr>,
    expect: Vec<String>,
}

fn words(line: &str, key: &str) -> Vec<Box<str>> {
    let rest = line
        .strip_prefix(key)
        .unwrap_or_else(|| panic!("expected {key}: {line}"));
    rest.split_whitespace()
        .map(|w| {
            let h = w.strip_prefix('x').unwrap().as_bytes();
            let bytes: Vec<u8> = h
                .chunks(2)
                .map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap(), 16).unwrap())
                .collect();
            Box::from(String::from_utf8(bytes).unwrap())
        })
        .collect()
}

fn parse_units(text: &str) -> Vec<Unit> {
    let mut lines = text.lines();
    let mut units = Vec::new();
    while let Some(head) = lines.next() {
        let parts: Vec<&str> = head.split(' ').collect();
        let index: usize = parts[1].parse().unwrap();
        if parts[2] == "skip" {
            let name = lines
                .next()
                .unwrap()
                .strip_prefix("name ")
                .unwrap()
                .to_string();
            lines.next();
            units.push(Unit {
                index,
                skip: Some((name, parts[3].parse().unwrap())),
                meta: None,
                flags: 0,
                consts_text: vec![],
                instrs: vec![],
                expect: vec![],
            });
            continue;
        }
        let name = lines.next().unwrap().strip_prefix("name ").unwrap();
        let qualname = lines.next().unwrap().strip_prefix("qualname ").unwrap();
        let m: Vec<&str> = lines.next().unwrap().split(' ').collect();
        let mut meta = UnitMetadata {
            name: name.into(),
            qualname: qualname.into(),
            firstlineno: m[1].parse().unwrap(),
            argcount: m[2].parse().unwrap(),
            posonlyargcount: m[3].parse().unwrap(),
            kwonlyargcount: m[4].parse().unwrap(),
            ..Default::default()
        };
        let flags = u32::from_str_radix(m[5].trim_start_matches("0x"), 16).unwrap();
        meta.names = words(lines.next().unwrap(), "names");
        meta.varnames = words(lines.next().unwrap(), "varnames");
        meta.cellvars = words(lines.next().unwrap(), "cellvars");
        meta.freevars = words(lines.next().unwrap(), "freevars");
        meta.fasthidden = words(lines.next().unwrap(), "hidden")
            .into_iter()
            .map(|n| (n, true))
            .collect();
        let nconsts: usize = lines
            .next()
            .unwrap()
            .strip_prefix("consts ")
            .unwrap()
            .parse()
            .unwrap();
        let consts_text = (0..nconsts)
            .map(|_| lines.next().unwrap().to_string())
            .collect();
        let ninstrs: usize = lines
            .next()
            .unwrap()
            .strip_prefix("instrs ")
            .unwrap()
            .parse()
            .unwrap();
        let instrs = (0..ninstrs)
            .map(|_| {
                let v: Vec<i32> = lines
                    .next()
                    .unwrap()
                    .split(' ')
                    .map(|x| x.parse().unwrap())
                    .collect();
                Instr {
                    opcode: v[0] as u16,
                    oparg: v[1],
                    loc: SourceLocation::new(v[2], v[3], v[4], v[5]),
                    except_handler: Default::default(),
                }
            })
            .collect();
        assert_eq!(lines.next(), Some("expect"));
        let mut expect = Vec::new();
        for l in lines.by_ref() {
            if l == "end" {
                break;
            }
            expect.push(l.to_string());
        }
        units.push(Unit {
            index,
            skip: None,
            meta: Some(meta),
            flags,
            consts_text,
            instrs,
            expect,
        });
    }
    units
}

fn placeholder(name: &str, firstlineno: i32) -> Arc<CodeCore> {
    Arc::new(CodeCore {
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        stacksize: 0,
        flags: 0,
        firstlineno,
        code: Box::new([]),
        consts: Box::new([]),
        names: Box::new([]),
        localsplusnames: Box::new([]),
        localspluskinds: Box::new([]),
        filename: Arc::from(""),
        name: name.into(),
        qualname: name.into(),
        linetable: Box::new([]),
        exceptiontable: Box::new([]),
    })
}

#[test]
fn flowgraph_corpus() {
    let filter = std::env::var("FG_FILTER").ok();
    let verbose = std::env::var("FG_VERBOSE").is_ok();
    let mut paths = Vec::new();
    files(&corpus_dir(), &mut paths);
    assert!(!paths.is_empty(), "no .fg files under {:?}", corpus_dir());
    let filename: Arc<str> = Arc::from("x.py");
    let (mut ok, mut bad, mut skipped) = (0, 0, 0);
    let mut failures = Vec::new();
    for path in &paths {
        let name = path
            .strip_prefix(corpus_dir())
            .unwrap()
            .display()
            .to_string();
        if filter.as_ref().is_some_and(|f| !name.contains(f.as_str())) {
            continue;
        }
        let text = std::fs::read_to_string(path).unwrap();
        let units = parse_units(&text);
        let mut codes: HashMap<usize, Arc<CodeCore>> = HashMap::new();
        for u in units.iter().rev() {
            if let Some((n, line)) = &u.skip {
                skipped += 1;
                codes.insert(u.index, placeholder(n, *line));
                continue;
            }
            let mut meta = u.meta.clone().unwrap();
            meta.consts = u
                .consts_text
                .iter()
                .map(|t| {
                    Parser {
                        s: t.as_bytes(),
                        pos: 0,
                    }
                    .constant(&codes)
                })
                .collect();
            let n = u.instrs.len();
            let seq = InstrSequence {
                instrs: u.instrs.clone(),
                label_map: (0..n as i32).collect(),
                ..Default::default()
            };
            let got = compile::optimize_and_assemble(seq, meta.clone(), u.flags, &filename);
            let got = match got {
                Ok(code) => Arc::new(code),
                Err(e) => {
                    bad += 1;
                    failures.push(format!("{name} unit {}: error {e}", u.index));
                    codes.insert(u.index, placeholder(&meta.name, meta.firstlineno));
                    continue;
                }
            };
            let lines = dump::unit_lines(&got, &dump::shallow_ref);
            if lines == u.expect {
                ok += 1;
            } else {
                bad += 1;
                let mut msg = format!("{name} unit {} ({})", u.index, meta.qualname);
                if verbose {
                    let first = lines
                        .iter()
                        .zip(u.expect.iter())
                        .position(|(a, b)| a != b)
                        .unwrap_or(lines.len().min(u.expect.len()));
                    let lo = first.saturating_sub(3);
                    msg.push_str(&format!("\n  first difference at line {first}:"));
                    for k in lo..(first + 6) {
                        msg.push_str(&format!(
                            "\n    got {:60} want {}",
                            lines.get(k).map_or("", |s| s),
                            u.expect.get(k).map_or("", |s| s)
                        ));
                    }
                }
                failures.push(msg);
            }
            codes.insert(u.index, got);
        }
    }
    println!("flowgraph corpus: {ok} identical, {bad} different, {skipped} skipped");
    for f in &failures {
        println!("{f}");
    }
    assert!(failures.is_empty(), "{} units differ", failures.len());
}

/// Mutated sequences (opcodes, opargs and jump targets changed at random)
/// must make `optimize_and_assemble` return, never panic: codegen's output
/// is its input, but a codegen bug must surface as an error.
#[test]
fn mutated_sequences_never_panic() {
    let mut paths = Vec::new();
    files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/compile/flowgraph"),
        &mut paths,
    );
    let filename: Arc<str> = Arc::from("x.py");
    // xorshift64*, fixed seed: the same mutations every run.
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut next = move |n: u64| {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        state.wrapping_mul(0x2545_F491_4F6C_DD1D) % n.max(1)
    };
    let mut runs = 0;
    let mut panics = Vec::new();
    for path in &paths {
        let units = parse_units(&std::fs::read_to_string(path).unwrap());
        let mut codes: HashMap<usize, Arc<CodeCore>> = HashMap::new();
        for u in units.iter().rev() {
            let (name, line) = match &u.skip {
                Some((n, l)) => (n.clone(), *l),
                None => (u.meta.as_ref().unwrap().name.to_string(), 0),
            };
            codes.insert(u.index, placeholder(&name, line));
        }
        for u in units.iter().filter(|u| u.skip.is_none()) {
            let mut meta = u.meta.clone().unwrap();
            meta.consts = u
                .consts_text
                .iter()
                .map(|t| {
                    Parser {
                        s: t.as_bytes(),
                        pos: 0,
                    }
                    .constant(&codes)
                })
                .collect();
            for round in 0..8 {
                let mut instrs = u.instrs.clone();
                let n = instrs.len() as u64;
                for _ in 0..1 + round {
                    let k = next(n) as usize;
                    match next(3) {
                        0 => instrs[k].opcode = next(267) as u16,
                        1 => instrs[k].oparg = next(300) as i32 - 2,
                        _ => instrs[k].oparg = next(n + 2) as i32,
                    }
                }
                let seq = InstrSequence {
                    label_map: (0..instrs.len() as i32).collect(),
                    instrs,
                    ..Default::default()
                };
                let meta = meta.clone();
                let flags = u.flags;
                let fname = filename.clone();
                runs += 1;
                let r = std::panic::catch_unwind(move || {
                    let _ = compile::optimize_and_assemble(seq, meta, flags, &fname);
                });
                if r.is_err() {
                    panics.push(format!("{} unit {} round {round}", path.display(), u.index));
                }
            }
        }
    }
    assert!(runs > 1000, "only {runs} runs");
    assert!(
        panics.is_empty(),
        "{} of {runs} mutated units panicked:\n{}",
        panics.len(),
        panics.join("\n")
    );
}
