//! The control flow graph optimiser: an instruction sequence becomes basic
//! blocks, is optimised, and goes back to a sequence the assembler lays out.
//!
//! This follows CPython 3.14's Python/flowgraph.c pass by pass, because the
//! order of the passes and every detail of each (which NOP survives, which
//! block is copied, where a constant is appended) shows in `co_code`,
//! `co_consts`, `co_linetable` and `dis` output. Blocks live in an arena and
//! are linked by index through `next`, as CPython's `b_next` pointers.
//!
//! CPython: Python/flowgraph.c.

mod fold;

use crate::code::Constant;
use crate::consts::ConstTable;
use crate::instr::{CompileError, ExceptHandlerInfo, Instr, InstrSequence, Label, SourceLocation};
use crate::opcode::{intrinsic1, op};
use crate::opcode_metadata::{
    self as meta, has_const, has_eval_break, has_target, is_block_push, is_conditional_jump,
    is_scope_exit, is_terminator, is_unconditional_jump,
};

type BlockId = usize;

const NO_LABEL: i32 = -1;
const NO_LOCATION: SourceLocation = SourceLocation::NONE;

/// flowgraph.c `MAX_COPY_SIZE`: the largest exit block copied into a jump.
const MAX_COPY_SIZE: usize = 4;
/// flowgraph.c `MIN_CONST_SEQUENCE_SIZE`.
const MIN_CONST_SEQUENCE_SIZE: i32 = 3;

fn internal(msg: impl Into<String>) -> CompileError {
    CompileError::SystemError(msg.into())
}

type Result<T> = std::result::Result<T, CompileError>;

/// `cfg_instr`.
#[derive(Clone, Copy, Debug)]
struct CfgInstr {
    opcode: u16,
    oparg: i32,
    loc: SourceLocation,
    target: Option<BlockId>,
    except: Option<BlockId>,
}

impl CfgInstr {
    fn new(opcode: u16, oparg: i32, loc: SourceLocation) -> Self {
        CfgInstr {
            opcode,
            oparg,
            loc,
            target: None,
            except: None,
        }
    }

    /// `INSTR_SET_OP0`.
    fn set_op0(&mut self, opcode: u16) {
        self.opcode = opcode;
        self.oparg = 0;
    }

    /// `INSTR_SET_OP1`.
    fn set_op1(&mut self, opcode: u16, oparg: i32) {
        self.opcode = opcode;
        self.oparg = oparg;
    }

    fn is_jump(&self) -> bool {
        meta::has_jump(self.opcode)
    }
}

/// `basicblock`.
#[derive(Debug)]
struct Block {
    label: i32,
    instrs: Vec<CfgInstr>,
    /// The `i_except` left in the slots past the end of `instrs` when it
    /// shrank: CPython's `basicblock_addop` does not set `i_except`, so an
    /// instruction appended later (the `NOT_TAKEN` of `normalize_jumps`)
    /// inherits what the slot held.
    stale_except: Vec<Option<BlockId>>,
    next: Option<BlockId>,
    exceptstack: Option<Vec<Option<BlockId>>>,
    unsafe_locals_mask: u64,
    predecessors: i32,
    startdepth: i32,
    preserve_lasti: bool,
    visited: bool,
    except_handler: bool,
    cold: bool,
    warm: bool,
}

impl Block {
    fn new() -> Self {
        Block {
            label: NO_LABEL,
            instrs: Vec::new(),
            stale_except: Vec::new(),
            next: None,
            exceptstack: None,
            unsafe_locals_mask: 0,
            predecessors: 0,
            startdepth: 0,
            preserve_lasti: false,
            visited: false,
            except_handler: false,
            cold: false,
            warm: false,
        }
    }

    fn last(&self) -> Option<&CfgInstr> {
        self.instrs.last()
    }

    /// Truncates `instrs` as CPython lowers `b_iused`, remembering what the
    /// freed slots held.
    fn truncate(&mut self, len: usize) {
        let n = self.instrs.len();
        if self.stale_except.len() < n {
            self.stale_except.resize(n, None);
        }
        for j in len..n {
            self.stale_except[j] = self.instrs[j].except;
        }
        self.instrs.truncate(len);
    }

    /// The `i_except` an instruction appended by `basicblock_addop` gets.
    fn next_slot_except(&self) -> Option<BlockId> {
        self.stale_except.get(self.instrs.len()).copied().flatten()
    }

    /// `BB_NO_FALLTHROUGH`.
    fn no_fallthrough(&self) -> bool {
        self.last()
            .is_some_and(|l| is_scope_exit(l.opcode) || is_unconditional_jump(l.opcode))
    }

    fn has_fallthrough(&self) -> bool {
        !self.no_fallthrough()
    }

    /// `basicblock_exits_scope`.
    fn exits_scope(&self) -> bool {
        self.last().is_some_and(|l| is_scope_exit(l.opcode))
    }

    /// `basicblock_has_eval_break`.
    fn has_eval_break(&self) -> bool {
        self.instrs.iter().any(|i| has_eval_break(i.opcode))
    }

    /// `basicblock_has_no_lineno`.
    fn has_no_lineno(&self) -> bool {
        self.instrs.iter().all(|i| i.loc.lineno < 0)
    }
}

/// `cfg_builder`.
pub(crate) struct Cfg {
    blocks: Vec<Block>,
    entry: BlockId,
    cur: BlockId,
    current_label: i32,
}

impl Cfg {
    fn new() -> Self {
        Cfg {
            blocks: vec![Block::new()],
            entry: 0,
            cur: 0,
            current_label: NO_LABEL,
        }
    }

    fn new_block(&mut self) -> BlockId {
        self.blocks.push(Block::new());
        self.blocks.len() - 1
    }

    /// The blocks in `b_next` order.
    fn order(&self) -> Vec<BlockId> {
        let mut v = Vec::new();
        let mut b = Some(self.entry);
        while let Some(id) = b {
            v.push(id);
            b = self.blocks[id].next;
        }
        v
    }

    /// `cfg_builder_current_block_is_terminated`.
    fn current_block_is_terminated(&mut self) -> bool {
        let cur = &self.blocks[self.cur];
        if cur.last().is_some_and(|l| is_terminator(l.opcode)) {
            return true;
        }
        if self.current_label != NO_LABEL {
            if cur.last().is_some() || cur.label != NO_LABEL {
                return true;
            }
            self.blocks[self.cur].label = self.current_label;
            self.current_label = NO_LABEL;
        }
        false
    }

    /// `cfg_builder_maybe_start_new_block`.
    fn maybe_start_new_block(&mut self) {
        if self.current_block_is_terminated() {
            let b = self.new_block();
            self.blocks[b].label = self.current_label;
            self.current_label = NO_LABEL;
            self.blocks[self.cur].next = Some(b);
            self.cur = b;
        }
    }

    fn use_label(&mut self, label: i32) {
        self.current_label = label;
        self.maybe_start_new_block();
    }

    fn addop(&mut self, opcode: u16, oparg: i32, loc: SourceLocation) {
        self.maybe_start_new_block();
        self.blocks[self.cur]
            .instrs
            .push(CfgInstr::new(opcode, oparg, loc));
    }

    /// `_PyCfg_FromInstructionSequence`: labels are the indices of the
    /// instructions they mark.
    pub(crate) fn from_instr_sequence(seq: &InstrSequence) -> Result<Cfg> {
        let n = seq.instrs.len();
        let mut opargs = Vec::with_capacity(n);
        let mut is_target = vec![false; n];
        for instr in &seq.instrs {
            let mut oparg = instr.oparg;
            if has_target(instr.opcode) {
                let target = usize::try_from(oparg)
                    .ok()
                    .and_then(|l| seq.label_map.get(l))
                    .copied()
                    .unwrap_or(-1);
                let t = usize::try_from(target)
                    .ok()
                    .filter(|&t| t < n)
                    .ok_or_else(|| internal("jump to an unplaced label"))?;
                is_target[t] = true;
                oparg = target;
            }
            opargs.push(oparg);
        }
        let mut g = Cfg::new();
        for (i, instr) in seq.instrs.iter().enumerate() {
            if is_target[i] {
                g.use_label(i as i32);
            }
            if instr.opcode == op::ANNOTATIONS_PLACEHOLDER {
                if let Some(ann) = &seq.annotations_code {
                    for a in &ann.instrs {
                        if has_target(a.opcode) {
                            return Err(internal("jump in annotations code"));
                        }
                        g.addop(a.opcode, a.oparg, a.loc);
                    }
                }
                continue;
            }
            g.addop(instr.opcode, opargs[i], instr.loc);
        }
        Ok(g)
    }

    /// `check_cfg`.
    fn check_cfg(&self) -> Result<()> {
        for b in self.order() {
            let instrs = &self.blocks[b].instrs;
            for (i, instr) in instrs.iter().enumerate() {
                if is_terminator(instr.opcode) && i != instrs.len() - 1 {
                    return Err(internal("malformed control flow graph."));
                }
            }
        }
        Ok(())
    }

    fn max_label(&self) -> i32 {
        self.order()
            .iter()
            .map(|&b| self.blocks[b].label)
            .max()
            .unwrap_or(-1)
    }

    /// `translate_jump_labels_to_targets`.
    fn translate_jump_labels_to_targets(&mut self) -> Result<()> {
        let max = self.max_label();
        let mut label2block: Vec<Option<BlockId>> = vec![None; (max + 1).max(0) as usize];
        let order = self.order();
        for &b in &order {
            let l = self.blocks[b].label;
            if l >= 0 {
                label2block[l as usize] = Some(b);
            }
        }
        for &b in &order {
            for instr in self.blocks[b].instrs.iter_mut() {
                if has_target(instr.opcode) {
                    let t = usize::try_from(instr.oparg)
                        .ok()
                        .and_then(|l| label2block.get(l).copied().flatten())
                        .ok_or_else(|| internal("jump to a missing label"))?;
                    instr.target = Some(t);
                }
            }
        }
        Ok(())
    }

    /// `mark_except_handlers`.
    fn mark_except_handlers(&mut self) {
        for b in self.order() {
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if is_block_push(instr.opcode)
                    && let Some(t) = instr.target
                {
                    self.blocks[t].except_handler = true;
                }
            }
        }
    }

    fn reset_visited(&mut self) {
        for b in self.order() {
            self.blocks[b].visited = false;
        }
    }

    /// `label_exception_targets`: which handler covers each instruction,
    /// from the `SETUP_*` / `POP_BLOCK` pseudo ops; `POP_BLOCK` becomes NOP.
    fn label_exception_targets(&mut self) -> Result<()> {
        self.reset_visited();
        let entry = self.entry;
        let mut todo = vec![entry];
        self.blocks[entry].visited = true;
        self.blocks[entry].exceptstack = Some(vec![None]);
        while let Some(b) = todo.pop() {
            let mut stack = self.blocks[b]
                .exceptstack
                .take()
                .ok_or_else(|| internal("block without exception stack"))?;
            let mut handler = stack.last().copied().flatten();
            let mut stack_gone = false;
            let mut last_yield_except_depth: i64 = -1;
            let has_ft = self.blocks[b].has_fallthrough();
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if is_block_push(instr.opcode) {
                    let t = instr
                        .target
                        .ok_or_else(|| internal("SETUP without target"))?;
                    if !self.blocks[t].visited {
                        self.blocks[t].exceptstack = Some(stack.clone());
                        todo.push(t);
                        self.blocks[t].visited = true;
                    }
                    if instr.opcode == op::SETUP_WITH || instr.opcode == op::SETUP_CLEANUP {
                        self.blocks[t].preserve_lasti = true;
                    }
                    stack.push(Some(t));
                    handler = Some(t);
                } else if instr.opcode == op::POP_BLOCK {
                    if stack.len() <= 1 {
                        return Err(internal("POP_BLOCK without a block"));
                    }
                    stack.pop();
                    handler = stack.last().copied().flatten();
                    self.blocks[b].instrs[i].set_op0(op::NOP);
                } else if instr.is_jump() {
                    self.blocks[b].instrs[i].except = handler;
                    let t = instr
                        .target
                        .ok_or_else(|| internal("jump without target"))?;
                    if !self.blocks[t].visited {
                        if has_ft {
                            self.blocks[t].exceptstack = Some(stack.clone());
                        } else {
                            self.blocks[t].exceptstack = Some(std::mem::take(&mut stack));
                            stack_gone = true;
                        }
                        todo.push(t);
                        self.blocks[t].visited = true;
                    }
                } else if instr.opcode == op::YIELD_VALUE {
                    self.blocks[b].instrs[i].except = handler;
                    last_yield_except_depth = stack.len() as i64 - 1;
                } else if instr.opcode == op::RESUME {
                    self.blocks[b].instrs[i].except = handler;
                    if instr.oparg != meta::RESUME_AT_FUNC_START {
                        if last_yield_except_depth == 1 {
                            self.blocks[b].instrs[i].oparg |= meta::RESUME_OPARG_DEPTH1_MASK;
                        }
                        last_yield_except_depth = -1;
                    }
                } else {
                    self.blocks[b].instrs[i].except = handler;
                }
            }
            if has_ft
                && let Some(next) = self.blocks[b].next
                && !self.blocks[next].visited
            {
                if stack_gone {
                    return Err(internal("exception stack lost"));
                }
                self.blocks[next].exceptstack = Some(stack);
                todo.push(next);
                self.blocks[next].visited = true;
            }
        }
        Ok(())
    }

    /// `remove_unreachable`.
    fn remove_unreachable(&mut self) {
        let order = self.order();
        for &b in &order {
            self.blocks[b].predecessors = 0;
            self.blocks[b].visited = false;
        }
        let entry = self.entry;
        let mut stack = vec![entry];
        self.blocks[entry].predecessors = 1;
        self.blocks[entry].visited = true;
        while let Some(b) = stack.pop() {
            if let Some(next) = self.blocks[b].next
                && self.blocks[b].has_fallthrough()
            {
                if !self.blocks[next].visited {
                    stack.push(next);
                    self.blocks[next].visited = true;
                }
                self.blocks[next].predecessors += 1;
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if (instr.is_jump() || is_block_push(instr.opcode))
                    && let Some(t) = instr.target
                {
                    if !self.blocks[t].visited {
                        stack.push(t);
                        self.blocks[t].visited = true;
                    }
                    self.blocks[t].predecessors += 1;
                }
            }
        }
        for &b in &order {
            if self.blocks[b].predecessors == 0 {
                self.blocks[b].truncate(0);
                self.blocks[b].except_handler = false;
            }
        }
    }

    /// `next_nonempty_block`.
    fn next_nonempty_block(&self, mut b: Option<BlockId>) -> Option<BlockId> {
        while let Some(id) = b {
            if !self.blocks[id].instrs.is_empty() {
                return Some(id);
            }
            b = self.blocks[id].next;
        }
        None
    }

    /// `basicblock_remove_redundant_nops`: returns how many were removed.
    fn block_remove_redundant_nops(&mut self, bb: BlockId) -> usize {
        let next_loc_lineno = {
            let next = self.next_nonempty_block(self.blocks[bb].next);
            next.map(|n| {
                self.blocks[n]
                    .instrs
                    .iter()
                    .find(|i| !(i.opcode == op::NOP && i.loc.lineno < 0))
                    .map(|i| i.loc.lineno)
                    .unwrap_or(NO_LOCATION.lineno)
            })
        };
        let block = &mut self.blocks[bb];
        let instrs = &mut block.instrs;
        let n = instrs.len();
        let mut dest = 0;
        let mut prev_lineno = -1;
        for src in 0..n {
            let lineno = instrs[src].loc.lineno;
            if instrs[src].opcode == op::NOP {
                if lineno < 0 {
                    continue;
                }
                if prev_lineno == lineno {
                    continue;
                }
                if src < n - 1 {
                    let next_lineno = instrs[src + 1].loc.lineno;
                    if next_lineno == lineno {
                        continue;
                    }
                    if next_lineno < 0 {
                        instrs[src + 1].loc = instrs[src].loc;
                        continue;
                    }
                } else if let Some(next_lineno) = next_loc_lineno
                    && lineno == next_lineno
                {
                    continue;
                }
            }
            if dest != src {
                instrs[dest] = instrs[src];
            }
            dest += 1;
            prev_lineno = lineno;
        }
        block.truncate(dest);
        n - dest
    }

    /// `remove_redundant_nops`.
    fn remove_redundant_nops(&mut self) -> usize {
        let mut changes = 0;
        let mut b = Some(self.entry);
        while let Some(id) = b {
            changes += self.block_remove_redundant_nops(id);
            b = self.blocks[id].next;
        }
        changes
    }

    /// `remove_redundant_nops_and_pairs`: `LOAD_CONST; POP_TOP` and
    /// `COPY 1; POP_TOP` become NOPs, across fall-through edges too.
    fn remove_redundant_nops_and_pairs(&mut self) {
        let mut done = false;
        while !done {
            done = true;
            let mut instr: Option<(BlockId, usize)> = None;
            let mut b = Some(self.entry);
            while let Some(id) = b {
                self.block_remove_redundant_nops(id);
                if self.blocks[id].label != NO_LABEL {
                    instr = None;
                }
                for i in 0..self.blocks[id].instrs.len() {
                    let prev = instr;
                    instr = Some((id, i));
                    let (prev_opcode, prev_oparg) = match prev {
                        Some((pb, pi)) => {
                            let p = &self.blocks[pb].instrs[pi];
                            (p.opcode, p.oparg)
                        }
                        None => (0, 0),
                    };
                    let opcode = self.blocks[id].instrs[i].opcode;
                    let redundant = opcode == op::POP_TOP
                        && (prev_opcode == op::LOAD_CONST
                            || prev_opcode == op::LOAD_SMALL_INT
                            || (prev_opcode == op::COPY && prev_oparg == 1));
                    if redundant {
                        if let Some((pb, pi)) = prev {
                            self.blocks[pb].instrs[pi].set_op0(op::NOP);
                        }
                        self.blocks[id].instrs[i].set_op0(op::NOP);
                        done = false;
                    }
                }
                let ends_jump = instr
                    .map(|(ib, ii)| self.blocks[ib].instrs[ii].is_jump())
                    .unwrap_or(false);
                if ends_jump || !self.blocks[id].has_fallthrough() {
                    instr = None;
                }
                b = self.blocks[id].next;
            }
        }
    }

    /// `remove_redundant_jumps`.
    fn remove_redundant_jumps(&mut self) -> Result<usize> {
        let mut changes = 0;
        let mut b = Some(self.entry);
        while let Some(id) = b {
            if let Some(last) = self.blocks[id].last().copied()
                && is_unconditional_jump(last.opcode)
            {
                let jump_target = self
                    .next_nonempty_block(last.target)
                    .ok_or_else(|| internal("jump with NULL target"))?;
                let next = self.next_nonempty_block(self.blocks[id].next);
                if Some(jump_target) == next {
                    changes += 1;
                    if let Some(l) = self.blocks[id].instrs.last_mut() {
                        l.set_op0(op::NOP);
                    }
                }
            }
            b = self.blocks[id].next;
        }
        Ok(changes)
    }

    /// `remove_redundant_nops_and_jumps`.
    fn remove_redundant_nops_and_jumps(&mut self) -> Result<()> {
        loop {
            let removed_nops = self.remove_redundant_nops();
            let removed_jumps = self.remove_redundant_jumps()?;
            if removed_nops + removed_jumps == 0 {
                return Ok(());
            }
        }
    }

    /// `basicblock_inline_small_or_no_lineno_blocks`.
    fn block_inline_small_or_no_lineno_blocks(&mut self, bb: BlockId) -> bool {
        let Some(last) = self.blocks[bb].last().copied() else {
            return false;
        };
        if !is_unconditional_jump(last.opcode) {
            return false;
        }
        let Some(target) = last.target else {
            return false;
        };
        let t = &self.blocks[target];
        let small_exit_block = t.exits_scope() && t.instrs.len() <= MAX_COPY_SIZE;
        let no_lineno_no_fallthrough = t.has_no_lineno() && !t.has_fallthrough();
        if small_exit_block || no_lineno_no_fallthrough {
            let removed_jump_opcode = last.opcode;
            if let Some(l) = self.blocks[bb].instrs.last_mut() {
                l.set_op0(op::NOP);
            }
            let copied = self.blocks[target].instrs.clone();
            self.blocks[bb].instrs.extend(copied);
            if no_lineno_no_fallthrough
                && let Some(l) = self.blocks[bb].instrs.last_mut()
                && is_unconditional_jump(l.opcode)
                && removed_jump_opcode == op::JUMP
            {
                // Keep the eval-breaker check of the removed jump.
                l.opcode = op::JUMP;
            }
            self.blocks[target].predecessors -= 1;
            return true;
        }
        false
    }

    /// `inline_small_or_no_lineno_blocks`.
    fn inline_small_or_no_lineno_blocks(&mut self) {
        loop {
            let mut changes = false;
            let mut b = Some(self.entry);
            while let Some(id) = b {
                if self.block_inline_small_or_no_lineno_blocks(id) {
                    changes = true;
                }
                b = self.blocks[id].next;
            }
            if !changes {
                break;
            }
        }
    }

    /// `basicblock_add_jump`.
    fn add_jump(
        &mut self,
        bb: BlockId,
        opcode: u16,
        target: BlockId,
        loc: SourceLocation,
    ) -> Result<()> {
        if self.blocks[bb].last().is_some_and(|l| l.is_jump()) {
            return Err(internal("jump after jump"));
        }
        let label = self.blocks[target].label;
        let mut instr = CfgInstr::new(opcode, label, loc);
        instr.target = Some(target);
        self.blocks[bb].instrs.push(instr);
        Ok(())
    }

    /// `jump_thread`: `inst` (the last instruction of `bb`) jumps to a jump;
    /// make it jump to that jump's target. Returns whether it changed.
    fn jump_thread(
        &mut self,
        bb: BlockId,
        i: usize,
        target: CfgInstr,
        opcode: u16,
    ) -> Result<bool> {
        let inst = self.blocks[bb].instrs[i];
        if inst.target != target.target {
            self.blocks[bb].instrs[i].set_op0(op::NOP);
            let t = target
                .target
                .ok_or_else(|| internal("jump without target"))?;
            self.add_jump(bb, opcode, t, target.loc)?;
            return Ok(true);
        }
        Ok(false)
    }
}

/// The constants being optimised, with CPython's list semantics
/// (`add_const` appends a new key, returns the index of a known one).
struct Consts {
    table: ConstTable,
}

impl Consts {
    /// `get_const_value`.
    fn value(&self, opcode: u16, oparg: i32) -> Result<Constant> {
        if opcode == op::LOAD_SMALL_INT {
            return Ok(Constant::Int(syntax::ast::PyInt::Small(oparg as i64)));
        }
        u32::try_from(oparg)
            .ok()
            .and_then(|i| self.table.get(i))
            .cloned()
            .ok_or_else(|| internal("Internal error: failed to get value of a constant"))
    }

    fn add(&mut self, c: Constant) -> Result<i32> {
        let i = self.table.add_const(c);
        i32::try_from(i)
            .ok()
            .filter(|&i| i < i32::MAX - 1)
            .ok_or_else(|| CompileError::OverflowError("too many constants".into()))
    }
}

/// `loads_const`.
fn loads_const(opcode: u16) -> bool {
    has_const(opcode) || opcode == op::LOAD_SMALL_INT
}

impl Cfg {
    /// `get_const_loading_instrs`: the indices of the `size` constant loads
    /// ending at `start`, skipping NOPs.
    fn get_const_loading_instrs(
        &self,
        bb: BlockId,
        start: isize,
        size: usize,
    ) -> Option<Vec<usize>> {
        let instrs = &self.blocks[bb].instrs;
        let mut out = vec![0usize; size];
        let mut need = size;
        let mut pos = start;
        while pos >= 0 && need > 0 {
            let instr = &instrs[pos as usize];
            if instr.opcode != op::NOP {
                if !loads_const(instr.opcode) {
                    return None;
                }
                need -= 1;
                out[need] = pos as usize;
            }
            pos -= 1;
        }
        if need == 0 { Some(out) } else { None }
    }

    /// `nop_out`.
    fn nop_out(&mut self, bb: BlockId, idxs: &[usize]) {
        for &i in idxs {
            let instr = &mut self.blocks[bb].instrs[i];
            instr.set_op0(op::NOP);
            instr.loc = NO_LOCATION;
        }
    }

    /// `instr_make_load_const`.
    fn make_load_const(
        &mut self,
        bb: BlockId,
        i: usize,
        c: Constant,
        consts: &mut Consts,
    ) -> Result<()> {
        if let Some(v) = fold::small_int(&c) {
            self.blocks[bb].instrs[i].set_op1(op::LOAD_SMALL_INT, v);
            return Ok(());
        }
        let idx = consts.add(c)?;
        self.blocks[bb].instrs[i].set_op1(op::LOAD_CONST, idx);
        Ok(())
    }

    fn const_values(&self, bb: BlockId, idxs: &[usize], consts: &Consts) -> Result<Vec<Constant>> {
        idxs.iter()
            .map(|&k| {
                let instr = &self.blocks[bb].instrs[k];
                consts.value(instr.opcode, instr.oparg)
            })
            .collect()
    }

    /// `fold_tuple_of_constants`.
    fn fold_tuple_of_constants(
        &mut self,
        bb: BlockId,
        i: usize,
        consts: &mut Consts,
    ) -> Result<()> {
        let seq_size = self.blocks[bb].instrs[i].oparg;
        if seq_size < 0 || seq_size as usize > meta::STACK_USE_GUIDELINE {
            return Ok(());
        }
        let Some(idxs) = self.get_const_loading_instrs(bb, i as isize - 1, seq_size as usize)
        else {
            return Ok(());
        };
        let items = self.const_values(bb, &idxs, consts)?;
        self.nop_out(bb, &idxs);
        self.make_load_const(bb, i, Constant::Tuple(items.into_boxed_slice()), consts)
    }

    /// `fold_constant_intrinsic_list_to_tuple`.
    fn fold_constant_intrinsic_list_to_tuple(
        &mut self,
        bb: BlockId,
        i: usize,
        consts: &mut Consts,
    ) -> Result<()> {
        let mut consts_found = 0usize;
        let mut expect_append = true;
        let mut pos = i as isize - 1;
        while pos >= 0 {
            let instr = self.blocks[bb].instrs[pos as usize];
            let (opcode, oparg) = (instr.opcode, instr.oparg);
            if opcode == op::NOP {
                pos -= 1;
                continue;
            }
            if opcode == op::BUILD_LIST && oparg == 0 {
                if !expect_append {
                    return Ok(());
                }
                let mut items = vec![Constant::None; consts_found];
                let mut newpos = i as isize - 1;
                while newpos >= pos {
                    let k = newpos as usize;
                    let instr = self.blocks[bb].instrs[k];
                    newpos -= 1;
                    if instr.opcode == op::NOP {
                        continue;
                    }
                    if loads_const(instr.opcode) {
                        consts_found -= 1;
                        items[consts_found] = consts.value(instr.opcode, instr.oparg)?;
                    }
                    self.nop_out(bb, &[k]);
                }
                return self.make_load_const(
                    bb,
                    i,
                    Constant::Tuple(items.into_boxed_slice()),
                    consts,
                );
            }
            if expect_append {
                if opcode != op::LIST_APPEND || oparg != 1 {
                    return Ok(());
                }
            } else {
                if !loads_const(opcode) {
                    return Ok(());
                }
                consts_found += 1;
            }
            expect_append = !expect_append;
            pos -= 1;
        }
        Ok(())
    }

    /// `BUILD_LIST 0` (`BUILD_SET 0`) then constants appended one by one
    /// (`LIST_APPEND 1`, `SET_ADD 1`: how codegen builds more than 30 items),
    /// iterated or tested with `in`, becomes one constant tuple (frozenset),
    /// loaded without a location.
    fn fold_constant_appends(&mut self, bb: BlockId, i: usize, consts: &mut Consts) -> Result<()> {
        let mut items = Vec::new();
        let mut slots = Vec::new();
        let mut expect_append = true;
        let mut append_op = 0u16;
        let mut pos = i as isize - 1;
        while pos >= 0 {
            let k = pos as usize;
            pos -= 1;
            let instr = self.blocks[bb].instrs[k];
            if instr.opcode == op::NOP {
                continue;
            }
            if expect_append {
                let build = match instr.opcode {
                    op::LIST_APPEND | op::SET_ADD if instr.oparg == 1 => None,
                    op::BUILD_LIST | op::BUILD_SET if instr.oparg == 0 => Some(instr.opcode),
                    _ => return Ok(()),
                };
                if let Some(build) = build {
                    let matches = (build == op::BUILD_LIST && append_op == op::LIST_APPEND)
                        || (build == op::BUILD_SET && append_op == op::SET_ADD);
                    if !matches {
                        return Ok(());
                    }
                    items.reverse();
                    let c = if build == op::BUILD_SET {
                        fold::frozenset_of(items)
                    } else {
                        Constant::Tuple(items.into_boxed_slice())
                    };
                    slots.push(k);
                    self.nop_out(bb, &slots);
                    let index = consts.add(c)?;
                    self.blocks[bb].instrs[k].set_op1(op::LOAD_CONST, index);
                    return Ok(());
                }
                if append_op != 0 && append_op != instr.opcode {
                    return Ok(());
                }
                append_op = instr.opcode;
            } else {
                if !loads_const(instr.opcode) {
                    return Ok(());
                }
                items.push(consts.value(instr.opcode, instr.oparg)?);
            }
            slots.push(k);
            expect_append = !expect_append;
        }
        Ok(())
    }

    /// `optimize_lists_and_sets`.
    fn optimize_lists_and_sets(
        &mut self,
        bb: BlockId,
        i: usize,
        nextop: u16,
        consts: &mut Consts,
    ) -> Result<()> {
        let instr = self.blocks[bb].instrs[i];
        let contains_or_iter = nextop == op::GET_ITER || nextop == op::CONTAINS_OP;
        let seq_size = instr.oparg;
        if seq_size < 0
            || seq_size as usize > meta::STACK_USE_GUIDELINE
            || (seq_size < MIN_CONST_SEQUENCE_SIZE && !contains_or_iter)
        {
            return Ok(());
        }
        let Some(idxs) = self.get_const_loading_instrs(bb, i as isize - 1, seq_size as usize)
        else {
            if contains_or_iter && instr.opcode == op::BUILD_LIST {
                self.blocks[bb].instrs[i].set_op1(op::BUILD_TUPLE, instr.oparg);
            }
            return Ok(());
        };
        let items = self.const_values(bb, &idxs, consts)?;
        let result = if instr.opcode == op::BUILD_SET {
            fold::frozenset_of(items)
        } else {
            Constant::Tuple(items.into_boxed_slice())
        };
        let index = consts.add(result)?;
        self.nop_out(bb, &idxs);
        if contains_or_iter {
            self.blocks[bb].instrs[i].set_op1(op::LOAD_CONST, index);
        } else {
            if i < 2 {
                return Err(internal("constant sequence too short"));
            }
            let instrs = &mut self.blocks[bb].instrs;
            instrs[i - 2].loc = instr.loc;
            instrs[i - 2].set_op1(instr.opcode, 0);
            instrs[i - 1].set_op1(op::LOAD_CONST, index);
            instrs[i].set_op1(
                if instr.opcode == op::BUILD_LIST {
                    op::LIST_EXTEND
                } else {
                    op::SET_UPDATE
                },
                1,
            );
        }
        Ok(())
    }

    /// `fold_const_binop`.
    fn fold_const_binop(&mut self, bb: BlockId, i: usize, consts: &mut Consts) -> Result<()> {
        let Some(idxs) = self.get_const_loading_instrs(bb, i as isize - 1, 2) else {
            return Ok(());
        };
        let vals = self.const_values(bb, &idxs, consts)?;
        let oparg = self.blocks[bb].instrs[i].oparg;
        let Some(newconst) = fold::eval_binop(&vals[0], oparg, &vals[1]) else {
            return Ok(());
        };
        self.nop_out(bb, &idxs);
        self.make_load_const(bb, i, newconst, consts)
    }

    /// `fold_const_unaryop`.
    fn fold_const_unaryop(&mut self, bb: BlockId, i: usize, consts: &mut Consts) -> Result<()> {
        let Some(idxs) = self.get_const_loading_instrs(bb, i as isize - 1, 1) else {
            return Ok(());
        };
        let vals = self.const_values(bb, &idxs, consts)?;
        let unary = self.blocks[bb].instrs[i];
        let positive = unary.opcode == op::CALL_INTRINSIC_1
            && unary.oparg == intrinsic1::UNARY_POSITIVE as i32;
        let Some(newconst) = fold::eval_unaryop(&vals[0], unary.opcode, positive) else {
            return Ok(());
        };
        self.nop_out(bb, &idxs);
        self.make_load_const(bb, i, newconst, consts)
    }

    /// `basicblock_optimize_load_const`.
    fn block_optimize_load_const(&mut self, bb: BlockId, consts: &mut Consts) -> Result<()> {
        let mut opcode = 0u16;
        let mut oparg = 0i32;
        let n = self.blocks[bb].instrs.len();
        for i in 0..n {
            let inst = self.blocks[bb].instrs[i];
            if inst.opcode == op::LOAD_CONST {
                let c = consts.value(inst.opcode, inst.oparg)?;
                if let Some(v) = fold::small_int(&c) {
                    self.blocks[bb].instrs[i].set_op1(op::LOAD_SMALL_INT, v);
                }
            }
            let inst = self.blocks[bb].instrs[i];
            let is_copy_of_load_const =
                opcode == op::LOAD_CONST && inst.opcode == op::COPY && inst.oparg == 1;
            if !is_copy_of_load_const {
                opcode = inst.opcode;
                oparg = inst.oparg;
            }
            if opcode != op::LOAD_CONST && opcode != op::LOAD_SMALL_INT {
                continue;
            }
            let nextop = self.blocks[bb].instrs.get(i + 1).map_or(0, |n| n.opcode);
            match nextop {
                op::POP_JUMP_IF_FALSE
                | op::POP_JUMP_IF_TRUE
                | op::JUMP_IF_FALSE
                | op::JUMP_IF_TRUE => {
                    let is_true = fold::is_true(&consts.value(opcode, oparg)?);
                    if meta::stack_effect(nextop, 0, None) == Some(-1) {
                        self.blocks[bb].instrs[i].set_op0(op::NOP);
                    }
                    let jump_if_true = nextop == op::POP_JUMP_IF_TRUE || nextop == op::JUMP_IF_TRUE;
                    if is_true == jump_if_true {
                        self.blocks[bb].instrs[i + 1].opcode = op::JUMP;
                    } else {
                        self.blocks[bb].instrs[i + 1].set_op0(op::NOP);
                    }
                }
                op::IS_OP => {
                    let cnt = consts.value(opcode, oparg)?;
                    if !matches!(cnt, Constant::None) {
                        continue;
                    }
                    if n <= i + 2 {
                        continue;
                    }
                    let mut jump_idx = i + 2;
                    if self.blocks[bb].instrs[jump_idx].opcode == op::TO_BOOL {
                        self.blocks[bb].instrs[jump_idx].set_op0(op::NOP);
                        if n <= i + 3 {
                            continue;
                        }
                        jump_idx = i + 3;
                    }
                    let mut invert = self.blocks[bb].instrs[i + 1].oparg != 0;
                    let jop = self.blocks[bb].instrs[jump_idx].opcode;
                    if jop == op::POP_JUMP_IF_FALSE {
                        invert = !invert;
                    } else if jop != op::POP_JUMP_IF_TRUE {
                        continue;
                    }
                    self.blocks[bb].instrs[i].set_op0(op::NOP);
                    self.blocks[bb].instrs[i + 1].set_op0(op::NOP);
                    self.blocks[bb].instrs[jump_idx].opcode = if invert {
                        op::POP_JUMP_IF_NOT_NONE
                    } else {
                        op::POP_JUMP_IF_NONE
                    };
                }
                op::TO_BOOL => {
                    let is_true = fold::is_true(&consts.value(opcode, oparg)?);
                    let index = consts.add(Constant::Bool(is_true))?;
                    self.blocks[bb].instrs[i].set_op0(op::NOP);
                    self.blocks[bb].instrs[i + 1].set_op1(op::LOAD_CONST, index);
                }
                _ => {}
            }
        }
        Ok(())
    }

    /// `optimize_basic_block`.
    fn optimize_basic_block(&mut self, bb: BlockId, consts: &mut Consts) -> Result<()> {
        let mut i: isize = 0;
        while (i as usize) < self.blocks[bb].instrs.len() {
            let iu = i as usize;
            let inst = self.blocks[bb].instrs[iu];
            let opcode = inst.opcode;
            let oparg = inst.oparg;
            let target = if has_target(opcode) {
                let t = inst.target.ok_or_else(|| internal("jump without target"))?;
                self.blocks[t]
                    .instrs
                    .first()
                    .copied()
                    .unwrap_or(CfgInstr::new(op::NOP, 0, NO_LOCATION))
            } else {
                CfgInstr::new(op::NOP, 0, NO_LOCATION)
            };
            let next = self.blocks[bb].instrs.get(iu + 1).copied();
            let nextop = next.map_or(0, |n| n.opcode);
            match opcode {
                op::BUILD_TUPLE => {
                    if let Some(n) = next
                        && nextop == op::UNPACK_SEQUENCE
                        && oparg == n.oparg
                    {
                        match oparg {
                            1 => {
                                self.blocks[bb].instrs[iu].set_op0(op::NOP);
                                self.blocks[bb].instrs[iu + 1].set_op0(op::NOP);
                                i += 1;
                                continue;
                            }
                            2 | 3 => {
                                self.blocks[bb].instrs[iu].set_op0(op::NOP);
                                self.blocks[bb].instrs[iu + 1].opcode = op::SWAP;
                                i += 1;
                                continue;
                            }
                            _ => {}
                        }
                    }
                    self.fold_tuple_of_constants(bb, iu, consts)?;
                }
                op::BUILD_LIST | op::BUILD_SET => {
                    self.optimize_lists_and_sets(bb, iu, nextop, consts)?;
                }
                op::POP_JUMP_IF_NOT_NONE
                | op::POP_JUMP_IF_NONE
                | op::POP_JUMP_IF_FALSE
                | op::POP_JUMP_IF_TRUE
                    if target.opcode == op::JUMP =>
                {
                    i -= self.jump_thread(bb, iu, target, opcode)? as isize;
                }
                op::JUMP_IF_FALSE | op::JUMP_IF_TRUE => {
                    let same = opcode;
                    let other = if opcode == op::JUMP_IF_FALSE {
                        op::JUMP_IF_TRUE
                    } else {
                        op::JUMP_IF_FALSE
                    };
                    if target.opcode == op::JUMP || target.opcode == same {
                        i -= self.jump_thread(bb, iu, target, same)? as isize;
                        i += 1;
                        continue;
                    } else if target.opcode == other {
                        // A block's b_next never points to itself: no loop.
                        let t = inst.target.ok_or_else(|| internal("jump without target"))?;
                        let nt = self.blocks[t]
                            .next
                            .ok_or_else(|| internal("jump past the last block"))?;
                        self.blocks[bb].instrs[iu].target = Some(nt);
                        continue;
                    }
                }
                op::JUMP | op::JUMP_NO_INTERRUPT => {
                    if target.opcode == op::JUMP {
                        i -= self.jump_thread(bb, iu, target, op::JUMP)? as isize;
                        i += 1;
                        continue;
                    } else if target.opcode == op::JUMP_NO_INTERRUPT {
                        i -= self.jump_thread(bb, iu, target, opcode)? as isize;
                        i += 1;
                        continue;
                    }
                }
                op::STORE_FAST => {
                    if let Some(n) = next
                        && opcode == nextop
                        && oparg == n.oparg
                        && inst.loc.lineno == n.loc.lineno
                    {
                        self.blocks[bb].instrs[iu].opcode = op::POP_TOP;
                        self.blocks[bb].instrs[iu].oparg = 0;
                    }
                }
                op::SWAP if oparg == 1 => {
                    self.blocks[bb].instrs[iu].set_op0(op::NOP);
                }
                op::LOAD_GLOBAL if nextop == op::PUSH_NULL && (oparg & 1) == 0 => {
                    self.blocks[bb].instrs[iu].set_op1(op::LOAD_GLOBAL, oparg | 1);
                    self.blocks[bb].instrs[iu + 1].set_op0(op::NOP);
                }
                op::COMPARE_OP if nextop == op::TO_BOOL => {
                    self.blocks[bb].instrs[iu].set_op0(op::NOP);
                    self.blocks[bb].instrs[iu + 1].set_op1(op::COMPARE_OP, oparg | 16);
                    i += 1;
                    continue;
                }
                op::CONTAINS_OP | op::IS_OP => {
                    if opcode == op::CONTAINS_OP {
                        self.fold_constant_appends(bb, iu, consts)?;
                    }
                    if nextop == op::TO_BOOL {
                        self.blocks[bb].instrs[iu].set_op0(op::NOP);
                        self.blocks[bb].instrs[iu + 1].set_op1(opcode, oparg);
                        i += 1;
                        continue;
                    }
                    if nextop == op::UNARY_NOT {
                        self.blocks[bb].instrs[iu].set_op0(op::NOP);
                        self.blocks[bb].instrs[iu + 1].set_op1(opcode, oparg ^ 1);
                        i += 1;
                        continue;
                    }
                }
                op::TO_BOOL if nextop == op::TO_BOOL => {
                    self.blocks[bb].instrs[iu].set_op0(op::NOP);
                    i += 1;
                    continue;
                }
                op::UNARY_NOT => {
                    if nextop == op::TO_BOOL {
                        self.blocks[bb].instrs[iu].set_op0(op::NOP);
                        self.blocks[bb].instrs[iu + 1].set_op0(op::UNARY_NOT);
                        i += 1;
                        continue;
                    }
                    if nextop == op::UNARY_NOT {
                        self.blocks[bb].instrs[iu].set_op0(op::NOP);
                        self.blocks[bb].instrs[iu + 1].set_op0(op::NOP);
                        i += 1;
                        continue;
                    }
                    self.fold_const_unaryop(bb, iu, consts)?;
                }
                op::UNARY_INVERT | op::UNARY_NEGATIVE => {
                    self.fold_const_unaryop(bb, iu, consts)?;
                }
                op::CALL_INTRINSIC_1 => {
                    if oparg == intrinsic1::LIST_TO_TUPLE as i32 {
                        // A list of constants becomes a constant tuple even
                        // when iterated; another list is iterated as it is.
                        self.fold_constant_intrinsic_list_to_tuple(bb, iu, consts)?;
                        if nextop == op::GET_ITER
                            && self.blocks[bb].instrs[iu].opcode == op::CALL_INTRINSIC_1
                        {
                            self.blocks[bb].instrs[iu].set_op0(op::NOP);
                        }
                    } else if oparg == intrinsic1::UNARY_POSITIVE as i32 {
                        self.fold_const_unaryop(bb, iu, consts)?;
                    }
                }
                op::BINARY_OP => {
                    self.fold_const_binop(bb, iu, consts)?;
                }
                op::GET_ITER => {
                    self.fold_constant_appends(bb, iu, consts)?;
                }
                _ => {}
            }
            i += 1;
        }
        let mut i = 0;
        while i < self.blocks[bb].instrs.len() {
            if self.blocks[bb].instrs[i].opcode == op::SWAP {
                self.swaptimize(bb, &mut i);
                self.apply_static_swaps(bb, i as isize);
            }
            i += 1;
        }
        Ok(())
    }

    /// `swaptimize`: a run of SWAPs and NOPs becomes the shortest run of
    /// SWAPs with the same effect.
    fn swaptimize(&mut self, bb: BlockId, ix: &mut usize) {
        let instrs = &mut self.blocks[bb].instrs[*ix..];
        let mut depth = instrs[0].oparg;
        let mut len = 0usize;
        let mut more = false;
        let limit = instrs.len();
        loop {
            len += 1;
            if len >= limit {
                break;
            }
            let opcode = instrs[len].opcode;
            if opcode == op::SWAP {
                depth = depth.max(instrs[len].oparg);
                more = true;
            } else if opcode != op::NOP {
                break;
            }
        }
        // SWAP's oparg is 2 or more from codegen; anything else stays as it is.
        if !more
            || depth < 1
            || instrs[..len]
                .iter()
                .any(|i| i.opcode == op::SWAP && i.oparg < 1)
        {
            return;
        }
        const VISITED: i32 = -1;
        let depth = depth as usize;
        let mut stack: Vec<i32> = (0..depth as i32).collect();
        for instr in instrs.iter().take(len) {
            if instr.opcode == op::SWAP {
                let oparg = instr.oparg as usize;
                stack.swap(0, oparg - 1);
            }
        }
        let mut current = len as isize - 1;
        for i in 0..depth {
            if stack[i] == VISITED || stack[i] == i as i32 {
                continue;
            }
            let mut j = i;
            loop {
                if j != 0 {
                    let c = current as usize;
                    instrs[c].opcode = op::SWAP;
                    instrs[c].oparg = j as i32 + 1;
                    current -= 1;
                }
                if stack[j] == VISITED {
                    break;
                }
                let next_j = stack[j] as usize;
                stack[j] = VISITED;
                j = next_j;
            }
        }
        while current >= 0 {
            instrs[current as usize].set_op0(op::NOP);
            current -= 1;
        }
        *ix += len - 1;
    }

    /// `next_swappable_instruction`.
    fn next_swappable_instruction(&self, bb: BlockId, mut i: usize, lineno: i32) -> Option<usize> {
        let instrs = &self.blocks[bb].instrs;
        loop {
            i += 1;
            let instr = instrs.get(i)?;
            if lineno >= 0 && instr.loc.lineno != lineno {
                return None;
            }
            if instr.opcode == op::NOP {
                continue;
            }
            if swappable(instr.opcode) {
                return Some(i);
            }
            return None;
        }
    }

    /// `apply_static_swaps`: `SWAP n` followed by stores and pops becomes
    /// the stores and pops reordered.
    fn apply_static_swaps(&mut self, bb: BlockId, mut i: isize) {
        while i >= 0 {
            let iu = i as usize;
            let swap = self.blocks[bb].instrs[iu];
            if swap.opcode != op::SWAP {
                if swap.opcode == op::NOP || swappable(swap.opcode) {
                    i -= 1;
                    continue;
                }
                return;
            }
            let Some(j) = self.next_swappable_instruction(bb, iu, -1) else {
                return;
            };
            let mut k = j;
            let lineno = self.blocks[bb].instrs[j].loc.lineno;
            let mut count = swap.oparg - 1;
            while count > 0 {
                match self.next_swappable_instruction(bb, k, lineno) {
                    Some(next) => k = next,
                    None => return,
                }
                count -= 1;
            }
            let instrs = &self.blocks[bb].instrs;
            let store_j = stores_to(&instrs[j]);
            let store_k = stores_to(&instrs[k]);
            if store_j >= 0 || store_k >= 0 {
                if store_j == store_k {
                    return;
                }
                for instr in &instrs[j + 1..k] {
                    let s = stores_to(instr);
                    if s >= 0 && (s == store_j || s == store_k) {
                        return;
                    }
                }
            }
            self.blocks[bb].instrs[iu].set_op0(op::NOP);
            self.blocks[bb].instrs.swap(j, k);
            i -= 1;
        }
    }
}

/// `SWAPPABLE`.
fn swappable(opcode: u16) -> bool {
    matches!(
        opcode,
        op::STORE_FAST | op::STORE_FAST_MAYBE_NULL | op::POP_TOP
    )
}

/// `STORES_TO`.
fn stores_to(instr: &CfgInstr) -> i32 {
    if matches!(instr.opcode, op::STORE_FAST | op::STORE_FAST_MAYBE_NULL) {
        instr.oparg
    } else {
        -1
    }
}

// Abstract references for `optimize_load_fast`.
const NOT_LOCAL: i32 = -1;
const DUMMY_INSTR: i32 = -1;
const SUPPORT_KILLED: u8 = 1;
const STORED_AS_LOCAL: u8 = 2;
const REF_UNCONSUMED: u8 = 4;

#[derive(Clone, Copy)]
struct Ref {
    instr: i32,
    local: i32,
}

fn kill_local(flags: &mut [u8], refs: &[Ref], local: i32) {
    for r in refs {
        if r.local == local
            && r.instr >= 0
            && let Some(f) = flags.get_mut(r.instr as usize)
        {
            *f |= SUPPORT_KILLED;
        }
    }
}

fn store_local(flags: &mut [u8], refs: &[Ref], local: i32, r: Ref) {
    kill_local(flags, refs, local);
    if r.instr != DUMMY_INSTR
        && let Some(f) = flags.get_mut(r.instr as usize)
    {
        *f |= STORED_AS_LOCAL;
    }
}

impl Cfg {
    fn load_fast_push_block(&mut self, sp: &mut Vec<BlockId>, target: BlockId) {
        if !self.blocks[target].visited {
            self.blocks[target].visited = true;
            sp.push(target);
        }
    }

    /// `optimize_load_fast`: `LOAD_FAST{_LOAD_FAST}` whose value is consumed
    /// before its local can change become the borrowing forms.
    fn optimize_load_fast(&mut self) -> Result<()> {
        self.reset_visited();
        let max_instrs = self
            .order()
            .iter()
            .map(|&b| self.blocks[b].instrs.len())
            .max()
            .unwrap_or(0);
        let mut flags = vec![0u8; max_instrs];
        let mut refs: Vec<Ref> = Vec::new();
        let entry = self.entry;
        let mut sp = vec![entry];
        self.blocks[entry].startdepth = 0;
        self.blocks[entry].visited = true;
        let underflow = || internal("stack underflow in optimize_load_fast");
        while let Some(block) = sp.pop() {
            let n = self.blocks[block].instrs.len();
            flags[..n].fill(0);
            refs.clear();
            for _ in 0..self.blocks[block].startdepth.max(0) {
                refs.push(Ref {
                    instr: DUMMY_INSTR,
                    local: NOT_LOCAL,
                });
            }
            for i in 0..n {
                let instr = self.blocks[block].instrs[i];
                let opcode = instr.opcode;
                let oparg = instr.oparg;
                let ii = i as i32;
                match opcode {
                    op::LOAD_FAST => refs.push(Ref {
                        instr: ii,
                        local: oparg,
                    }),
                    // The value may still be on the stack (gh-133371).
                    op::DELETE_FAST => kill_local(&mut flags, &refs, oparg),
                    op::LOAD_FAST_AND_CLEAR => {
                        kill_local(&mut flags, &refs, oparg);
                        refs.push(Ref {
                            instr: ii,
                            local: oparg,
                        });
                    }
                    op::LOAD_FAST_LOAD_FAST => {
                        refs.push(Ref {
                            instr: ii,
                            local: oparg >> 4,
                        });
                        refs.push(Ref {
                            instr: ii,
                            local: oparg & 15,
                        });
                    }
                    op::STORE_FAST => {
                        let r = refs.pop().ok_or_else(underflow)?;
                        store_local(&mut flags, &refs, oparg, r);
                    }
                    op::STORE_FAST_LOAD_FAST => {
                        let r = refs.pop().ok_or_else(underflow)?;
                        store_local(&mut flags, &refs, oparg >> 4, r);
                        refs.push(Ref {
                            instr: ii,
                            local: oparg & 15,
                        });
                    }
                    op::STORE_FAST_STORE_FAST => {
                        let r = refs.pop().ok_or_else(underflow)?;
                        store_local(&mut flags, &refs, oparg >> 4, r);
                        let r = refs.pop().ok_or_else(underflow)?;
                        store_local(&mut flags, &refs, oparg & 15, r);
                    }
                    op::COPY => {
                        let idx = refs
                            .len()
                            .checked_sub(
                                usize::try_from(oparg)
                                    .ok()
                                    .filter(|&n| n > 0)
                                    .ok_or_else(underflow)?,
                            )
                            .ok_or_else(underflow)?;
                        let r = refs[idx];
                        refs.push(r);
                    }
                    op::SWAP => {
                        let len = refs.len();
                        let n = usize::try_from(oparg)
                            .ok()
                            .filter(|&n| n > 0)
                            .ok_or_else(underflow)?;
                        let idx = len.checked_sub(n).ok_or_else(underflow)?;
                        refs.swap(idx, len - 1);
                    }
                    // GET_YIELD_FROM_ITER and FORMAT_SIMPLE may push their
                    // input back (a generator, a str: gh-134889).
                    op::GET_ANEXT
                    | op::GET_YIELD_FROM_ITER
                    | op::FORMAT_SIMPLE
                    | op::GET_LEN
                    | op::IMPORT_FROM
                    | op::MATCH_KEYS
                    | op::MATCH_MAPPING
                    | op::MATCH_SEQUENCE
                    | op::WITH_EXCEPT_START => {
                        let net = meta::stack_effect(opcode, oparg, Some(false)).unwrap_or(0);
                        // CPython pushes refs attributed to the loop counter
                        // here (its `i` shadows the instruction index).
                        for k in 0..net.max(0) {
                            refs.push(Ref {
                                instr: k,
                                local: NOT_LOCAL,
                            });
                        }
                    }
                    op::DICT_MERGE
                    | op::DICT_UPDATE
                    | op::LIST_APPEND
                    | op::LIST_EXTEND
                    | op::MAP_ADD
                    | op::RERAISE
                    | op::SET_ADD
                    | op::SET_UPDATE => {
                        let net = -meta::stack_effect(opcode, oparg, Some(false)).unwrap_or(0);
                        for _ in 0..net.max(0) {
                            refs.pop().ok_or_else(underflow)?;
                        }
                    }
                    op::CHECK_EXC_MATCH => {
                        refs.pop().ok_or_else(underflow)?;
                        refs.push(Ref {
                            instr: ii,
                            local: NOT_LOCAL,
                        });
                    }
                    op::FOR_ITER => {
                        let t = instr
                            .target
                            .ok_or_else(|| internal("jump without target"))?;
                        self.load_fast_push_block(&mut sp, t);
                        refs.push(Ref {
                            instr: ii,
                            local: NOT_LOCAL,
                        });
                    }
                    op::LOAD_ATTR | op::LOAD_SUPER_ATTR | op::LOAD_SPECIAL => {
                        let selfref = refs.pop().ok_or_else(underflow)?;
                        if opcode == op::LOAD_SUPER_ATTR {
                            refs.pop().ok_or_else(underflow)?;
                            refs.pop().ok_or_else(underflow)?;
                        }
                        refs.push(Ref {
                            instr: ii,
                            local: NOT_LOCAL,
                        });
                        // A method load (LOAD_SPECIAL always is one): self
                        // may be pushed back onto the stack.
                        if oparg & 1 != 0 || opcode == op::LOAD_SPECIAL {
                            refs.push(selfref);
                        }
                    }
                    op::SEND => {
                        let t = instr
                            .target
                            .ok_or_else(|| internal("jump without target"))?;
                        self.load_fast_push_block(&mut sp, t);
                        refs.pop().ok_or_else(underflow)?;
                        refs.push(Ref {
                            instr: ii,
                            local: NOT_LOCAL,
                        });
                    }
                    _ => {
                        let popped = meta::num_popped(opcode, oparg).unwrap_or(0);
                        let pushed = meta::num_pushed(opcode, oparg).unwrap_or(0);
                        if has_target(opcode) {
                            let t = instr
                                .target
                                .ok_or_else(|| internal("jump without target"))?;
                            self.load_fast_push_block(&mut sp, t);
                        }
                        if !is_block_push(opcode) {
                            for _ in 0..popped {
                                refs.pop().ok_or_else(underflow)?;
                            }
                            for _ in 0..pushed {
                                refs.push(Ref {
                                    instr: ii,
                                    local: NOT_LOCAL,
                                });
                            }
                        }
                    }
                }
            }
            if let (Some(term), Some(next)) = (self.blocks[block].last(), self.blocks[block].next)
                && !(is_unconditional_jump(term.opcode) || is_scope_exit(term.opcode))
            {
                self.load_fast_push_block(&mut sp, next);
            }
            for r in &refs {
                if r.instr != -1 {
                    // (The GET_ANEXT group's refs may name a slot past the block.)
                    if let Some(f) = flags.get_mut(r.instr as usize) {
                        *f |= REF_UNCONSUMED;
                    }
                }
            }
            for (i, instr) in self.blocks[block].instrs.iter_mut().enumerate() {
                if flags[i] == 0 {
                    match instr.opcode {
                        op::LOAD_FAST => instr.opcode = op::LOAD_FAST_BORROW,
                        op::LOAD_FAST_LOAD_FAST => {
                            instr.opcode = op::LOAD_FAST_BORROW_LOAD_FAST_BORROW
                        }
                        _ => {}
                    }
                }
            }
        }
        Ok(())
    }

    /// `maybe_push` for `add_checks_for_loads_of_uninitialized_variables`.
    fn maybe_push(&mut self, b: BlockId, unsafe_mask: u64, sp: &mut Vec<BlockId>) {
        let both = self.blocks[b].unsafe_locals_mask | unsafe_mask;
        if self.blocks[b].unsafe_locals_mask != both {
            self.blocks[b].unsafe_locals_mask = both;
            if !self.blocks[b].visited {
                sp.push(b);
                self.blocks[b].visited = true;
            }
        }
    }

    /// `scan_block_for_locals`.
    fn scan_block_for_locals(&mut self, b: BlockId, sp: &mut Vec<BlockId>) {
        let mut unsafe_mask = self.blocks[b].unsafe_locals_mask;
        for i in 0..self.blocks[b].instrs.len() {
            let instr = self.blocks[b].instrs[i];
            if let Some(e) = instr.except {
                self.maybe_push(e, unsafe_mask, sp);
            }
            if !(0..64).contains(&instr.oparg) {
                continue;
            }
            let bit = 1u64 << instr.oparg;
            match instr.opcode {
                op::DELETE_FAST | op::LOAD_FAST_AND_CLEAR | op::STORE_FAST_MAYBE_NULL => {
                    unsafe_mask |= bit;
                }
                op::STORE_FAST | op::LOAD_FAST_CHECK => unsafe_mask &= !bit,
                op::LOAD_FAST => {
                    if unsafe_mask & bit != 0 {
                        self.blocks[b].instrs[i].opcode = op::LOAD_FAST_CHECK;
                    }
                    unsafe_mask &= !bit;
                }
                _ => {}
            }
        }
        if let Some(next) = self.blocks[b].next
            && self.blocks[b].has_fallthrough()
        {
            self.maybe_push(next, unsafe_mask, sp);
        }
        if let Some(last) = self.blocks[b].last().copied()
            && last.is_jump()
            && let Some(t) = last.target
        {
            self.maybe_push(t, unsafe_mask, sp);
        }
    }

    /// `fast_scan_many_locals`: locals past the 64th, one block at a time.
    fn fast_scan_many_locals(&mut self, nlocals: usize) {
        let mut states = vec![0usize; nlocals - 64];
        let mut blocknum = 0usize;
        for b in self.order() {
            blocknum += 1;
            for instr in self.blocks[b].instrs.iter_mut() {
                let Ok(arg) = usize::try_from(instr.oparg) else {
                    continue;
                };
                if arg < 64 || arg >= nlocals {
                    continue;
                }
                let s = &mut states[arg - 64];
                match instr.opcode {
                    op::DELETE_FAST | op::LOAD_FAST_AND_CLEAR | op::STORE_FAST_MAYBE_NULL => {
                        *s = blocknum - 1;
                    }
                    op::STORE_FAST => *s = blocknum,
                    op::LOAD_FAST => {
                        if *s != blocknum {
                            instr.opcode = op::LOAD_FAST_CHECK;
                        }
                        *s = blocknum;
                    }
                    _ => {}
                }
            }
        }
    }

    /// `add_checks_for_loads_of_uninitialized_variables`.
    fn add_checks_for_loads_of_uninitialized_variables(&mut self, nlocals: usize, nparams: usize) {
        if nlocals == 0 {
            return;
        }
        let mut nlocals = nlocals;
        if nlocals > 64 {
            self.fast_scan_many_locals(nlocals);
            nlocals = 64;
        }
        self.reset_visited();
        let mut sp = Vec::new();
        let mut start_mask = 0u64;
        for i in nparams..nlocals {
            start_mask |= 1u64 << i;
        }
        let entry = self.entry;
        self.maybe_push(entry, start_mask, &mut sp);
        for b in self.order() {
            self.scan_block_for_locals(b, &mut sp);
        }
        while let Some(b) = sp.pop() {
            self.blocks[b].visited = false;
            self.scan_block_for_locals(b, &mut sp);
        }
    }

    /// `remove_unused_consts`.
    fn remove_unused_consts(&mut self, consts: &mut Consts) -> Result<()> {
        let nconsts = consts.table.len();
        if nconsts == 0 {
            return Ok(());
        }
        let mut used = vec![false; nconsts];
        // The first constant may be the docstring: it always stays.
        used[0] = true;
        let order = self.order();
        for &b in &order {
            for instr in &self.blocks[b].instrs {
                if has_const(instr.opcode) {
                    let i = usize::try_from(instr.oparg)
                        .ok()
                        .filter(|&i| i < nconsts)
                        .ok_or_else(|| internal("constant index out of range"))?;
                    used[i] = true;
                }
            }
        }
        if used.iter().all(|&u| u) {
            return Ok(());
        }
        let mut reverse = vec![-1i32; nconsts];
        let mut kept = Vec::new();
        let old = std::mem::take(&mut consts.table).into_vec();
        for (i, c) in old.into_iter().enumerate() {
            if used[i] {
                reverse[i] = kept.len() as i32;
                kept.push(c);
            }
        }
        consts.table = ConstTable::from_vec(kept);
        for &b in &order {
            for instr in self.blocks[b].instrs.iter_mut() {
                if has_const(instr.opcode) {
                    instr.oparg = reverse[instr.oparg as usize];
                }
            }
        }
        Ok(())
    }

    /// `mark_warm`.
    fn mark_warm(&mut self) -> Result<()> {
        self.reset_visited();
        let entry = self.entry;
        let mut stack = vec![entry];
        self.blocks[entry].visited = true;
        while let Some(b) = stack.pop() {
            if self.blocks[b].except_handler {
                return Err(internal("exception handler reached by normal flow"));
            }
            self.blocks[b].warm = true;
            if let Some(next) = self.blocks[b].next
                && self.blocks[b].has_fallthrough()
                && !self.blocks[next].visited
            {
                stack.push(next);
                self.blocks[next].visited = true;
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.is_jump()
                    && let Some(t) = instr.target
                    && !self.blocks[t].visited
                {
                    stack.push(t);
                    self.blocks[t].visited = true;
                }
            }
        }
        Ok(())
    }

    /// `mark_cold`.
    fn mark_cold(&mut self) -> Result<()> {
        self.mark_warm()?;
        self.reset_visited();
        let mut stack = Vec::new();
        for b in self.order() {
            if self.blocks[b].except_handler {
                stack.push(b);
                self.blocks[b].visited = true;
            }
        }
        while let Some(b) = stack.pop() {
            self.blocks[b].cold = true;
            if let Some(next) = self.blocks[b].next
                && self.blocks[b].has_fallthrough()
                && !self.blocks[next].warm
                && !self.blocks[next].visited
            {
                stack.push(next);
                self.blocks[next].visited = true;
            }
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.is_jump()
                    && let Some(t) = instr.target
                    && !self.blocks[t].warm
                    && !self.blocks[t].visited
                {
                    stack.push(t);
                    self.blocks[t].visited = true;
                }
            }
        }
        Ok(())
    }

    /// `push_cold_blocks_to_end`.
    fn push_cold_blocks_to_end(&mut self) -> Result<()> {
        let entry = self.entry;
        if self.blocks[entry].next.is_none() {
            return Ok(());
        }
        self.mark_cold()?;
        let mut next_lbl = self.max_label() + 1;
        let mut b = Some(entry);
        while let Some(id) = b {
            let next = self.blocks[id].next;
            if let Some(nx) = next
                && self.blocks[id].cold
                && self.blocks[id].has_fallthrough()
                && self.blocks[nx].warm
            {
                let explicit_jump = self.new_block();
                if self.blocks[nx].label == NO_LABEL {
                    self.blocks[nx].label = next_lbl;
                    next_lbl += 1;
                }
                let mut j =
                    CfgInstr::new(op::JUMP_NO_INTERRUPT, self.blocks[nx].label, NO_LOCATION);
                j.target = Some(nx);
                let ej = &mut self.blocks[explicit_jump];
                ej.instrs.push(j);
                ej.cold = true;
                ej.next = Some(nx);
                ej.predecessors = 1;
                self.blocks[id].next = Some(explicit_jump);
            }
            b = self.blocks[id].next;
        }
        if self.blocks[entry].cold {
            return Err(internal("first block is cold"));
        }
        let mut cold_head: Option<BlockId> = None;
        let mut cold_tail: Option<BlockId> = None;
        let mut b = entry;
        while self.blocks[b].next.is_some() {
            while let Some(nx) = self.blocks[b].next {
                if self.blocks[nx].cold {
                    break;
                }
                b = nx;
            }
            let Some(start) = self.blocks[b].next else {
                break;
            };
            let mut end = start;
            while let Some(nx) = self.blocks[end].next {
                if !self.blocks[nx].cold {
                    break;
                }
                end = nx;
            }
            match cold_tail {
                None => cold_head = Some(start),
                Some(t) => self.blocks[t].next = Some(start),
            }
            cold_tail = Some(end);
            self.blocks[b].next = self.blocks[end].next;
            self.blocks[end].next = None;
        }
        self.blocks[b].next = cold_head;
        if cold_head.is_some() {
            self.remove_redundant_nops_and_jumps()?;
        }
        Ok(())
    }

    /// `convert_pseudo_conditional_jumps`: `JUMP_IF_X` becomes
    /// `COPY 1; TO_BOOL; POP_JUMP_IF_X`.
    fn convert_pseudo_conditional_jumps(&mut self) {
        for b in self.order() {
            let mut i = 0;
            while i < self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                if instr.opcode == op::JUMP_IF_FALSE || instr.opcode == op::JUMP_IF_TRUE {
                    self.blocks[b].instrs[i].opcode = if instr.opcode == op::JUMP_IF_FALSE {
                        op::POP_JUMP_IF_FALSE
                    } else {
                        op::POP_JUMP_IF_TRUE
                    };
                    // COPY and TO_BOOL are covered by the jump's handler.
                    let mut copy = CfgInstr::new(op::COPY, 1, instr.loc);
                    copy.except = instr.except;
                    let mut to_bool = CfgInstr::new(op::TO_BOOL, 0, instr.loc);
                    to_bool.except = instr.except;
                    self.blocks[b].instrs.insert(i, copy);
                    i += 1;
                    self.blocks[b].instrs.insert(i, to_bool);
                    i += 1;
                }
                i += 1;
            }
        }
    }

    /// `convert_pseudo_ops`.
    fn convert_pseudo_ops(&mut self) -> Result<()> {
        for b in self.order() {
            for instr in self.blocks[b].instrs.iter_mut() {
                if is_block_push(instr.opcode) {
                    instr.set_op0(op::NOP);
                } else if instr.opcode == op::LOAD_CLOSURE {
                    instr.opcode = op::LOAD_FAST;
                } else if instr.opcode == op::STORE_FAST_MAYBE_NULL {
                    instr.opcode = op::STORE_FAST;
                }
            }
        }
        self.remove_redundant_nops_and_jumps()
    }

    /// `is_exit_or_eval_check_without_lineno`.
    fn is_exit_or_eval_check_without_lineno(&self, b: BlockId) -> bool {
        let blk = &self.blocks[b];
        (blk.exits_scope() || blk.has_eval_break()) && blk.has_no_lineno()
    }

    /// `duplicate_exits_without_lineno` (PEP 626: every exit has a line).
    fn duplicate_exits_without_lineno(&mut self) {
        let mut next_lbl = self.max_label() + 1;
        let mut b = Some(self.entry);
        while let Some(id) = b {
            if let Some(last) = self.blocks[id].last().copied()
                && last.is_jump()
                && let Some(target) = self.next_nonempty_block(last.target)
                && self.is_exit_or_eval_check_without_lineno(target)
                && self.blocks[target].predecessors > 1
            {
                let new_target = self.new_block();
                let copied = self.blocks[target].instrs.clone();
                self.blocks[new_target].instrs = copied;
                self.blocks[new_target].instrs[0].loc = last.loc;
                if let Some(l) = self.blocks[id].instrs.last_mut() {
                    l.target = Some(new_target);
                }
                self.blocks[target].predecessors -= 1;
                self.blocks[new_target].predecessors = 1;
                self.blocks[new_target].next = self.blocks[target].next;
                self.blocks[new_target].label = next_lbl;
                next_lbl += 1;
                self.blocks[target].next = Some(new_target);
            }
            b = self.blocks[id].next;
        }
        let mut b = Some(self.entry);
        while let Some(id) = b {
            if self.blocks[id].has_fallthrough()
                && !self.blocks[id].instrs.is_empty()
                && let Some(next) = self.blocks[id].next
                && self.is_exit_or_eval_check_without_lineno(next)
            {
                let loc = self.blocks[id].instrs[self.blocks[id].instrs.len() - 1].loc;
                self.blocks[next].instrs[0].loc = loc;
            }
            b = self.blocks[id].next;
        }
    }

    /// `propagate_line_numbers`.
    fn propagate_line_numbers(&mut self) {
        let mut b = Some(self.entry);
        while let Some(id) = b {
            b = self.blocks[id].next;
            let Some(last) = self.blocks[id].last().copied() else {
                continue;
            };
            let mut prev_location = NO_LOCATION;
            for instr in self.blocks[id].instrs.iter_mut() {
                if instr.loc.lineno == NO_LOCATION.lineno {
                    instr.loc = prev_location;
                } else {
                    prev_location = instr.loc;
                }
            }
            if self.blocks[id].has_fallthrough()
                && let Some(next) = self.blocks[id].next
                && self.blocks[next].predecessors == 1
                && let Some(first) = self.blocks[next].instrs.first_mut()
                && first.loc.lineno == NO_LOCATION.lineno
            {
                first.loc = prev_location;
            }
            if last.is_jump()
                && let Some(t) = last.target
                && self.blocks[t].predecessors == 1
                && let Some(first) = self.blocks[t].instrs.first_mut()
                && first.loc.lineno == NO_LOCATION.lineno
            {
                first.loc = prev_location;
            }
        }
    }

    /// `resolve_line_numbers`.
    fn resolve_line_numbers(&mut self) {
        self.duplicate_exits_without_lineno();
        self.propagate_line_numbers();
    }

    /// `optimize_cfg`.
    fn optimize_cfg(&mut self, consts: &mut Consts) -> Result<()> {
        self.check_cfg()?;
        self.inline_small_or_no_lineno_blocks();
        self.remove_unreachable();
        self.resolve_line_numbers();
        for b in self.order() {
            self.block_optimize_load_const(b, consts)?;
        }
        let mut b = Some(self.entry);
        while let Some(id) = b {
            self.optimize_basic_block(id, consts)?;
            b = self.blocks[id].next;
        }
        self.remove_redundant_nops_and_pairs();
        self.remove_unreachable();
        self.remove_redundant_nops_and_jumps()
    }

    /// `insert_superinstructions`.
    fn insert_superinstructions(&mut self) {
        for b in self.order() {
            let instrs = &mut self.blocks[b].instrs;
            for i in 0..instrs.len() {
                let nextop = instrs.get(i + 1).map_or(0, |n| n.opcode);
                let super_op = match (instrs[i].opcode, nextop) {
                    (op::LOAD_FAST, op::LOAD_FAST) => op::LOAD_FAST_LOAD_FAST,
                    (op::STORE_FAST, op::LOAD_FAST) => op::STORE_FAST_LOAD_FAST,
                    (op::STORE_FAST, op::STORE_FAST) => op::STORE_FAST_STORE_FAST,
                    _ => continue,
                };
                // make_super_instruction
                let (line1, line2) = (instrs[i].loc.lineno, instrs[i + 1].loc.lineno);
                if line1 >= 0 && line2 >= 0 && line1 != line2 {
                    continue;
                }
                if instrs[i].oparg >= 16 || instrs[i + 1].oparg >= 16 {
                    continue;
                }
                let oparg = (instrs[i].oparg << 4) | instrs[i + 1].oparg;
                instrs[i].set_op1(super_op, oparg);
                instrs[i + 1].set_op0(op::NOP);
            }
        }
        self.remove_redundant_nops();
    }

    /// `calculate_stackdepth`: the deepest stack on any path.
    fn calculate_stackdepth(&mut self) -> Result<i32> {
        let order = self.order();
        for &b in &order {
            self.blocks[b].startdepth = i32::MIN;
            self.blocks[b].visited = false;
        }
        let mut stack = Vec::new();
        let mut maxdepth = 0;
        let entry = self.entry;
        self.stackdepth_push(&mut stack, entry, 0)?;
        while let Some(b) = stack.pop() {
            let mut depth = self.blocks[b].startdepth;
            let mut next = self.blocks[b].next;
            for i in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[i];
                let effect = meta::stack_effect(instr.opcode, instr.oparg, Some(false))
                    .ok_or_else(|| {
                        internal(format!(
                            "Invalid stack effect for opcode={}, arg={}",
                            instr.opcode, instr.oparg
                        ))
                    })?;
                let new_depth = depth + effect;
                if new_depth < 0 {
                    return Err(CompileError::ValueError(
                        "Invalid CFG, stack underflow".into(),
                    ));
                }
                maxdepth = maxdepth.max(depth);
                if has_target(instr.opcode) && instr.opcode != op::END_ASYNC_FOR {
                    let jeffect = meta::stack_effect(instr.opcode, instr.oparg, Some(true))
                        .ok_or_else(|| internal("Invalid stack effect"))?;
                    let target_depth = depth + jeffect;
                    maxdepth = maxdepth.max(depth);
                    let t = instr
                        .target
                        .ok_or_else(|| internal("jump without target"))?;
                    self.stackdepth_push(&mut stack, t, target_depth)?;
                }
                depth = new_depth;
                if is_unconditional_jump(instr.opcode) || is_scope_exit(instr.opcode) {
                    next = None;
                    break;
                }
            }
            if let Some(nx) = next {
                self.stackdepth_push(&mut stack, nx, depth)?;
            }
        }
        Ok(maxdepth)
    }

    /// `stackdepth_push`.
    fn stackdepth_push(&mut self, stack: &mut Vec<BlockId>, b: BlockId, depth: i32) -> Result<()> {
        let sd = self.blocks[b].startdepth;
        if !(sd < 0 || sd == depth) {
            return Err(CompileError::ValueError(
                "Invalid CFG, inconsistent stackdepth".into(),
            ));
        }
        if sd < depth && sd < 100 {
            self.blocks[b].startdepth = depth;
            stack.push(b);
        }
        Ok(())
    }

    /// `normalize_jumps`: a backward conditional jump becomes the reversed
    /// forward jump over a new `NOT_TAKEN; JUMP` block; forward ones get a
    /// `NOT_TAKEN` after them.
    fn normalize_jumps(&mut self) -> Result<()> {
        self.reset_visited();
        let mut b = Some(self.entry);
        while let Some(id) = b {
            self.blocks[id].visited = true;
            self.normalize_jumps_in_block(id)?;
            b = self.blocks[id].next;
        }
        Ok(())
    }

    fn normalize_jumps_in_block(&mut self, b: BlockId) -> Result<()> {
        let Some(last) = self.blocks[b].last().copied() else {
            return Ok(());
        };
        if !is_conditional_jump(last.opcode) {
            return Ok(());
        }
        let target = last.target.ok_or_else(|| internal("jump without target"))?;
        let is_forward = !self.blocks[target].visited;
        if is_forward {
            let mut not_taken = CfgInstr::new(op::NOT_TAKEN, 0, last.loc);
            not_taken.except = self.blocks[b].next_slot_except();
            self.blocks[b].instrs.push(not_taken);
            return Ok(());
        }
        let reversed = match last.opcode {
            op::POP_JUMP_IF_NOT_NONE => op::POP_JUMP_IF_NONE,
            op::POP_JUMP_IF_NONE => op::POP_JUMP_IF_NOT_NONE,
            op::POP_JUMP_IF_FALSE => op::POP_JUMP_IF_TRUE,
            _ => op::POP_JUMP_IF_FALSE,
        };
        let backwards_jump = self.new_block();
        self.blocks[backwards_jump]
            .instrs
            .push(CfgInstr::new(op::NOT_TAKEN, 0, last.loc));
        self.add_jump(backwards_jump, op::JUMP, target, last.loc)?;
        self.blocks[backwards_jump].startdepth = self.blocks[target].startdepth;
        let b_next = self.blocks[b].next;
        if let Some(l) = self.blocks[b].instrs.last_mut() {
            l.opcode = reversed;
            l.target = b_next;
        }
        self.blocks[backwards_jump].cold = self.blocks[b].cold;
        self.blocks[backwards_jump].next = b_next;
        self.blocks[b].next = Some(backwards_jump);
        Ok(())
    }

    /// `_PyCfg_ToInstructionSequence`: blocks are renumbered in order; jump
    /// opargs and handler labels become the label ids (block positions).
    fn build_instruction_sequence(&mut self) -> InstrSequence {
        let order = self.order();
        for (lbl, &b) in order.iter().enumerate() {
            self.blocks[b].label = lbl as i32;
        }
        let mut seq = InstrSequence::new();
        for &b in &order {
            let label = seq.new_label();
            seq.use_label(label);
            for k in 0..self.blocks[b].instrs.len() {
                let instr = self.blocks[b].instrs[k];
                let oparg = match (has_target(instr.opcode), instr.target) {
                    (true, Some(t)) => self.blocks[t].label,
                    _ => instr.oparg,
                };
                let except_handler = match instr.except {
                    Some(e) => ExceptHandlerInfo {
                        label: Some(Label(self.blocks[e].label as u32)),
                        start_depth: self.blocks[e].startdepth,
                        preserve_lasti: self.blocks[e].preserve_lasti,
                    },
                    None => ExceptHandlerInfo::default(),
                };
                seq.instrs.push(Instr {
                    opcode: instr.opcode,
                    oparg,
                    loc: instr.loc,
                    except_handler,
                });
            }
        }
        seq
    }
}

/// What the optimiser hands the assembler (besides the sequence).
pub(crate) struct Optimized {
    pub seq: InstrSequence,
    pub consts: Vec<Constant>,
    pub stackdepth: i32,
    pub nlocalsplus: usize,
}

/// `_PyCfg_OptimizeCodeUnit` then `_PyCfg_OptimizedCfgToInstructionSequence`.
pub(crate) fn optimize_code_unit(
    seq: &InstrSequence,
    meta_: &crate::instr::UnitMetadata,
    consts: Vec<Constant>,
    code_flags: u32,
    nparams: usize,
) -> Result<Optimized> {
    let mut g = Cfg::from_instr_sequence(seq)?;
    let mut consts = Consts {
        table: ConstTable::from_vec(consts),
    };
    // Preprocessing: labels to targets, exception handlers.
    g.translate_jump_labels_to_targets()?;
    g.mark_except_handlers();
    g.label_exception_targets()?;
    // Optimisation.
    g.optimize_cfg(&mut consts)?;
    g.remove_unused_consts(&mut consts)?;
    let nlocals = meta_.varnames.len();
    g.add_checks_for_loads_of_uninitialized_variables(nlocals, nparams);
    g.insert_superinstructions();
    g.push_cold_blocks_to_end()?;
    g.resolve_line_numbers();
    // _PyCfg_OptimizedCfgToInstructionSequence
    g.convert_pseudo_conditional_jumps();
    let stackdepth = g.calculate_stackdepth()?;
    let nlocalsplus = g.prepare_localsplus(meta_, code_flags)?;
    g.convert_pseudo_ops()?;
    g.normalize_jumps()?;
    g.optimize_load_fast()?;
    let seq = g.build_instruction_sequence();
    Ok(Optimized {
        seq,
        consts: consts.table.into_vec(),
        stackdepth,
        nlocalsplus,
    })
}

fn is_generator(code_flags: u32) -> bool {
    use crate::code::flags::*;
    code_flags & (CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR) != 0
}

impl Cfg {
    /// `prepare_localsplus`: the prefix instructions, cell offsets fixed;
    /// returns the number of localsplus slots.
    fn prepare_localsplus(
        &mut self,
        umd: &crate::instr::UnitMetadata,
        code_flags: u32,
    ) -> Result<usize> {
        let nlocals = umd.varnames.len();
        let ncellvars = umd.cellvars.len();
        let nfreevars = umd.freevars.len();
        let fixed = build_cellfixedoffsets(umd);
        self.insert_prefix_instructions(umd, &fixed, nfreevars, code_flags)?;
        let numdropped = self.fix_cell_offsets(nlocals, ncellvars + nfreevars, fixed)?;
        Ok(nlocals + ncellvars + nfreevars - numdropped)
    }

    /// `insert_prefix_instructions`.
    fn insert_prefix_instructions(
        &mut self,
        umd: &crate::instr::UnitMetadata,
        fixed: &[usize],
        nfreevars: usize,
        code_flags: u32,
    ) -> Result<()> {
        let entry = self.entry;
        if is_generator(code_flags) {
            let line = umd.firstlineno;
            let loc = SourceLocation::new(line, line, -1, -1);
            let instrs = &mut self.blocks[entry].instrs;
            instrs.insert(0, CfgInstr::new(op::RETURN_GENERATOR, 0, loc));
            instrs.insert(1, CfgInstr::new(op::POP_TOP, 0, loc));
        }
        let ncellvars = umd.cellvars.len();
        if ncellvars > 0 {
            // The cells sorted by their final offset (argument cells first).
            let nvars = ncellvars + umd.varnames.len();
            let mut sorted = vec![0usize; nvars];
            for (i, &f) in fixed.iter().take(ncellvars).enumerate() {
                if let Some(s) = sorted.get_mut(f) {
                    *s = i + 1;
                }
            }
            let mut ncellsused = 0;
            for &s in &sorted {
                if ncellsused >= ncellvars {
                    break;
                }
                if s == 0 {
                    continue;
                }
                self.blocks[entry].instrs.insert(
                    ncellsused,
                    CfgInstr::new(op::MAKE_CELL, s as i32 - 1, NO_LOCATION),
                );
                ncellsused += 1;
            }
        }
        if nfreevars > 0 {
            self.blocks[entry].instrs.insert(
                0,
                CfgInstr::new(op::COPY_FREE_VARS, nfreevars as i32, NO_LOCATION),
            );
        }
        Ok(())
    }

    /// `fix_cell_offsets`: cell and free opargs become localsplus offsets;
    /// returns how many cells share a slot with an argument.
    fn fix_cell_offsets(
        &mut self,
        nlocals: usize,
        noffsets: usize,
        mut fixed: Vec<usize>,
    ) -> Result<usize> {
        let mut numdropped = 0;
        for (i, f) in fixed.iter_mut().enumerate() {
            if *f == i + nlocals {
                *f -= numdropped;
            } else {
                numdropped += 1;
            }
        }
        for b in self.order() {
            for instr in self.blocks[b].instrs.iter_mut() {
                if matches!(
                    instr.opcode,
                    op::MAKE_CELL
                        | op::LOAD_CLOSURE
                        | op::LOAD_DEREF
                        | op::STORE_DEREF
                        | op::DELETE_DEREF
                        | op::LOAD_FROM_DICT_OR_DEREF
                ) {
                    let old = usize::try_from(instr.oparg)
                        .ok()
                        .filter(|&o| o < noffsets)
                        .ok_or_else(|| internal("cell offset out of range"))?;
                    instr.oparg = fixed[old] as i32;
                }
            }
        }
        Ok(numdropped)
    }
}

/// `build_cellfixedoffsets`: a cell that is also an argument lives in the
/// argument's slot.
fn build_cellfixedoffsets(umd: &crate::instr::UnitMetadata) -> Vec<usize> {
    let nlocals = umd.varnames.len();
    let noffsets = umd.cellvars.len() + umd.freevars.len();
    let mut fixed: Vec<usize> = (0..noffsets).map(|i| nlocals + i).collect();
    let index: std::collections::HashMap<&str, usize> = umd
        .varnames
        .iter()
        .enumerate()
        .map(|(i, n)| (&**n, i))
        .collect();
    for (cellindex, name) in umd.cellvars.iter().enumerate() {
        if let Some(&argoffset) = index.get(&**name) {
            fixed[cellindex] = argoffset;
        }
    }
    fixed
}
