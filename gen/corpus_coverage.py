#!/usr/bin/env python3
"""Write tests/ast/COVERAGE.md: which corpus files cover each grammar rule of
CPython 3.14's Grammar/python.gram and each SyntaxError / IndentationError /
TabError message (and SyntaxWarning) that 3.14's parser and tokenizer raise,
and what is not covered and why.

Usage:
    gen/corpus_coverage.py [--check]

--check only reports (exit 1 if a rule or message lacks a covering file and
has no reason listed in NOT_COVERED). Needs no CPython: it reads the corpus
files and their recorded .out files.

How a file covers something:
- a grammar rule, when the rule's name appears in the file's leading comment
  lines (`# python.gram: rule, other_rule (...)`), or when the file's
  recorded error message is one that rule raises (MESSAGES below), or when
  the recorded AST holds a node only that rule builds (NODE_RULES);
- a message, when the recorded .out shows it (error line or SyntaxWarning).

The rule and message lists are CPython 3.14's. The grammar text in the
public index is a newer one (3.15: `lazy` imports, PEP 798 unpacking in
comprehensions, ...); every entry below was checked against the installed
CPython 3.14 (its behaviour and the strings in its binary), and rules or
messages that exist only in 3.15 are left out (see ONLY_IN_3_15).
"""

import os
import re
import sys
from collections import defaultdict

from genlib import header

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "tests", "ast")

# Every rule of 3.14's Grammar/python.gram, in grammar order.
RULES = """
file interactive eval func_type
statements statement single_compound_stmt statement_newline simple_stmts simple_stmt compound_stmt
assignment annotated_rhs augassign return_stmt raise_stmt pass_stmt break_stmt continue_stmt
global_stmt nonlocal_stmt del_stmt yield_stmt assert_stmt import_stmt
import_name import_from import_from_targets import_from_as_names import_from_as_name
dotted_as_names dotted_as_name dotted_name
block decorators class_def class_def_raw function_def function_def_raw
params parameters slash_no_default slash_with_default star_etc kwds
param_no_default param_no_default_star_annotation param_with_default param_maybe_default
param param_star_annotation annotation star_annotation default
if_stmt elif_stmt else_block while_stmt for_stmt with_stmt with_item
try_stmt except_block except_star_block finally_block
match_stmt subject_expr case_block guard patterns pattern as_pattern or_pattern closed_pattern
literal_pattern literal_expr complex_number signed_number signed_real_number real_number
imaginary_number capture_pattern pattern_capture_target wildcard_pattern value_pattern attr
name_or_attr group_pattern sequence_pattern open_sequence_pattern maybe_sequence_pattern
maybe_star_pattern star_pattern mapping_pattern items_pattern key_value_pattern
double_star_pattern class_pattern positional_patterns keyword_patterns keyword_pattern
type_alias type_params type_param_seq type_param type_param_bound type_param_default
type_param_starred_default
expressions expression yield_expr star_expressions star_expression star_named_expressions
star_named_expression assignment_expression named_expression disjunction conjunction inversion
comparison compare_op_bitwise_or_pair eq_bitwise_or noteq_bitwise_or lte_bitwise_or
lt_bitwise_or gte_bitwise_or gt_bitwise_or notin_bitwise_or in_bitwise_or isnot_bitwise_or
is_bitwise_or bitwise_or bitwise_xor bitwise_and shift_expr sum term factor power
await_primary primary slices slice atom group
lambdef lambda_params lambda_parameters lambda_slash_no_default lambda_slash_with_default
lambda_star_etc lambda_kwds lambda_param_no_default lambda_param_with_default
lambda_param_maybe_default lambda_param
fstring_middle fstring_replacement_field fstring_conversion fstring_full_format_spec
fstring_format_spec fstring
tstring_format_spec_replacement_field tstring_format_spec tstring_full_format_spec
tstring_replacement_field tstring_middle tstring
string strings list tuple set dict double_starred_kvpairs double_starred_kvpair kvpair
for_if_clauses for_if_clause listcomp setcomp genexp dictcomp
arguments args kwargs starred_expression kwarg_or_starred kwarg_or_double_starred
star_targets star_targets_list_seq star_targets_tuple_seq star_target target_with_star_atom
star_atom single_target single_subscript_attribute_target t_primary t_lookahead
del_targets del_target del_t_atom type_expressions func_type_comment
invalid_arguments invalid_kwarg expression_without_invalid invalid_legacy_expression
invalid_type_param invalid_expression invalid_named_expression invalid_assignment
invalid_ann_assign_target invalid_del_stmt invalid_block invalid_comprehension
invalid_dict_comprehension invalid_parameters invalid_default invalid_star_etc invalid_kwds
invalid_parameters_helper invalid_lambda_parameters invalid_lambda_parameters_helper
invalid_lambda_star_etc invalid_lambda_kwds invalid_double_type_comments invalid_with_item
invalid_for_if_clause invalid_for_target invalid_group invalid_import invalid_dotted_as_name
invalid_import_from_as_name invalid_import_from_targets invalid_with_stmt
invalid_with_stmt_indent invalid_try_stmt invalid_except_stmt invalid_except_star_stmt
invalid_finally_stmt invalid_except_stmt_indent invalid_except_star_stmt_indent
invalid_match_stmt invalid_case_block invalid_as_pattern invalid_class_pattern
invalid_class_argument_pattern invalid_if_stmt invalid_elif_stmt invalid_else_stmt
invalid_while_stmt invalid_for_stmt invalid_def_raw invalid_class_def_raw
invalid_double_starred_kvpairs invalid_kvpair invalid_starred_expression_unpacking
invalid_starred_expression invalid_fstring_replacement_field
invalid_fstring_conversion_character invalid_tstring_replacement_field
invalid_tstring_conversion_character invalid_string_tstring_concat invalid_arithmetic
invalid_factor invalid_type_params
""".split()

# In the newer grammar of the index but not in 3.14 (checked: 3.14 gives
# plain "invalid syntax" or another message, and the message strings are
# absent from the 3.14 binary).
ONLY_IN_3_15 = {
    "if_expression": "3.14 inlines the conditional expression in `expression`",
    "invalid_if_expression": "'cannot unpack only part of a conditional expression' is 3.15",
    "invalid_kvpair_unpacking": "PEP 798 dict/set unpacking messages are 3.15",
    "invalid_starred_expression_unpacking_sequence": "PEP 798 is 3.15",
    "star_named_expressions_sequence": "PEP 798 is 3.15",
    "star_named_expression_sequence": "PEP 798 is 3.15",
    "invalid_raise_stmt": "'did you forget an expression ...' for raise is 3.15",
    "invalid_assert_stmt": "the assert '='/':=' messages are 3.15",
    "invalid_mapping_pattern": "'double star pattern must be the last ...' is 3.15 (3.14: invalid syntax)",
    "lazy imports": "`lazy import` (PEP 810) is 3.15; 3.14 gives invalid syntax",
}

# Rules that no input can cover through `ast.parse(src)` (mode 'exec',
# no type_comments, no feature_version), with the reason.
NOT_COVERED = {
    "interactive": "start rule of mode 'single'; the reference script only uses mode 'exec'",
    "eval": "start rule of mode 'eval'; the reference script only uses mode 'exec'",
    "func_type": "start rule of mode 'func_type'; not reachable from ast.parse(src)",
    "type_expressions": "only under func_type",
    "statement_newline": "only under interactive",
    "single_compound_stmt": "only under interactive",
    "func_type_comment": "needs type_comments=True; TYPE_COMMENT tokens are never produced otherwise",
    "invalid_double_type_comments": "needs type_comments=True",
}

# Messages: (format as in the C source, where it is raised, rules credited).
# %s %U %c %d %R %S %zd %i %.2x %V %04X are placeholders.
MESSAGES = [
    # ---- python.gram (3.14) invalid_* rules
    ("iterable argument unpacking follows keyword argument unpacking", "python.gram", ["invalid_arguments"]),
    ("Generator expression must be parenthesized", "python.gram / pegen.c _PyPegen_nonparen_genexp_in_call", ["invalid_arguments"]),
    ("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", "python.gram", ["invalid_arguments", "invalid_kwarg", "invalid_named_expression"]),
    ("expected argument value expression", "python.gram", ["invalid_arguments"]),
    ("positional argument follows keyword argument unpacking", "pegen.c _PyPegen_arguments_parsing_error", ["invalid_arguments"]),
    ("positional argument follows keyword argument", "pegen.c _PyPegen_arguments_parsing_error", ["invalid_arguments"]),
    ("cannot assign to %s", "python.gram invalid_kwarg / pegen.c RAISE_SYNTAX_ERROR_INVALID_TARGET", ["invalid_kwarg", "invalid_assignment", "invalid_for_target", "invalid_with_item"]),
    ("expression cannot contain assignment, perhaps you meant \"==\"?", "python.gram", ["invalid_kwarg"]),
    ("cannot assign to keyword argument unpacking", "python.gram", ["invalid_kwarg"]),
    ("Missing parentheses in call to '%U'. Did you mean %U(...)?", "python.gram", ["invalid_legacy_expression"]),
    ("cannot use constraints with TypeVarTuple", "python.gram", ["invalid_type_param"]),
    ("cannot use bound with TypeVarTuple", "python.gram", ["invalid_type_param"]),
    ("cannot use constraints with ParamSpec", "python.gram", ["invalid_type_param"]),
    ("cannot use bound with ParamSpec", "python.gram", ["invalid_type_param"]),
    ("invalid syntax. Is this intended to be part of the string?", "python.gram", ["invalid_expression"]),
    ("invalid syntax. Perhaps you forgot a comma?", "pegen.c _PyPegen_raise_error_for_missing_comma", ["invalid_expression", "expression_without_invalid"]),
    ("expected 'else' after 'if' expression", "python.gram", ["invalid_expression"]),
    ("expected expression after 'else', but statement is given", "python.gram", ["invalid_expression"]),
    ("expected expression before 'if', but statement is given", "python.gram", ["invalid_expression"]),
    ("f-string: lambda expressions are not allowed without parentheses", "python.gram", ["invalid_expression"]),
    ("t-string: lambda expressions are not allowed without parentheses", "python.gram", ["invalid_expression"]),
    ("cannot use assignment expressions with %s", "python.gram", ["invalid_named_expression"]),
    ("cannot assign to %s here. Maybe you meant '==' instead of '='?", "python.gram", ["invalid_named_expression"]),
    ("only single target (not %s) can be annotated", "python.gram", ["invalid_assignment", "invalid_ann_assign_target"]),
    ("only single target (not tuple) can be annotated", "python.gram", ["invalid_assignment"]),
    ("illegal target for annotation", "python.gram", ["invalid_assignment"]),
    ("assignment to yield expression not possible", "python.gram", ["invalid_assignment"]),
    ("'%s' is an illegal expression for augmented assignment", "python.gram", ["invalid_assignment"]),
    ("cannot delete %s", "pegen.c RAISE_SYNTAX_ERROR_INVALID_TARGET", ["invalid_del_stmt"]),
    ("expected an indented block", "python.gram", ["invalid_block"]),
    ("iterable unpacking cannot be used in comprehension", "python.gram", ["invalid_comprehension"]),
    ("did you forget parentheses around the comprehension target?", "python.gram", ["invalid_comprehension"]),
    ("dict unpacking cannot be used in dict comprehension", "python.gram", ["invalid_dict_comprehension"]),
    ("at least one argument must precede /", "python.gram", ["invalid_parameters", "invalid_lambda_parameters"]),
    ("/ may appear only once", "python.gram", ["invalid_parameters", "invalid_lambda_parameters"]),
    ("parameter without a default follows parameter with a default", "python.gram", ["invalid_parameters", "invalid_parameters_helper", "invalid_lambda_parameters", "invalid_lambda_parameters_helper"]),
    ("Function parameters cannot be parenthesized", "python.gram", ["invalid_parameters"]),
    ("/ must be ahead of *", "python.gram", ["invalid_parameters", "invalid_lambda_parameters"]),
    ("expected comma between / and *", "python.gram", ["invalid_parameters", "invalid_lambda_parameters"]),
    ("expected default value expression", "python.gram", ["invalid_default"]),
    ("named arguments must follow bare *", "python.gram", ["invalid_star_etc", "invalid_lambda_star_etc"]),
    ("bare * has associated type comment", "python.gram", ["invalid_star_etc"]),
    ("var-positional argument cannot have default value", "python.gram", ["invalid_star_etc", "invalid_lambda_star_etc"]),
    ("* argument may appear only once", "python.gram", ["invalid_star_etc", "invalid_lambda_star_etc"]),
    ("var-keyword argument cannot have default value", "python.gram", ["invalid_kwds", "invalid_lambda_kwds"]),
    ("arguments cannot follow var-keyword argument", "python.gram", ["invalid_kwds", "invalid_lambda_kwds"]),
    ("Lambda expression parameters cannot be parenthesized", "python.gram", ["invalid_lambda_parameters"]),
    ("Cannot have two type comments on def", "python.gram", ["invalid_double_type_comments"]),
    ("'in' expected after for-loop variables", "python.gram", ["invalid_for_if_clause"]),
    ("cannot use starred expression here", "python.gram", ["invalid_group"]),
    ("cannot use double starred expression here", "python.gram", ["invalid_group"]),
    ("Did you mean to use 'from ... import ...' instead?", "python.gram", ["invalid_import"]),
    ("Expected one or more names after 'import'", "python.gram", ["invalid_import", "invalid_import_from_targets"]),
    ("cannot use %s as import target", "python.gram", ["invalid_dotted_as_name", "invalid_import_from_as_name"]),
    ("trailing comma not allowed without surrounding parentheses", "python.gram", ["invalid_import_from_targets"]),
    ("expected ':'", "python.gram (many rules) / pegen.c &&':'", ["invalid_with_stmt", "invalid_except_stmt", "invalid_except_star_stmt", "invalid_match_stmt", "invalid_case_block", "invalid_if_stmt", "invalid_elif_stmt", "invalid_while_stmt", "invalid_for_stmt", "invalid_class_def_raw", "invalid_def_raw"]),
    ("expected '%s'", "pegen.c _PyPegen_expect_forced_token (&&'x')", ["invalid_def_raw", "else_block", "try_stmt", "finally_block"]),
    ("expected an indented block after 'with' statement on line %d", "python.gram", ["invalid_with_stmt_indent"]),
    ("expected an indented block after 'try' statement on line %d", "python.gram", ["invalid_try_stmt"]),
    ("expected 'except' or 'finally' block", "python.gram", ["invalid_try_stmt"]),
    ("cannot have both 'except' and 'except*' on the same 'try'", "python.gram", ["invalid_try_stmt"]),
    ("multiple exception types must be parenthesized when using 'as'", "python.gram", ["invalid_except_stmt", "invalid_except_star_stmt"]),
    ("cannot use except statement with %s", "python.gram", ["invalid_except_stmt"]),
    ("expected one or more exception types", "python.gram", ["invalid_except_star_stmt"]),
    ("cannot use except* statement with %s", "python.gram", ["invalid_except_star_stmt"]),
    ("expected an indented block after 'finally' statement on line %d", "python.gram", ["invalid_finally_stmt"]),
    ("expected an indented block after 'except' statement on line %d", "python.gram", ["invalid_except_stmt_indent"]),
    ("expected an indented block after 'except*' statement on line %d", "python.gram", ["invalid_except_star_stmt_indent"]),
    ("expected an indented block after 'match' statement on line %d", "python.gram", ["invalid_match_stmt"]),
    ("expected an indented block after 'case' statement on line %d", "python.gram", ["invalid_case_block"]),
    ("cannot use '_' as a target", "python.gram", ["invalid_as_pattern"]),
    ("cannot use %s as pattern target", "python.gram", ["invalid_as_pattern"]),
    ("positional patterns follow keyword patterns", "python.gram", ["invalid_class_pattern", "invalid_class_argument_pattern"]),
    ("expected an indented block after 'if' statement on line %d", "python.gram", ["invalid_if_stmt"]),
    ("expected an indented block after 'elif' statement on line %d", "python.gram", ["invalid_elif_stmt"]),
    ("expected an indented block after 'else' statement on line %d", "python.gram", ["invalid_else_stmt"]),
    ("'elif' block follows an 'else' block", "python.gram", ["invalid_else_stmt"]),
    ("expected an indented block after 'while' statement on line %d", "python.gram", ["invalid_while_stmt"]),
    ("expected an indented block after 'for' statement on line %d", "python.gram", ["invalid_for_stmt"]),
    ("expected an indented block after function definition on line %d", "python.gram", ["invalid_def_raw"]),
    ("expected an indented block after class definition on line %d", "python.gram", ["invalid_class_def_raw"]),
    ("':' expected after dictionary key", "python.gram", ["invalid_kvpair", "invalid_double_starred_kvpairs"]),
    ("cannot use a starred expression in a dictionary value", "python.gram", ["invalid_kvpair", "invalid_double_starred_kvpairs"]),
    ("expression expected after dictionary key and ':'", "python.gram", ["invalid_kvpair", "invalid_double_starred_kvpairs"]),
    ("cannot assign to iterable argument unpacking", "python.gram", ["invalid_starred_expression_unpacking"]),
    ("Invalid star expression", "python.gram", ["invalid_starred_expression"]),
    ("f-string: valid expression required before '='", "python.gram", ["invalid_fstring_replacement_field"]),
    ("f-string: valid expression required before '!'", "python.gram", ["invalid_fstring_replacement_field"]),
    ("f-string: valid expression required before ':'", "python.gram", ["invalid_fstring_replacement_field"]),
    ("f-string: valid expression required before '}'", "python.gram", ["invalid_fstring_replacement_field"]),
    ("f-string: expecting a valid expression after '{'", "python.gram", ["invalid_fstring_replacement_field"]),
    ("f-string: expecting '=', or '!', or ':', or '}'", "python.gram", ["invalid_fstring_replacement_field"]),
    ("f-string: expecting '!', or ':', or '}'", "python.gram", ["invalid_fstring_replacement_field"]),
    ("f-string: expecting ':' or '}'", "python.gram", ["invalid_fstring_replacement_field"]),
    ("f-string: expecting '}', or format specs", "python.gram", ["invalid_fstring_replacement_field"]),
    ("f-string: missing conversion character", "python.gram", ["invalid_fstring_conversion_character"]),
    ("f-string: invalid conversion character", "python.gram", ["invalid_fstring_conversion_character"]),
    ("t-string: valid expression required before '='", "python.gram", ["invalid_tstring_replacement_field"]),
    ("t-string: valid expression required before '!'", "python.gram", ["invalid_tstring_replacement_field"]),
    ("t-string: valid expression required before ':'", "python.gram", ["invalid_tstring_replacement_field"]),
    ("t-string: valid expression required before '}'", "python.gram", ["invalid_tstring_replacement_field"]),
    ("t-string: expecting a valid expression after '{'", "python.gram", ["invalid_tstring_replacement_field"]),
    ("t-string: expecting '=', or '!', or ':', or '}'", "python.gram", ["invalid_tstring_replacement_field"]),
    ("t-string: expecting '!', or ':', or '}'", "python.gram", ["invalid_tstring_replacement_field"]),
    ("t-string: expecting ':' or '}'", "python.gram", ["invalid_tstring_replacement_field"]),
    ("t-string: expecting '}', or format specs", "python.gram", ["invalid_tstring_replacement_field"]),
    ("t-string: missing conversion character", "python.gram", ["invalid_tstring_conversion_character"]),
    ("t-string: invalid conversion character", "python.gram", ["invalid_tstring_conversion_character"]),
    ("cannot mix t-string literals with string or bytes literals", "python.gram", ["invalid_string_tstring_concat"]),
    ("'not' after an operator must be parenthesized", "python.gram", ["invalid_arithmetic", "invalid_factor"]),
    ("Type parameter list cannot be empty", "python.gram", ["invalid_type_params"]),
    # ---- Parser/pegen_errors.c, Parser/pegen.c
    ("invalid syntax", "pegen_errors.c _Pypegen_set_syntax_error", []),
    ("'%c' was never closed", "pegen_errors.c raise_unclosed_parentheses_error", []),
    ("unexpected EOF while parsing", "pegen_errors.c", []),
    ("unexpected indent", "pegen_errors.c", []),
    ("unexpected unindent", "pegen_errors.c", []),
    ("unindent does not match any outer indentation level", "pegen_errors.c (E_DEDENT)", []),
    ("inconsistent use of tabs and spaces in indentation", "pegen_errors.c (E_TABSPACE, TabError)", []),
    ("too many levels of indentation", "pegen_errors.c (E_TOODEEP)", []),
    ("unexpected character after line continuation character", "pegen_errors.c (E_LINECONT)", []),
    ("invalid token", "pegen_errors.c (E_TOKEN)", []),
    ("unknown parsing error", "pegen_errors.c", []),
    ("error at start before reading any input", "pegen_errors.c", []),
    ("Parser column offset overflow - source line is too big", "pegen_errors.c (OverflowError)", []),
    ("(unicode error) %U", "pegen_errors.c _Pypegen_raise_decode_error", []),
    ("(value error) %U", "pegen_errors.c _Pypegen_raise_decode_error", []),
    ("not a chance", "pegen.c _PyPegen_checked_future_import", []),
    ("%S - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.", "pegen.c parsenumber", []),
    ("Parser stack overflowed - Python source too complex to parse", "pegen.c (MemoryError)", []),
    ("from __future__ imports must occur at the beginning of the file", "Python/future.c (compiler only)", []),
    ("future feature %.100s is not defined", "Python/future.c (leading __future__ imports, run by ast.parse)", ["import_from"]),
    ("source code string cannot contain null bytes", "Python/pythonrun.c _Py_SourceAsString (compile/ast.parse)", []),
    # ---- Parser/action_helpers.c
    ("invalid syntax.  Maybe you meant '!=' instead of '<>'?", "action_helpers.c _PyPegen_check_barry_as_flufl", ["noteq_bitwise_or"]),
    ("with Barry as BDFL, use '<>' instead of '!='", "action_helpers.c _PyPegen_check_barry_as_flufl", ["noteq_bitwise_or"]),
    ("cannot mix bytes and nonbytes literals", "action_helpers.c _PyPegen_concatenate_strings", ["strings"]),
    ("%c-string: conversion type must come right after the exclamation mark", "action_helpers.c _PyPegen_check_fstring_conversion", ["fstring_conversion"]),
    ("%c-string: invalid conversion character %R: expected 's', 'r', or 'a'", "action_helpers.c _PyPegen_check_fstring_conversion", ["fstring_conversion"]),
    ("imaginary number required in complex literal", "action_helpers.c _PyPegen_ensure_imaginary", ["imaginary_number", "complex_number"]),
    ("real number required in complex literal", "action_helpers.c _PyPegen_ensure_real", ["real_number", "complex_number"]),
    ("unexpected JoinedStr node without debug data in f-string at line %d", "action_helpers.c (internal check)", []),
    ("unexpected TemplateStr node without debug data in t-string at line %d", "action_helpers.c (internal check)", []),
    # ---- Parser/string_parser.c
    ("bytes can only contain ASCII literal characters", "string_parser.c", []),
    ("\\N escapes not supported (can't load unicodedata module)", "string_parser.c", []),
    ("string to parse is too long", "string_parser.c", []),
    # ---- Parser/lexer/lexer.c
    ("source code cannot contain null bytes", "lexer.c tok_nextc", []),
    ("invalid %s literal", "lexer.c verify_end_of_number / tok_decimal_tail", []),
    ("invalid digit '%c' in octal literal", "lexer.c", []),
    ("invalid digit '%c' in binary literal", "lexer.c", []),
    ("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers", "lexer.c", []),
    ("invalid character '%c' (U+%04X)", "lexer.c verify_identifier", []),
    ("invalid non-printable character U+%04X", "lexer.c", []),
    ("'u' and 'b' prefixes are incompatible", "lexer.c", []),
    ("'u' and 'r' prefixes are incompatible", "lexer.c", []),
    ("'u' and 'f' prefixes are incompatible", "lexer.c", []),
    ("'u' and 't' prefixes are incompatible", "lexer.c", []),
    ("'b' and 'f' prefixes are incompatible", "lexer.c", []),
    ("'b' and 't' prefixes are incompatible", "lexer.c", []),
    ("'f' and 't' prefixes are incompatible", "lexer.c", []),
    ("too many nested f-strings or t-strings", "lexer.c", []),
    ("unterminated string literal (detected at line %d)", "lexer.c", []),
    ("unterminated string literal (detected at line %d); perhaps you escaped the end quote?", "lexer.c", []),
    ("unterminated triple-quoted string literal (detected at line %d)", "lexer.c", []),
    ("unterminated %c-string literal (detected at line %d)", "lexer.c tok_get_fstring_mode", []),
    ("unterminated triple-quoted %c-string literal (detected at line %d)", "lexer.c tok_get_fstring_mode", []),
    ("too many nested parentheses", "lexer.c (MAXLEVEL)", []),
    ("unmatched '%c'", "lexer.c", []),
    ("closing parenthesis '%c' does not match opening parenthesis '%c'", "lexer.c", []),
    ("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", "lexer.c", []),
    ("%c-string: single '}' is not allowed", "lexer.c", []),
    ("%c-string: unmatched '%c'", "lexer.c", []),
    ("%c-string: expecting '}'", "lexer.c", []),
    ("%c-string: expressions nested too deeply", "lexer.c (MAX_EXPR_NESTING)", []),
    ("%c-string: newlines are not allowed in format specifiers for single quoted %c-strings", "lexer.c", []),
    # ---- Parser/tokenizer/helpers.c and decoding (Parser/tokenizer/*.c)
    ("Non-UTF-8 code starting with '\\x%.2x'%s%V on line %i, but no encoding declared; see https://peps.python.org/pep-0263/ for details", "tokenizer/helpers.c _PyTokenizer_check_bom/ensure_utf8", []),
    ("encoding problem: %s", "tokenizer/helpers.c check_coding_spec", []),
    ("encoding problem: %s with BOM", "tokenizer/helpers.c check_coding_spec", []),
    ("unknown encoding: %s", "codec lookup (LookupError via _PyPegen_raise_tokenizer_init_error)", []),
    ("'%s' is not a text encoding; use codecs.decode() to handle arbitrary codecs", "codec lookup (LookupError via _PyPegen_raise_tokenizer_init_error)", []),
    ("'%s' codec can't decode byte %s in position %s: %s", "codec error (UnicodeDecodeError via _PyPegen_raise_tokenizer_init_error)", []),
]

# Warnings (SyntaxWarning) printed by the reference.
WARNINGS = [
    ("\"\\%c\" is an invalid escape sequence. Such sequences will not work in the future. Did you mean \"\\\\%c\"? A raw string is also an option.", "string_parser.c warn_invalid_escape_sequence / tokenizer/helpers.c"),
    ("\"\\%.3s\" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean \"\\\\%.3s\"? A raw string is also an option.", "string_parser.c warn_invalid_escape_sequence"),
    ("invalid %s literal", "lexer.c verify_end_of_number (before and/else/for/if/in/is/not/or)"),
]

# Messages no input to ast.parse(src) in 3.14 can produce, with the reason.
MESSAGES_NOT_COVERED = {
    "bare * has associated type comment": "needs type_comments=True",
    "Cannot have two type comments on def": "needs type_comments=True",
    "invalid token": "E_TOKEN is never set by 3.14's lexer",
    "unknown parsing error": "default branch of _Pypegen_tokenizer_error; no tokenizer state reaches it",
    "error at start before reading any input": "raised only when the parser fails before reading a token (p->fill == 0); a string source always yields a token",
    "Parser column offset overflow - source line is too big": "needs a line longer than INT_MAX bytes",
    "\\N escapes not supported (can't load unicodedata module)": "unicodedata is always importable in the reference",
    "string to parse is too long": "needs a literal longer than PY_SSIZE_T_MAX/5 bytes",
    "unexpected JoinedStr node without debug data in f-string at line %d": "internal consistency check, not reachable from source",
    "unexpected TemplateStr node without debug data in t-string at line %d": "internal consistency check, not reachable from source",
    "source code cannot contain null bytes": "ast.parse(bytes) rejects NUL earlier with 'source code string cannot contain null bytes' (covered)",
    "from __future__ imports must occur at the beginning of the file": "raised by the compiler, not by ast.parse (tokens/future_late_accepted.py shows ast.parse accepts it)",
    "encoding problem: %s": "for string input (ast.parse) the cookie handler buf_setreadl never fails, so only file input raises it; a bad cookie gives 'unknown encoding' or the codec's own message (covered)",
}

# AST nodes whose presence in a recorded dump proves a rule was used.
NODE_RULES = {
    "Match(": ["match_stmt", "subject_expr", "case_block", "patterns", "pattern", "closed_pattern"],
    "MatchOr(": ["or_pattern"], "MatchStar(": ["star_pattern"], "MatchMapping(": ["mapping_pattern"],
    "MatchClass(": ["class_pattern", "name_or_attr"], "MatchSingleton(": ["literal_pattern"],
    "MatchSequence(": ["sequence_pattern", "maybe_sequence_pattern", "maybe_star_pattern"],
    "TypeAlias(": ["type_alias"], "TypeVar(": ["type_param", "type_param_seq", "type_params"],
    "TypeVarTuple(": ["type_param"], "ParamSpec(": ["type_param"],
    "TemplateStr(": ["tstring", "tstring_middle"], "Interpolation(": ["tstring_replacement_field"],
    "JoinedStr(": ["fstring", "fstring_middle"], "FormattedValue(": ["fstring_replacement_field"],
    "Lambda(": ["lambdef"], "NamedExpr(": ["assignment_expression", "named_expression"],
    "IfExp(": ["expression"], "Await(": ["await_primary"], "Yield(": ["yield_expr"],
    "YieldFrom(": ["yield_expr"], "ListComp(": ["listcomp", "for_if_clauses", "for_if_clause"],
    "SetComp(": ["setcomp"], "DictComp(": ["dictcomp"], "GeneratorExp(": ["genexp"],
    "Slice(": ["slice", "slices"], "Starred(": ["star_expression"],
    "Global(": ["global_stmt"], "Nonlocal(": ["nonlocal_stmt"], "Pass(": ["pass_stmt"],
    "Break(": ["break_stmt"], "Continue(": ["continue_stmt"], "Return(": ["return_stmt"],
    "Raise(": ["raise_stmt"], "Delete(": ["del_stmt", "del_targets", "del_target", "del_t_atom"],
    "Assert(": ["assert_stmt"], "Import(": ["import_stmt", "import_name", "dotted_as_names", "dotted_as_name", "dotted_name"],
    "ImportFrom(": ["import_stmt", "import_from", "import_from_targets"],
    "While(": ["while_stmt"], "For(": ["for_stmt"], "AsyncFor(": ["for_stmt"],
    "With(": ["with_stmt", "with_item"], "AsyncWith(": ["with_stmt", "with_item"],
    "Try(": ["try_stmt"], "TryStar(": ["try_stmt", "except_star_block"],
    "ExceptHandler(": ["except_block"], "ClassDef(": ["class_def", "class_def_raw"],
    "FunctionDef(": ["function_def", "function_def_raw"], "AsyncFunctionDef(": ["function_def_raw"],
    "If(": ["if_stmt"], "AugAssign(": ["augassign", "assignment"], "AnnAssign(": ["assignment", "annotation"],
    "Assign(": ["assignment", "star_targets"], "BoolOp(op=Or": ["disjunction"], "BoolOp(op=And": ["conjunction"],
    "UnaryOp(op=Not": ["inversion"], "Compare(": ["comparison", "compare_op_bitwise_or_pair"],
    "Subscript(": ["primary"], "Call(": ["primary", "arguments", "args"], "Attribute(": ["primary"],
    "Eq()": ["eq_bitwise_or"], "NotEq()": ["noteq_bitwise_or"], "Lt()": ["lt_bitwise_or"],
    "LtE()": ["lte_bitwise_or"], "Gt()": ["gt_bitwise_or"], "GtE()": ["gte_bitwise_or"],
    "In()": ["in_bitwise_or"], "NotIn()": ["notin_bitwise_or"], "Is()": ["is_bitwise_or"],
    "IsNot()": ["isnot_bitwise_or"],
    "Dict(": ["dict"], "Set(": ["set"], "List(": ["list"], "Tuple(": ["tuple"],
}

ERROR_RE = re.compile(r"^(SyntaxError|IndentationError|TabError): (.*) \((-?\d+|None), (-?\d+|None), (-?\d+|None), (-?\d+|None)\)$")
WARN_RE = re.compile(r"^\[stderr\] [^:]+:\d+: SyntaxWarning: (.*)$")
EXC_RE = re.compile(r"^\[stderr\] (\w+Error): (.*)$")

PLACEHOLDER = re.compile(r"%(?:\.\d+|0\d+)?(?:zd|[sUcdRSiVxX]|\d*X)")


def fmt_to_regex(fmt):
    out, pos = [], 0
    for m in PLACEHOLDER.finditer(fmt):
        out.append(re.escape(fmt[pos:m.start()]))
        out.append(".*?")
        pos = m.end()
    out.append(re.escape(fmt[pos:]))
    return re.compile("^" + "".join(out) + "$")


def corpus_files():
    files = []
    for dirpath, dirnames, filenames in os.walk(CORPUS):
        dirnames.sort()
        for f in sorted(filenames):
            if f.endswith(".py"):
                files.append(os.path.join(dirpath, f))
    return sorted(files)


def header_words(path):
    words = set()
    with open(path, "rb") as f:
        lines = f.read().split(b"\n")[:6]
    for raw in lines:
        line = raw.decode("utf-8", "replace").lstrip("\ufeff").strip()
        if line.startswith("#"):
            words.update(re.findall(r"[A-Za-z_][A-Za-z0-9_]*", line))
    return words


def main():
    check = "--check" in sys.argv[1:]
    rule_set = set(RULES)
    msg_regexes = [(fmt, fmt_to_regex(fmt), src, rules) for fmt, src, rules in MESSAGES]
    warn_regexes = [(fmt, fmt_to_regex(fmt), src) for fmt, src in WARNINGS]

    rule_files = defaultdict(set)
    msg_files = defaultdict(set)
    warn_files = defaultdict(set)
    other_outcomes = defaultdict(set)
    unknown_msgs = defaultdict(set)
    categories = defaultdict(lambda: [0, 0])  # files, of which errors
    files = corpus_files()
    for path in files:
        rel = os.path.relpath(path, CORPUS)
        cat = rel.split(os.sep)[0] if os.sep in rel else "."
        if rel.startswith("errors" + os.sep):
            cat = "errors/" + rel.split(os.sep)[1] if rel.count(os.sep) >= 2 else "errors"
        categories[cat][0] += 1
        for w in header_words(path) & rule_set:
            rule_files[w].add(rel)
        try:
            with open(path[:-3] + ".out", encoding="utf-8", errors="replace") as f:
                out = f.read()
        except FileNotFoundError:
            continue
        lines = out.split("\n")
        first = lines[0] if lines else ""
        m = ERROR_RE.match(first)
        if m:
            categories[cat][1] += 1
            msg = m.group(2)
            hit = False
            for fmt, rx, src, rules in msg_regexes:
                if rx.match(msg):
                    # "invalid syntax" and similar generic formats must not
                    # swallow the specific ones: credit the longest match only.
                    hit = True
            if hit:
                # The most specific format wins: the one with most literal text.
                best = max((x for x in msg_regexes if x[1].match(msg)),
                           key=lambda x: len(PLACEHOLDER.sub("", x[0])))
                msg_files[best[0]].add(rel)
                for r in best[3]:
                    rule_files[r].add(rel)
            else:
                unknown_msgs[msg].add(rel)
        for line in lines:
            w = WARN_RE.match(line)
            if w:
                for fmt, rx, src in warn_regexes:
                    if rx.match(w.group(1)):
                        warn_files[fmt].add(rel)
                        break
                else:
                    unknown_msgs["SyntaxWarning: " + w.group(1)].add(rel)
            e = EXC_RE.match(line)
            if e:
                if e.group(1) == "MemoryError":
                    msg_files[[x for x in MESSAGES if x[0].startswith("Parser stack")][0][0]].add(rel)
                else:
                    other_outcomes[e.group(1) + ": " + e.group(2)].add(rel)
        if first.startswith("Module("):
            for node, rules in NODE_RULES.items():
                if node in out:
                    for r in rules:
                        rule_files[r].add(rel)

    def fl(s, n=4):
        s = sorted(s)
        shown = ", ".join(f"`{x}`" for x in s[:n])
        return shown + (f" (+{len(s) - n})" if len(s) > n else "")

    md = [header("corpus_coverage.py", "#", "python3 gen/corpus_coverage.py").rstrip("\n")]
    md.append("# AST corpus coverage\n")
    md.append("From `tests/ast/**/*.py` and their recorded `.out`."
              " Rule and message lists: CPython 3.14 (see the script's docstring).\n")
    md.append(f"{len(files)} corpus files.\n")
    md.append("## Files per category\n")
    md.append("| category | files | of which errors |")
    md.append("| --- | ---: | ---: |")
    for cat in sorted(categories):
        n, e = categories[cat]
        md.append(f"| {cat} | {n} | {e} |")
    md.append("")

    uncovered_rules = [r for r in RULES if not rule_files.get(r)]
    md.append(f"## Grammar rules ({len(RULES) - len(uncovered_rules)} of {len(RULES)} covered)\n")
    md.append("| rule | files |")
    md.append("| --- | --- |")
    for r in RULES:
        if rule_files.get(r):
            md.append(f"| `{r}` | {fl(rule_files[r])} |")
    md.append("")
    md.append("### Rules not covered\n")
    unexplained_rules = []
    for r in uncovered_rules:
        reason = NOT_COVERED.get(r)
        if reason is None:
            unexplained_rules.append(r)
            reason = "**no corpus file yet**"
        md.append(f"- `{r}`: {reason}")
    md.append("")
    md.append("### Rules of the newer grammar in the index that 3.14 does not have\n")
    for r, why in ONLY_IN_3_15.items():
        md.append(f"- `{r}`: {why}")
    md.append("")

    uncovered_msgs = [m for m, _, _ in MESSAGES if not msg_files.get(m)]
    md.append(f"## Error messages ({len(MESSAGES) - len(uncovered_msgs)} of {len(MESSAGES)} covered)\n")
    md.append("| message | raised in | files |")
    md.append("| --- | --- | --- |")
    for fmt, src, _ in MESSAGES:
        if msg_files.get(fmt):
            md.append(f"| `{fmt}` | {src} | {fl(msg_files[fmt])} |")
    md.append("")
    md.append("### Warnings\n")
    md.append("| SyntaxWarning | raised in | files |")
    md.append("| --- | --- | --- |")
    for fmt, src in WARNINGS:
        md.append(f"| `{fmt}` | {src} | {fl(warn_files.get(fmt, ())) or '**none**'} |")
    md.append("")
    md.append("### Messages not covered\n")
    unexplained_msgs = []
    for m in uncovered_msgs:
        reason = MESSAGES_NOT_COVERED.get(m)
        if reason is None:
            unexplained_msgs.append(m)
            reason = "**no corpus file yet**"
        md.append(f"- `{m}`: {reason}")
    md.append("")
    if other_outcomes:
        md.append("## Other outcomes (exceptions from ast.dump or the parser, as the reference prints them)\n")
        for k in sorted(other_outcomes):
            md.append(f"- `{k}`: {fl(other_outcomes[k])}")
        md.append("")
    if unknown_msgs:
        md.append("## Messages seen in the corpus but missing from the catalogue\n")
        for k in sorted(unknown_msgs):
            md.append(f"- `{k}`: {fl(unknown_msgs[k])}")
        md.append("")

    text = "\n".join(md)
    if not check:
        with open(os.path.join(CORPUS, "COVERAGE.md"), "w", encoding="utf-8") as f:
            f.write(text)
    print(f"{len(files)} files; rules {len(RULES) - len(uncovered_rules)}/{len(RULES)};"
          f" messages {len(MESSAGES) - len(uncovered_msgs)}/{len(MESSAGES)};"
          f" warnings {sum(1 for w, _ in WARNINGS if warn_files.get(w))}/{len(WARNINGS)}")
    if unexplained_rules:
        print("rules without a file or reason: " + " ".join(unexplained_rules))
    if unexplained_msgs:
        print("messages without a file or reason:")
        for m in unexplained_msgs:
            print("  " + m)
    if unknown_msgs:
        print(f"{len(unknown_msgs)} corpus messages not in the catalogue:")
        for k in sorted(unknown_msgs):
            print("  " + k)
    if check and (unexplained_rules or unexplained_msgs):
        sys.exit(1)


if __name__ == "__main__":
    main()
