# lexer.c: an unterminated string inside an f-string replacement field; the open '[' is reported
f'{a['x}'
