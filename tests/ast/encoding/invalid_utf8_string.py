# Non-UTF-8 code starting with '\x..' on line N, but no encoding declared
x = 1
y = 'ÿ'
