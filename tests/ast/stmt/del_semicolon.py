# python.gram: del_stmt (&(';' | NEWLINE))
del x; del y
