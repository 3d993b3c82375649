# python.gram: invalid_with_stmt_indent (expected an indented block after 'with' statement on line 2)
with a:
pass
