# lexer.c: an f-string left open inside a replacement field; the open '{' is reported
x = f'{a + 1
