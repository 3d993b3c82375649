# python.gram: simple_stmts (';'.simple_stmt+ [';'])
a; b; c;
d = 1; e = 2
