# lexer.c: %c-string: newlines are not allowed in format specifiers for single quoted %c-strings
f'{x:abc
}'
