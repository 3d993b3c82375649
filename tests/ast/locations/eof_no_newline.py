# the last line has no newline
x = 1
y = 2