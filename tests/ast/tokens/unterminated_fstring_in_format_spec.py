# lexer.c: an f-string left open inside a format spec hits the newline rule of single-quoted format specs
x = f"{a:>10
