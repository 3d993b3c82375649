//! What the flowgraph optimiser and assembler need to know of each opcode
//! beyond its number: how many stack items it pops and pushes, and the
//! opcode classes of `pycore_opcode_utils.h`.
//!
//! The pop and push counts are those CPython 3.14 generates from
//! Python/bytecodes.c into `_PyOpcode_num_popped` / `_PyOpcode_num_pushed`
//! (Include/internal/pycore_opcode_metadata.h): every input of an
//! instruction's stack effect counts, the items it leaves in place too (so
//! `SEND` pops 2 and pushes 2). Their difference is `dis.stack_effect`, which
//! the tests check for every opcode against CPython.

use crate::opcode::{self, op};

/// `_PyOpcode_num_popped`: `None` for numbers that are no opcode or are a
/// specialised form.
pub fn num_popped(opcode: u16, oparg: i32) -> Option<i32> {
    use op::*;
    Some(match opcode {
        CACHE
        | RESERVED
        | NOP
        | NOT_TAKEN
        | RESUME
        | EXTENDED_ARG
        | LOAD_BUILD_CLASS
        | LOAD_LOCALS
        | PUSH_NULL
        | RETURN_GENERATOR
        | SETUP_ANNOTATIONS
        | COPY_FREE_VARS
        | DELETE_DEREF
        | DELETE_FAST
        | DELETE_GLOBAL
        | DELETE_NAME
        | JUMP_BACKWARD
        | JUMP_BACKWARD_NO_INTERRUPT
        | JUMP_FORWARD
        | LOAD_COMMON_CONSTANT
        | LOAD_CONST
        | LOAD_DEREF
        | LOAD_FAST
        | LOAD_FAST_AND_CLEAR
        | LOAD_FAST_BORROW
        | LOAD_FAST_BORROW_LOAD_FAST_BORROW
        | LOAD_FAST_CHECK
        | LOAD_FAST_LOAD_FAST
        | LOAD_GLOBAL
        | LOAD_NAME
        | LOAD_SMALL_INT
        | MAKE_CELL => 0,
        INSTRUMENTED_INSTRUCTION
        | INSTRUMENTED_JUMP_FORWARD
        | INSTRUMENTED_NOT_TAKEN
        | INSTRUMENTED_RESUME
        | INSTRUMENTED_JUMP_BACKWARD
        | INSTRUMENTED_LINE
        | ENTER_EXECUTOR => 0,
        ANNOTATIONS_PLACEHOLDER
        | JUMP
        | JUMP_NO_INTERRUPT
        | LOAD_CLOSURE
        | POP_BLOCK
        | SETUP_CLEANUP
        | SETUP_FINALLY
        | SETUP_WITH => 0,
        BINARY_SLICE => 3,
        BUILD_TEMPLATE => 2,
        CALL_FUNCTION_EX | INSTRUMENTED_CALL_FUNCTION_EX => 4,
        CHECK_EG_MATCH | CHECK_EXC_MATCH => 2,
        CLEANUP_THROW => 3,
        DELETE_SUBSCR => 2,
        END_FOR | INSTRUMENTED_END_FOR => 1,
        END_SEND | INSTRUMENTED_END_SEND => 2,
        EXIT_INIT_CHECK => 1,
        FORMAT_SIMPLE => 1,
        FORMAT_WITH_SPEC => 2,
        GET_AITER | GET_ANEXT | GET_ITER | GET_LEN | GET_YIELD_FROM_ITER => 1,
        INTERPRETER_EXIT => 1,
        MAKE_FUNCTION => 1,
        MATCH_KEYS => 2,
        MATCH_MAPPING | MATCH_SEQUENCE => 1,
        POP_EXCEPT | POP_ITER | POP_TOP | INSTRUMENTED_POP_ITER => 1,
        PUSH_EXC_INFO => 1,
        RETURN_VALUE | INSTRUMENTED_RETURN_VALUE => 1,
        STORE_SLICE => 4,
        STORE_SUBSCR => 3,
        TO_BOOL | UNARY_INVERT | UNARY_NEGATIVE | UNARY_NOT => 1,
        WITH_EXCEPT_START => 5,
        BINARY_OP => 2,
        BUILD_INTERPOLATION => 2 + (oparg & 1),
        BUILD_LIST | BUILD_SET | BUILD_SLICE | BUILD_STRING | BUILD_TUPLE => oparg,
        BUILD_MAP => oparg.wrapping_mul(2),
        CALL | INSTRUMENTED_CALL => oparg.wrapping_add(2),
        CALL_KW | INSTRUMENTED_CALL_KW => oparg.wrapping_add(3),
        CALL_INTRINSIC_1 => 1,
        CALL_INTRINSIC_2 => 2,
        COMPARE_OP | CONTAINS_OP | IS_OP => 2,
        CONVERT_VALUE => 1,
        COPY => oparg,
        DELETE_ATTR => 1,
        DICT_MERGE => oparg.wrapping_add(4),
        DICT_UPDATE | LIST_APPEND | LIST_EXTEND | SET_ADD | SET_UPDATE => oparg.wrapping_add(1),
        END_ASYNC_FOR | INSTRUMENTED_END_ASYNC_FOR => 2,
        FOR_ITER | INSTRUMENTED_FOR_ITER => 1,
        GET_AWAITABLE => 1,
        IMPORT_FROM => 1,
        IMPORT_NAME => 2,
        LOAD_ATTR => 1,
        LOAD_FROM_DICT_OR_DEREF | LOAD_FROM_DICT_OR_GLOBALS => 1,
        LOAD_SPECIAL => 1,
        LOAD_SUPER_ATTR | INSTRUMENTED_LOAD_SUPER_ATTR => 3,
        MAP_ADD => oparg.wrapping_add(2),
        MATCH_CLASS => 3,
        POP_JUMP_IF_FALSE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE | POP_JUMP_IF_TRUE => 1,
        INSTRUMENTED_POP_JUMP_IF_TRUE
        | INSTRUMENTED_POP_JUMP_IF_FALSE
        | INSTRUMENTED_POP_JUMP_IF_NONE
        | INSTRUMENTED_POP_JUMP_IF_NOT_NONE => 1,
        RAISE_VARARGS => oparg,
        RERAISE => oparg.wrapping_add(1),
        SEND => 2,
        SET_FUNCTION_ATTRIBUTE => 2,
        STORE_ATTR => 2,
        STORE_DEREF | STORE_FAST | STORE_GLOBAL | STORE_NAME | STORE_FAST_LOAD_FAST => 1,
        STORE_FAST_STORE_FAST => 2,
        SWAP => oparg,
        UNPACK_EX | UNPACK_SEQUENCE => 1,
        YIELD_VALUE | INSTRUMENTED_YIELD_VALUE => 1,
        JUMP_IF_FALSE | JUMP_IF_TRUE => 1,
        STORE_FAST_MAYBE_NULL => 1,
        _ => return None,
    })
}

/// `_PyOpcode_num_pushed`: `None` for numbers that are no opcode or are a
/// specialised form.
pub fn num_pushed(opcode: u16, oparg: i32) -> Option<i32> {
    use op::*;
    Some(match opcode {
        CACHE
        | RESERVED
        | NOP
        | NOT_TAKEN
        | RESUME
        | EXTENDED_ARG
        | SETUP_ANNOTATIONS
        | COPY_FREE_VARS
        | DELETE_DEREF
        | DELETE_FAST
        | DELETE_GLOBAL
        | DELETE_NAME
        | JUMP_BACKWARD
        | JUMP_BACKWARD_NO_INTERRUPT
        | JUMP_FORWARD
        | MAKE_CELL => 0,
        INSTRUMENTED_INSTRUCTION
        | INSTRUMENTED_JUMP_FORWARD
        | INSTRUMENTED_NOT_TAKEN
        | INSTRUMENTED_RESUME
        | INSTRUMENTED_JUMP_BACKWARD
        | INSTRUMENTED_LINE
        | ENTER_EXECUTOR => 0,
        ANNOTATIONS_PLACEHOLDER | JUMP | JUMP_NO_INTERRUPT | POP_BLOCK => 0,
        SETUP_CLEANUP => 2,
        SETUP_FINALLY | SETUP_WITH => 1,
        LOAD_BUILD_CLASS | LOAD_LOCALS | PUSH_NULL | RETURN_GENERATOR | LOAD_COMMON_CONSTANT
        | LOAD_CONST | LOAD_DEREF | LOAD_FAST | LOAD_FAST_AND_CLEAR | LOAD_FAST_BORROW
        | LOAD_FAST_CHECK | LOAD_NAME | LOAD_SMALL_INT | LOAD_CLOSURE => 1,
        LOAD_FAST_BORROW_LOAD_FAST_BORROW | LOAD_FAST_LOAD_FAST => 2,
        LOAD_GLOBAL => 1 + (oparg & 1),
        BINARY_SLICE | BUILD_TEMPLATE => 1,
        CALL_FUNCTION_EX | INSTRUMENTED_CALL_FUNCTION_EX => 1,
        CHECK_EG_MATCH | CHECK_EXC_MATCH => 2,
        CLEANUP_THROW => 2,
        DELETE_SUBSCR => 0,
        END_FOR | INSTRUMENTED_END_FOR => 0,
        END_SEND | INSTRUMENTED_END_SEND => 1,
        EXIT_INIT_CHECK => 0,
        FORMAT_SIMPLE | FORMAT_WITH_SPEC => 1,
        GET_AITER | GET_ITER | GET_YIELD_FROM_ITER => 1,
        GET_ANEXT | GET_LEN => 2,
        INTERPRETER_EXIT => 0,
        MAKE_FUNCTION => 1,
        MATCH_KEYS => 3,
        MATCH_MAPPING | MATCH_SEQUENCE => 2,
        POP_EXCEPT | POP_ITER | POP_TOP | INSTRUMENTED_POP_ITER => 0,
        PUSH_EXC_INFO => 2,
        RETURN_VALUE | INSTRUMENTED_RETURN_VALUE => 1,
        STORE_SLICE | STORE_SUBSCR => 0,
        TO_BOOL | UNARY_INVERT | UNARY_NEGATIVE | UNARY_NOT => 1,
        WITH_EXCEPT_START => 6,
        BINARY_OP | BUILD_INTERPOLATION => 1,
        BUILD_LIST | BUILD_SET | BUILD_SLICE | BUILD_STRING | BUILD_TUPLE | BUILD_MAP => 1,
        CALL | INSTRUMENTED_CALL | CALL_KW | INSTRUMENTED_CALL_KW => 1,
        CALL_INTRINSIC_1 | CALL_INTRINSIC_2 => 1,
        COMPARE_OP | CONTAINS_OP | IS_OP => 1,
        CONVERT_VALUE => 1,
        COPY => oparg.wrapping_add(1),
        DELETE_ATTR => 0,
        DICT_MERGE => oparg.wrapping_add(3),
        DICT_UPDATE | LIST_APPEND | LIST_EXTEND | SET_ADD | SET_UPDATE => oparg,
        END_ASYNC_FOR | INSTRUMENTED_END_ASYNC_FOR => 0,
        FOR_ITER | INSTRUMENTED_FOR_ITER => 2,
        GET_AWAITABLE => 1,
        IMPORT_FROM => 2,
        IMPORT_NAME => 1,
        LOAD_ATTR => 1 + (oparg & 1),
        LOAD_FROM_DICT_OR_DEREF | LOAD_FROM_DICT_OR_GLOBALS => 1,
        LOAD_SPECIAL => 2,
        LOAD_SUPER_ATTR | INSTRUMENTED_LOAD_SUPER_ATTR => 1 + (oparg & 1),
        MAP_ADD => oparg,
        MATCH_CLASS => 1,
        POP_JUMP_IF_FALSE | POP_JUMP_IF_NONE | POP_JUMP_IF_NOT_NONE | POP_JUMP_IF_TRUE => 0,
        INSTRUMENTED_POP_JUMP_IF_TRUE
        | INSTRUMENTED_POP_JUMP_IF_FALSE
        | INSTRUMENTED_POP_JUMP_IF_NONE
        | INSTRUMENTED_POP_JUMP_IF_NOT_NONE => 0,
        RAISE_VARARGS => 0,
        RERAISE => oparg,
        SEND => 2,
        SET_FUNCTION_ATTRIBUTE => 1,
        STORE_ATTR => 0,
        STORE_DEREF | STORE_FAST | STORE_GLOBAL | STORE_NAME => 0,
        STORE_FAST_LOAD_FAST => 1,
        STORE_FAST_STORE_FAST => 0,
        SWAP => oparg,
        UNPACK_EX => (oparg & 0xFF) + (oparg >> 8) + 1,
        UNPACK_SEQUENCE => oparg,
        YIELD_VALUE | INSTRUMENTED_YIELD_VALUE => 1,
        JUMP_IF_FALSE | JUMP_IF_TRUE => 1,
        STORE_FAST_MAYBE_NULL => 0,
        _ => return None,
    })
}

/// The net stack effect of an instruction, as `dis.stack_effect(opcode,
/// oparg, jump=...)`: `jump` is `Some(true)` for the jump branch,
/// `Some(false)` for the fall-through, `None` for the larger of the two.
/// `None` for invalid opcodes and specialised forms.
///
/// CPython: Python/flowgraph.c `get_stack_effects`.
pub fn stack_effect(opcode: u16, oparg: i32, jump: Option<bool>) -> Option<i32> {
    let popped = num_popped(opcode, oparg)?;
    let pushed = num_pushed(opcode, oparg)?;
    if popped < 0 || pushed < 0 {
        return None;
    }
    if is_block_push(opcode) && jump == Some(false) {
        return Some(0);
    }
    Some(pushed - popped)
}

fn flags(opcode: u16) -> u8 {
    opcode::OPCODE_FLAGS
        .get(opcode as usize)
        .copied()
        .unwrap_or(0)
}

/// `OPCODE_HAS_ARG`.
pub fn has_arg(opcode: u16) -> bool {
    flags(opcode) & opcode::HAS_ARG != 0
}

/// `OPCODE_HAS_CONST`: the oparg indexes `co_consts`.
pub fn has_const(opcode: u16) -> bool {
    flags(opcode) & opcode::HAS_CONST != 0
}

/// `OPCODE_HAS_JUMP`: the oparg is a jump target.
pub fn has_jump(opcode: u16) -> bool {
    flags(opcode) & opcode::HAS_JUMP != 0
}

/// `IS_BLOCK_PUSH_OPCODE`: the `SETUP_*` pseudo ops.
pub fn is_block_push(opcode: u16) -> bool {
    matches!(
        opcode,
        op::SETUP_FINALLY | op::SETUP_WITH | op::SETUP_CLEANUP
    )
}

/// `HAS_TARGET`: jumps and block pushes, whose oparg is a label.
pub fn has_target(opcode: u16) -> bool {
    has_jump(opcode) || is_block_push(opcode)
}

/// `IS_UNCONDITIONAL_JUMP_OPCODE`.
pub fn is_unconditional_jump(opcode: u16) -> bool {
    matches!(
        opcode,
        op::JUMP
            | op::JUMP_NO_INTERRUPT
            | op::JUMP_FORWARD
            | op::JUMP_BACKWARD
            | op::JUMP_BACKWARD_NO_INTERRUPT
    )
}

/// `IS_CONDITIONAL_JUMP_OPCODE`.
pub fn is_conditional_jump(opcode: u16) -> bool {
    matches!(
        opcode,
        op::POP_JUMP_IF_FALSE
            | op::POP_JUMP_IF_TRUE
            | op::POP_JUMP_IF_NONE
            | op::POP_JUMP_IF_NOT_NONE
    )
}

/// `IS_SCOPE_EXIT_OPCODE`.
pub fn is_scope_exit(opcode: u16) -> bool {
    matches!(opcode, op::RETURN_VALUE | op::RAISE_VARARGS | op::RERAISE)
}

/// `IS_TERMINATOR_OPCODE`: ends a basic block.
pub fn is_terminator(opcode: u16) -> bool {
    has_jump(opcode) || is_scope_exit(opcode)
}

/// `IS_BACKWARDS_JUMP_OPCODE`.
pub fn is_backwards_jump(opcode: u16) -> bool {
    matches!(opcode, op::JUMP_BACKWARD | op::JUMP_BACKWARD_NO_INTERRUPT)
}

/// `OPCODE_HAS_EVAL_BREAK`: the instruction checks the eval breaker. Of the
/// opcodes the compiler emits, the calls, `RESUME`, `JUMP_BACKWARD` and the
/// `JUMP` pseudo op that may become it.
pub fn has_eval_break(opcode: u16) -> bool {
    matches!(
        opcode,
        op::CALL
            | op::CALL_KW
            | op::CALL_FUNCTION_EX
            | op::RESUME
            | op::JUMP_BACKWARD
            | op::JUMP
            | op::INSTRUMENTED_CALL
            | op::INSTRUMENTED_CALL_KW
            | op::INSTRUMENTED_CALL_FUNCTION_EX
            | op::INSTRUMENTED_RESUME
            | op::INSTRUMENTED_JUMP_BACKWARD
    )
}

/// `IS_PSEUDO_INSTR`.
pub fn is_pseudo(opcode: u16) -> bool {
    opcode >= opcode::MIN_PSEUDO_OPCODE
}

/// `_PyCompile_InstrSize`: code units of an instruction with its
/// `EXTENDED_ARG` prefixes and inline caches.
pub fn instr_size(opcode: u16, oparg: i32) -> usize {
    let oparg = oparg as u32;
    let extended =
        (oparg > 0xFF_FFFF) as usize + (oparg > 0xFFFF) as usize + (oparg > 0xFF) as usize;
    let caches = opcode::CACHE_ENTRIES
        .get(opcode as usize)
        .copied()
        .unwrap_or(0) as usize;
    extended + 1 + caches
}

/// `RESUME` opargs (Include/internal/pycore_opcode_utils.h).
pub const RESUME_AT_FUNC_START: i32 = 0;
pub const RESUME_OPARG_DEPTH1_MASK: i32 = 0x4;

/// `_PY_STACK_USE_GUIDELINE`: the most items codegen and the optimiser put on
/// the stack for one sequence.
pub const STACK_USE_GUIDELINE: usize = 30;

/// `CO_MAXBLOCKS`: the deepest nesting of exception blocks.
pub const CO_MAXBLOCKS: usize = 21;
