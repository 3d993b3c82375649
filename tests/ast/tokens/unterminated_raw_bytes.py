# lexer.c: unterminated rb'' literal
x = rb'abc
