# python.gram: invalid_with_stmt_indent ('with' '(' ... ')' ':' NEWLINE !INDENT)
with (a as b,
      c as d):
pass
