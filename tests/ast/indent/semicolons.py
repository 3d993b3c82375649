# python.gram simple_stmts: ';'-separated statements with and without a trailing ';'
a = 1; b = 2;
c = 3
