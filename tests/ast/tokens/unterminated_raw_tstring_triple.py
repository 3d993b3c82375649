# lexer.c: unterminated triple-quoted raw t-string
x = rt"""abc {y}
