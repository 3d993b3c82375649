//! The assembler: an optimised instruction sequence becomes a [`CodeCore`]:
//! jump offsets, `EXTENDED_ARG` prefixes and inline caches in `co_code`,
//! the location table, the exception table and the localsplus layout.
//!
//! CPython: Python/assemble.c, Python/compile.c
//! `optimize_and_assemble_code_unit`.

use crate::code::{CodeCore, Constant, flags, kinds};
use crate::flowgraph;
use crate::instr::{CompileError, Instr, InstrSequence, SourceLocation, UnitMetadata};
use crate::opcode::{self, op};
use crate::opcode_metadata::{
    has_arg, has_jump, instr_size, is_backwards_jump, is_pseudo, is_terminator,
};
use std::collections::HashSet;
use std::sync::Arc;

/// The offset (in code units) of the `END_SEND` from the `SEND` in the
/// `yield from` sequence, which `END_ASYNC_FOR`'s oparg points back to.
const END_SEND_OFFSET: i32 = 5;

/// CPython's `NEXT_LOCATION`: "the location of the next instruction".
const NEXT_LOCATION: SourceLocation = SourceLocation::new(-2, -2, -2, -2);

/// Optimises and assembles one code unit whose nested units are already
/// compiled (they are `Constant::Code` in `meta.consts`).
///
/// `code_flags` are the unit's `co_flags` (CPython `compute_code_flags`).
///
/// CPython: Python/compile.c `optimize_and_assemble_code_unit`.
pub fn optimize_and_assemble(
    seq: InstrSequence,
    meta: UnitMetadata,
    code_flags: u32,
    filename: &Arc<str>,
) -> Result<CodeCore, CompileError> {
    let nparams = meta.posonlyargcount as usize
        + meta.argcount as usize
        + meta.kwonlyargcount as usize
        + (code_flags & flags::CO_VARARGS != 0) as usize
        + (code_flags & flags::CO_VARKEYWORDS != 0) as usize;
    let mut meta = meta;
    let consts = std::mem::take(&mut meta.consts);
    let opt = flowgraph::optimize_code_unit(&seq, &meta, consts, code_flags, nparams)?;
    make_code_object(
        &meta,
        opt.consts,
        opt.stackdepth,
        opt.seq,
        opt.nlocalsplus,
        code_flags,
        filename,
    )
}

/// `_PyAssemble_MakeCodeObject`.
fn make_code_object(
    umd: &UnitMetadata,
    consts: Vec<Constant>,
    maxdepth: i32,
    mut seq: InstrSequence,
    nlocalsplus: usize,
    code_flags: u32,
    filename: &Arc<str>,
) -> Result<CodeCore, CompileError> {
    apply_label_map(&mut seq)?;
    resolve_unconditional_jumps(&mut seq.instrs)?;
    let offsets = resolve_jump_offsets(&mut seq.instrs)?;
    let code = assemble_emit_code(&seq.instrs)?;
    let linetable = assemble_location_info(&mut seq.instrs, umd.firstlineno);
    let exceptiontable = assemble_exception_table(&seq.instrs, &offsets)?;
    let (localsplusnames, localspluskinds) = compute_localsplus_info(umd, nlocalsplus, code_flags)?;
    Ok(CodeCore {
        argcount: umd.posonlyargcount + umd.argcount,
        posonlyargcount: umd.posonlyargcount,
        kwonlyargcount: umd.kwonlyargcount,
        // A frame always has room for one item: CPython never makes a 0.
        stacksize: maxdepth.max(1) as u32,
        flags: code_flags,
        firstlineno: umd.firstlineno,
        code: code.into_boxed_slice(),
        consts: consts.into_boxed_slice(),
        names: umd.names.clone().into_boxed_slice(),
        localsplusnames,
        localspluskinds,
        filename: filename.clone(),
        name: umd.name.clone(),
        qualname: if umd.qualname.is_empty() {
            umd.name.clone()
        } else {
            umd.qualname.clone()
        },
        linetable: linetable.into_boxed_slice(),
        exceptiontable: exceptiontable.into_boxed_slice(),
    })
}

fn internal(msg: &str) -> CompileError {
    CompileError::SystemError(msg.into())
}

/// `_PyInstructionSequence_ApplyLabelMap`: jump opargs and handler labels
/// become instruction indices.
pub(crate) fn apply_label_map(seq: &mut InstrSequence) -> Result<(), CompileError> {
    let map = &seq.label_map;
    let resolve = |l: usize| -> Result<i32, CompileError> {
        map.get(l)
            .copied()
            .filter(|&t| t >= 0)
            .ok_or_else(|| internal("label not placed"))
    };
    for instr in seq.instrs.iter_mut() {
        if crate::opcode_metadata::has_target(instr.opcode) {
            let l = usize::try_from(instr.oparg).map_err(|_| internal("bad label"))?;
            instr.oparg = resolve(l)?;
        }
        if let Some(h) = instr.except_handler.label {
            instr.except_handler.label = Some(crate::instr::Label(resolve(h.0 as usize)? as u32));
        }
    }
    seq.label_map.clear();
    Ok(())
}

/// `resolve_unconditional_jumps`: `JUMP` and `JUMP_NO_INTERRUPT` take the
/// direction of their target.
fn resolve_unconditional_jumps(instrs: &mut [Instr]) -> Result<(), CompileError> {
    for (i, instr) in instrs.iter_mut().enumerate() {
        let is_forward = instr.oparg > i as i32;
        match instr.opcode {
            op::JUMP => {
                instr.opcode = if is_forward {
                    op::JUMP_FORWARD
                } else {
                    op::JUMP_BACKWARD
                };
            }
            op::JUMP_NO_INTERRUPT => {
                instr.opcode = if is_forward {
                    op::JUMP_FORWARD
                } else {
                    op::JUMP_BACKWARD_NO_INTERRUPT
                };
            }
            opc if has_jump(opc) && is_pseudo(opc) => {
                return Err(internal("pseudo jump left for the assembler"));
            }
            _ => {}
        }
    }
    Ok(())
}

/// `resolve_jump_offsets`: jump targets (instruction indices) become
/// relative offsets in code units, repeated while `EXTENDED_ARG`s change
/// the sizes. Returns each instruction's offset.
fn resolve_jump_offsets(instrs: &mut [Instr]) -> Result<Vec<i32>, CompileError> {
    let n = instrs.len();
    let mut targets = vec![0usize; n];
    for (i, instr) in instrs.iter().enumerate() {
        if has_jump(instr.opcode) {
            targets[i] = usize::try_from(instr.oparg)
                .ok()
                .filter(|&t| t < n)
                .ok_or_else(|| internal("jump target out of range"))?;
        }
    }
    let mut offsets = vec![0i32; n];
    loop {
        let mut total = 0i32;
        for (i, instr) in instrs.iter().enumerate() {
            offsets[i] = total;
            total += instr_size(instr.opcode, instr.oparg) as i32;
        }
        let mut extended_arg_recompile = false;
        let mut offset = 0i32;
        for i in 0..n {
            let instr = &mut instrs[i];
            let isize = instr_size(instr.opcode, instr.oparg);
            offset += isize as i32;
            if has_jump(instr.opcode) {
                let target = offsets[targets[i]];
                instr.oparg = if instr.opcode == op::END_ASYNC_FOR {
                    // sys.monitoring finds the END_SEND from the SEND target.
                    offset - target - END_SEND_OFFSET
                } else if target < offset {
                    if !is_backwards_jump(instr.opcode) {
                        return Err(internal("forward jump goes backwards"));
                    }
                    offset - target
                } else {
                    if is_backwards_jump(instr.opcode) {
                        return Err(internal("backward jump goes forwards"));
                    }
                    target - offset
                };
                if instr_size(instr.opcode, instr.oparg) != isize {
                    extended_arg_recompile = true;
                }
            }
        }
        if !extended_arg_recompile {
            return Ok(offsets);
        }
    }
}

/// `assemble_emit_instr` for every instruction: `co_code`'s code units.
fn assemble_emit_code(instrs: &[Instr]) -> Result<Vec<u16>, CompileError> {
    let mut code = Vec::with_capacity(instrs.len() * 2);
    for instr in instrs {
        let opcode = instr.opcode;
        if is_pseudo(opcode) {
            return Err(internal("pseudo instruction left for the assembler"));
        }
        let oparg = instr.oparg as u32;
        if !has_arg(opcode) && oparg != 0 {
            return Err(internal("oparg on an opcode without argument"));
        }
        let unit = |op: u16, arg: u32| op | (((arg & 0xFF) as u16) << 8);
        let size = instr_size(opcode, instr.oparg);
        let caches = opcode::CACHE_ENTRIES[opcode as usize] as usize;
        let extended = size - caches - 1;
        for k in (1..=extended).rev() {
            code.push(unit(op::EXTENDED_ARG, oparg >> (8 * k)));
        }
        code.push(unit(opcode, oparg));
        code.extend(std::iter::repeat_n(op::CACHE, caches));
    }
    Ok(code)
}

/// `assemble_exception_table` (InternalDocs/exception_handling.md).
fn assemble_exception_table(instrs: &[Instr], offsets: &[i32]) -> Result<Vec<u8>, CompileError> {
    let mut out = Vec::new();
    let mut ioffset = 0i32;
    let mut handler: Option<(usize, i32, bool)> = None;
    let mut start = -1i32;
    let emit = |out: &mut Vec<u8>,
                start: i32,
                end: i32,
                h: (usize, i32, bool)|
     -> Result<(), CompileError> {
        let target = *offsets
            .get(h.0)
            .ok_or_else(|| internal("handler out of range"))?;
        let mut depth = h.1 - 1;
        if h.2 {
            depth -= 1;
        }
        if depth < 0 {
            return Err(internal("negative handler depth"));
        }
        let depth_lasti = (depth << 1) | h.2 as i32;
        emit_exception_table_item(out, start, 1 << 7);
        emit_exception_table_item(out, end - start, 0);
        emit_exception_table_item(out, target, 0);
        emit_exception_table_item(out, depth_lasti, 0);
        Ok(())
    };
    for instr in instrs {
        let h = instr.except_handler.label.map(|l| {
            (
                l.0 as usize,
                instr.except_handler.start_depth,
                instr.except_handler.preserve_lasti,
            )
        });
        if h.map(|h| h.0) != handler.map(|h| h.0) {
            if let Some(prev) = handler {
                emit(&mut out, start, ioffset, prev)?;
            }
            start = ioffset;
            handler = h;
        }
        ioffset += instr_size(instr.opcode, instr.oparg) as i32;
    }
    if let Some(prev) = handler {
        emit(&mut out, start, ioffset, prev)?;
    }
    Ok(out)
}

/// `assemble_emit_exception_table_item`: 6-bit groups, most significant
/// first, bit 6 meaning "more follows", bit 7 marking an entry's start.
fn emit_exception_table_item(out: &mut Vec<u8>, value: i32, mut msb: u8) {
    let value = value as u32;
    for shift in [24, 18, 12, 6] {
        if value >= 1 << shift {
            out.push((((value >> shift) & 0x3f) as u8) | 0x40 | msb);
            msb = 0;
        }
    }
    out.push((value & 0x3f) as u8 | msb);
}

// Location table entry kinds (Include/cpython/code.h `_PyCodeLocationInfoKind`).
const PY_CODE_LOCATION_INFO_SHORT0: u8 = 0;
const PY_CODE_LOCATION_INFO_ONE_LINE0: u8 = 10;
const PY_CODE_LOCATION_INFO_NO_COLUMNS: u8 = 13;
const PY_CODE_LOCATION_INFO_LONG: u8 = 14;
const PY_CODE_LOCATION_INFO_NONE: u8 = 15;

struct LineWriter {
    out: Vec<u8>,
    lineno: i32,
}

impl LineWriter {
    fn first_byte(&mut self, code: u8, length: usize) {
        self.out.push(0x80 | (code << 3) | (length as u8 - 1));
    }

    fn varint(&mut self, mut val: u32) {
        while val >= 64 {
            self.out.push(0x40 | (val & 63) as u8);
            val >>= 6;
        }
        self.out.push(val as u8);
    }

    fn signed_varint(&mut self, val: i32) {
        let u = if val < 0 {
            ((0u32.wrapping_sub(val as u32)) << 1) | 1
        } else {
            (val as u32) << 1
        };
        self.varint(u);
    }

    /// `write_location_info_entry`.
    fn entry(&mut self, loc: SourceLocation, isize: usize) {
        if loc.lineno < 0 {
            self.first_byte(PY_CODE_LOCATION_INFO_NONE, isize);
            return;
        }
        let line_delta = loc.lineno - self.lineno;
        let column = loc.col_offset;
        let end_column = loc.end_col_offset;
        if column < 0 || end_column < 0 {
            if loc.end_lineno == loc.lineno || loc.end_lineno == -1 {
                self.first_byte(PY_CODE_LOCATION_INFO_NO_COLUMNS, isize);
                self.signed_varint(line_delta);
                self.lineno = loc.lineno;
                return;
            }
        } else if loc.end_lineno == loc.lineno {
            if line_delta == 0 && column < 80 && end_column - column < 16 && end_column >= column {
                let column_low_bits = (column & 7) as u8;
                let column_group = (column >> 3) as u8;
                self.first_byte(PY_CODE_LOCATION_INFO_SHORT0 + column_group, isize);
                self.out
                    .push((column_low_bits << 4) | (end_column - column) as u8);
                return;
            }
            if (0..3).contains(&line_delta) && column < 128 && end_column < 128 {
                self.first_byte(PY_CODE_LOCATION_INFO_ONE_LINE0 + line_delta as u8, isize);
                self.out.push(column as u8);
                self.out.push(end_column as u8);
                self.lineno = loc.lineno;
                return;
            }
        }
        self.first_byte(PY_CODE_LOCATION_INFO_LONG, isize);
        self.signed_varint(loc.lineno - self.lineno);
        self.varint((loc.end_lineno - loc.lineno) as u32);
        self.varint((loc.col_offset + 1) as u32);
        self.varint((loc.end_col_offset + 1) as u32);
        self.lineno = loc.lineno;
    }

    /// `assemble_emit_location`: entries cover at most 8 code units.
    fn emit(&mut self, loc: SourceLocation, mut isize: usize) {
        if isize == 0 {
            return;
        }
        while isize > 8 {
            self.entry(loc, 8);
            isize -= 8;
        }
        self.entry(loc, isize);
    }
}

/// `assemble_location_info` (Objects/locations.md).
fn assemble_location_info(instrs: &mut [Instr], firstlineno: i32) -> Vec<u8> {
    for i in (0..instrs.len()).rev() {
        if instrs[i].loc == NEXT_LOCATION {
            instrs[i].loc = if is_terminator(instrs[i].opcode) {
                SourceLocation::NONE
            } else {
                instrs.get(i + 1).map_or(SourceLocation::NONE, |n| n.loc)
            };
        }
    }
    let mut w = LineWriter {
        out: Vec::with_capacity(instrs.len()),
        lineno: firstlineno,
    };
    let mut loc = SourceLocation::NONE;
    let mut size = 0;
    for instr in instrs.iter() {
        if loc != instr.loc {
            w.emit(loc, size);
            loc = instr.loc;
            size = 0;
        }
        size += instr_size(instr.opcode, instr.oparg);
    }
    w.emit(loc, size);
    w.out
}

/// `co_localsplusnames` and `co_localspluskinds`.
type LocalsPlus = (Box<[Box<str>]>, Box<[u8]>);

/// `compute_localsplus_info`: names and kinds of locals, cells and free
/// variables in frame order.
fn compute_localsplus_info(
    umd: &UnitMetadata,
    nlocalsplus: usize,
    code_flags: u32,
) -> Result<LocalsPlus, CompileError> {
    let mut names: Vec<Box<str>> = vec![Box::from(""); nlocalsplus];
    let mut kindsv = vec![0u8; nlocalsplus];
    let hidden: HashSet<&str> = umd.fasthidden.iter().map(|(n, _)| &**n).collect();
    let cells: HashSet<&str> = umd.cellvars.iter().map(|n| &**n).collect();
    let varnames: HashSet<&str> = umd.varnames.iter().map(|n| &**n).collect();
    let argvarkinds: [(usize, u8); 5] = [
        (umd.posonlyargcount as usize, kinds::CO_FAST_ARG_POS),
        (
            umd.argcount as usize,
            kinds::CO_FAST_ARG_POS | kinds::CO_FAST_ARG_KW,
        ),
        (umd.kwonlyargcount as usize, kinds::CO_FAST_ARG_KW),
        (
            (code_flags & flags::CO_VARARGS != 0) as usize,
            kinds::CO_FAST_ARG_VAR | kinds::CO_FAST_ARG_POS,
        ),
        (
            (code_flags & flags::CO_VARKEYWORDS != 0) as usize,
            kinds::CO_FAST_ARG_VAR | kinds::CO_FAST_ARG_KW,
        ),
    ];
    let mut set = |offset: usize, name: &str, kind: u8| -> Result<(), CompileError> {
        if offset >= nlocalsplus {
            return Err(internal("localsplus offset out of range"));
        }
        names[offset] = name.into();
        kindsv[offset] = kind;
        Ok(())
    };
    let mut group = 0;
    let mut group_end = argvarkinds[0].0;
    for (offset, name) in umd.varnames.iter().enumerate() {
        while group < argvarkinds.len() && offset >= group_end {
            group += 1;
            group_end = if group < argvarkinds.len() {
                group_end + argvarkinds[group].0
            } else {
                usize::MAX
            };
        }
        let argkind = argvarkinds.get(group).map_or(0, |g| g.1);
        let mut kind = kinds::CO_FAST_LOCAL | argkind;
        if hidden.contains(&**name) {
            kind |= kinds::CO_FAST_HIDDEN;
        }
        if cells.contains(&**name) {
            kind |= kinds::CO_FAST_CELL;
        }
        set(offset, name, kind)?;
    }
    let nlocals = umd.varnames.len();
    let mut numdropped = 0;
    for (cellindex, name) in umd.cellvars.iter().enumerate() {
        if varnames.contains(&**name) {
            numdropped += 1;
            continue;
        }
        set(cellindex + nlocals - numdropped, name, kinds::CO_FAST_CELL)?;
    }
    let ncells = umd.cellvars.len();
    for (j, name) in umd.freevars.iter().enumerate() {
        set(ncells + j + nlocals - numdropped, name, kinds::CO_FAST_FREE)?;
    }
    Ok((names.into_boxed_slice(), kindsv.into_boxed_slice()))
}

/// [`optimize_and_assemble`] in the shape of `compile::Assembler`: the
/// optimiser's internal errors (CPython's SystemError, ValueError,
/// OverflowError) travel as a `SyntaxError` of the nearest kind.
pub fn assembler(
    seq: InstrSequence,
    meta: UnitMetadata,
    code_flags: u32,
    filename: &Arc<str>,
) -> Result<CodeCore, syntax::syntax_error::SyntaxError> {
    use syntax::syntax_error::{SyntaxError, SyntaxErrorKind};
    optimize_and_assemble(seq, meta, code_flags, filename).map_err(|e| {
        let kind = match &e {
            CompileError::Syntax(s) => return s.clone(),
            CompileError::OverflowError(_) => SyntaxErrorKind::OverflowError,
            CompileError::SystemError(_) | CompileError::ValueError(_) => {
                SyntaxErrorKind::RuntimeError
            }
        };
        SyntaxError::without_location(kind, e.to_string())
    })
}
