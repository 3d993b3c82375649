# lexer.c: a form feed in the indentation resets the column count
if x:
    y = 1
    z = 2
