# a form feed is whitespace between tokens
x = 1+2

y = 3
