# Python 2 backticks are an invalid character.
x = 1
y = `x`
