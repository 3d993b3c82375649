//! Shared by the tokenizer tests: reads the records gen/record_tokens.py
//! writes and compares oxpy's tokenizer with them.
#![allow(dead_code)]

use super::recorded::{bytes as unhex, text as unhex_str};
use syntax::syntax_error::SyntaxError;
use syntax::tokenizer::{Token, TokenKind, Tokenizer};

#[derive(Debug, Clone, PartialEq)]
pub struct Err4 {
    pub class: String,
    pub lineno: Option<i64>,
    pub offset: Option<i64>,
    pub end_lineno: Option<i64>,
    pub end_offset: Option<i64>,
    pub msg: String,
}

#[derive(Debug, Clone, PartialEq)]
pub struct TokLine {
    pub kind: u8,
    pub lineno: i64,
    pub col: i64,
    pub end_lineno: i64,
    pub end_col: i64,
    pub text: String,
}

#[derive(Debug, Default)]
pub struct Record {
    pub name: String,
    pub src: Vec<u8>,
    pub tokens: Option<Vec<TokLine>>,
    pub tok_err: Option<Err4>,
    pub warnings: Vec<(i64, String)>,
    /// None: ast.parse succeeded.
    pub parse: Option<Err4>,
}

fn num(s: &str) -> Option<i64> {
    if s == "N" {
        None
    } else {
        Some(s.parse().unwrap())
    }
}

fn err4(f: &[&str]) -> Err4 {
    Err4 {
        class: f[1].to_string(),
        lineno: num(f[2]),
        offset: num(f[3]),
        end_lineno: num(f[4]),
        end_offset: num(f[5]),
        msg: unhex_str(f[6]),
    }
}

pub fn parse_records(text: &str) -> Vec<Record> {
    let mut out: Vec<Record> = Vec::new();
    let mut name = String::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split(' ').collect();
        match f[0] {
            "@@@" => name = line[4..].to_string(),
            "===" => out.push(Record {
                name: name.clone(),
                src: unhex(f[1]),
                tokens: Some(Vec::new()),
                ..Default::default()
            }),
            "T" => {
                let r = out.last_mut().unwrap();
                r.tokens.as_mut().unwrap().push(TokLine {
                    kind: f[1].parse().unwrap(),
                    lineno: f[2].parse().unwrap(),
                    col: f[3].parse().unwrap(),
                    end_lineno: f[4].parse().unwrap(),
                    end_col: f[5].parse().unwrap(),
                    text: unhex_str(f[6]),
                })
            }
            "X" => out.last_mut().unwrap().tokens = None,
            "E" => out.last_mut().unwrap().tok_err = Some(err4(&f)),
            "W" => out
                .last_mut()
                .unwrap()
                .warnings
                .push((f[1].parse().unwrap(), unhex_str(f[2]))),
            "P" => {
                out.last_mut().unwrap().parse = if f[1] == "ok" { None } else { Some(err4(&f)) };
            }
            _ => {}
        }
    }
    out
}

fn as_err4(e: &SyntaxError) -> Err4 {
    Err4 {
        class: e.kind.name().to_string(),
        lineno: e.lineno,
        offset: e.offset,
        end_lineno: e.end_lineno,
        end_offset: e.end_offset,
        msg: e.msg.clone(),
    }
}

/// Messages of ERRORTOKENs the parser converts (not raised by the tokenizer).
fn is_done_error(msg: &str) -> bool {
    msg == "unindent does not match any outer indentation level"
        || msg == "inconsistent use of tabs and spaces in indentation"
        || msg == "too many levels of indentation"
        || msg == "unexpected character after line continuation character"
        || msg == "unexpected EOF while parsing"
        || msg.ends_with("' was never closed")
}

/// Character column of byte offset `pos` relative to the start of line
/// `lineno`, as _tokenize.TokenizerIter computes it (-1 before the line).
fn char_col(src: &str, line_starts: &[usize], lineno: u32, pos: usize) -> i64 {
    let Some(&ls) = line_starts.get((lineno as usize).wrapping_sub(1)) else {
        return -1;
    };
    if pos < ls {
        return -1;
    }
    let seg = &src.as_bytes()[ls..pos.min(src.len())];
    seg.iter().filter(|&&b| (b & 0xC0) != 0x80).count() as i64
}

fn tok_line(tk: &Tokenizer, line_starts: &[usize], t: &Token) -> TokLine {
    let src = tk.source();
    let nopos = t.col_offset == -1;
    TokLine {
        kind: t.kind as u8,
        lineno: t.lineno as i64,
        col: if nopos {
            -1
        } else {
            char_col(src, line_starts, t.lineno, t.start as usize)
        },
        end_lineno: t.end_lineno as i64,
        end_col: if nopos {
            -1
        } else {
            char_col(src, line_starts, t.end_lineno, t.end as usize)
        },
        text: tk.text(t).to_string(),
    }
}

/// Runs the tokenizer over a record's source; Err describes the first
/// difference from CPython.
pub fn check(rec: &Record) -> Result<(), String> {
    let mut tk = match Tokenizer::new(&rec.src) {
        Ok(tk) => tk,
        Err(e) => {
            let mine = as_err4(&e);
            return if rec.parse.as_ref() == Some(&mine) {
                Ok(())
            } else {
                Err(format!(
                    "decoding error {mine:?}, CPython's ast.parse: {:?}",
                    rec.parse
                ))
            };
        }
    };
    let mut line_starts = vec![0usize];
    for (i, b) in tk.source().bytes().enumerate() {
        if b == b'\n' {
            line_starts.push(i + 1);
        }
    }
    let mut got: Vec<TokLine> = Vec::new();
    let mut error: Option<SyntaxError> = None;
    for _ in 0..10_000_000 {
        match tk.next_token() {
            Ok(t) => {
                got.push(tok_line(&tk, &line_starts, &t));
                if t.kind == TokenKind::EndMarker {
                    break;
                }
            }
            Err(e) => {
                error = Some(e);
                break;
            }
        }
    }
    if let Some(expected) = &rec.tokens {
        // TokenizerIter yields nothing at all for an empty source; the
        // parser sees a lone ENDMARKER.
        if expected.is_empty() && rec.tok_err.is_none() && got.len() == 1 && got[0].kind == 0 {
            got.clear();
        }
        // TokenizerIter splits `<>` into LESS GREATER; the parser gets one
        // NOTEQUAL (hence "Maybe you meant '!=' instead of '<>'?").
        let mut i = 0;
        while i + 1 < got.len() {
            if got[i].kind == TokenKind::NotEqual as u8 && got[i].text == "<>" {
                let g = got[i].clone();
                got[i] = TokLine {
                    kind: TokenKind::Less as u8,
                    end_col: g.col + 1,
                    text: "<".into(),
                    ..g.clone()
                };
                got.insert(
                    i + 1,
                    TokLine {
                        kind: TokenKind::Greater as u8,
                        col: g.col + 1,
                        text: ">".into(),
                        ..g
                    },
                );
            }
            i += 1;
        }
        for (i, want) in expected.iter().enumerate() {
            match got.get(i) {
                Some(g) if g == want => {}
                other => return Err(format!("token {i}: got {other:?}, CPython {want:?}")),
            }
        }
        if got.len() > expected.len() {
            return Err(format!(
                "extra token {:?} (CPython stopped: {:?})",
                got[expected.len()],
                rec.tok_err
            ));
        }
        let warns: Vec<(i64, String)> = tk
            .take_warnings()
            .into_iter()
            .map(|w| (w.lineno as i64, w.msg))
            .collect();
        if warns != rec.warnings {
            return Err(format!("warnings {warns:?}, CPython {:?}", rec.warnings));
        }
    }
    match (&error, &rec.tok_err) {
        (None, None) => {
            if let Some(p) = &rec.parse
                && rec.tokens.is_none()
            {
                // Nothing to compare the tokens with; a decoding error must match.
                if p.offset == Some(-1) || p.lineno.is_none() {
                    return Err(format!("no error, CPython's ast.parse: {p:?}"));
                }
            }
            Ok(())
        }
        (Some(e), want) => {
            let mine = as_err4(e);
            if let Some(p) = &rec.parse
                && p.msg == mine.msg
            {
                return if *p == mine {
                    Ok(())
                } else {
                    Err(format!("error {mine:?}, CPython's ast.parse {p:?}"))
                };
            }
            match want {
                Some(w) if w.msg == mine.msg => {
                    if is_done_error(&mine.msg) || *w == mine {
                        Ok(())
                    } else {
                        Err(format!("error {mine:?}, CPython's tokenizer {w:?}"))
                    }
                }
                Some(w)
                    if w.msg == "unexpected EOF in multi-line statement"
                        && is_done_error(&mine.msg) =>
                {
                    Ok(())
                }
                _ if rec.tokens.is_none() && is_done_error(&mine.msg) => Ok(()),
                _ => Err(format!(
                    "error {mine:?}, CPython's tokenizer {want:?}, ast.parse {:?}",
                    rec.parse
                )),
            }
        }
        (None, Some(w)) => Err(format!("no error, CPython's tokenizer: {w:?}")),
    }
}
