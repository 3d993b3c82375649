# lexer.c: backquote repr syntax is gone
a = `b`
