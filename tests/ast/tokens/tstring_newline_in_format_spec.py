# lexer.c: newline in a t-string format spec
t'{x:abc
}'
