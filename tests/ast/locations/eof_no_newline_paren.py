# an unclosed bracket at EOF without newline
x = f(1,