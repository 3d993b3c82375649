# python.gram simple_stmts: ';;' is invalid syntax
a = 1;; b = 2
