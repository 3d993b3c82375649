# python.gram: '<<' is not in invalid_arithmetic's list: plain invalid syntax
x = a << not b
