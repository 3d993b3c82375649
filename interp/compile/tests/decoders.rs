//! The table decoders the VM uses (`co_lines`, `co_positions`,
//! `addr2line`, the exception table) against CPython 3.14's decoding of the
//! same tables, recorded by scripts/record_decoders.py in
//! tests/compile/decoders.txt.

use compile::code::{CodeCore, LineRange, Position};
use std::sync::Arc;

fn hex(s: &str) -> Box<[u8]> {
    if s == "-" {
        return Box::new([]);
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&s[i..i + 2], 16).unwrap())
        .collect()
}

fn opt(s: &str) -> Option<i32> {
    if s == "-" {
        None
    } else {
        Some(s.parse().unwrap())
    }
}

struct Case {
    code: CodeCore,
    lines: Vec<LineRange>,
    positions: Vec<Position>,
    exc: Vec<(u32, u32, u32, u32, bool)>,
}

fn cases() -> Vec<Case> {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../tests/compile/decoders.txt"
    );
    let text = std::fs::read_to_string(path).unwrap();
    let mut out: Vec<Case> = Vec::new();
    for line in text.lines().filter(|l| !l.starts_with('#')) {
        let f: Vec<&str> = line.split(' ').collect();
        match f[0] {
            "code" => {
                let n: usize = f[2].parse().unwrap();
                out.push(Case {
                    code: CodeCore {
                        argcount: 0,
                        posonlyargcount: 0,
                        kwonlyargcount: 0,
                        stacksize: 1,
                        flags: 0,
                        firstlineno: f[1].parse().unwrap(),
                        code: vec![0u16; n].into_boxed_slice(),
                        consts: Box::new([]),
                        names: Box::new([]),
                        localsplusnames: Box::new([]),
                        localspluskinds: Box::new([]),
                        filename: Arc::from("x.py"),
                        name: "x".into(),
                        qualname: "x".into(),
                        linetable: hex(f[3]),
                        exceptiontable: hex(f[4]),
                    },
                    lines: vec![],
                    positions: vec![],
                    exc: vec![],
                });
            }
            "lines" => out.last_mut().unwrap().lines.push(LineRange {
                start: f[1].parse().unwrap(),
                end: f[2].parse().unwrap(),
                line: opt(f[3]),
            }),
            "pos" => out.last_mut().unwrap().positions.push(Position {
                lineno: opt(f[1]),
                end_lineno: opt(f[2]),
                col_offset: opt(f[3]),
                end_col_offset: opt(f[4]),
            }),
            "exc" => out.last_mut().unwrap().exc.push((
                f[1].parse().unwrap(),
                f[2].parse().unwrap(),
                f[3].parse().unwrap(),
                f[4].parse().unwrap(),
                f[5] == "1",
            )),
            _ => panic!("bad line {line}"),
        }
    }
    assert!(out.len() > 100, "only {} code objects", out.len());
    out
}

#[test]
fn co_lines_and_positions_match_cpython() {
    for (i, c) in cases().iter().enumerate() {
        assert_eq!(c.code.co_lines(), c.lines, "co_lines of code #{i}");
        assert_eq!(
            c.code.co_positions(),
            c.positions,
            "co_positions of code #{i}"
        );
    }
}

#[test]
fn addr2line_is_the_line_of_the_covering_range() {
    for c in cases() {
        assert_eq!(c.code.addr2line(-1), c.code.firstlineno);
        for r in &c.lines {
            for addr in (r.start..r.end).step_by(2) {
                assert_eq!(c.code.addr2line(addr as i32), r.line.unwrap_or(-1));
            }
        }
        let past = c.code.code.len() as i32 * 2;
        assert_eq!(c.code.addr2line(past), -1);
    }
}

#[test]
fn exception_table_matches_dis() {
    let mut handlers = 0;
    for c in cases() {
        // dis._parse_exception_table gives byte offsets.
        let got: Vec<_> = c
            .code
            .exception_entries()
            .iter()
            .map(|e| (e.start * 2, e.end * 2, e.target * 2, e.depth, e.lasti))
            .collect();
        assert_eq!(got, c.exc);
        for unit in 0..c.code.code.len() as u32 {
            let want = c
                .exc
                .iter()
                .find(|e| e.0 <= unit * 2 && unit * 2 < e.1)
                .map(|e| (e.2 / 2, e.3, e.4));
            let got = c
                .code
                .exception_handler(unit)
                .map(|e| (e.target, e.depth, e.lasti));
            assert_eq!(got, want, "handler of unit {unit}");
            handlers += want.is_some() as usize;
        }
    }
    assert!(handlers > 100);
}
