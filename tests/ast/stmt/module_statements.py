# python.gram: file, statements, statement, simple_stmts, simple_stmt, compound_stmt
x = 1
if x:
    pass
y = 2; z = 3
