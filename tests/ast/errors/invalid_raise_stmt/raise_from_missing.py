# python.gram (3.15 grammar; 3.14 gives plain invalid syntax): invalid_raise_stmt (did you forget an expression after 'from'?)
raise E from
