# lexer.c: unterminated u'' literal
x = u"abc
