# control characters inside string literals are fine
x = ''
