# python.gram: invalid_arithmetic (after '*': the first error wins)
x = a * not b
