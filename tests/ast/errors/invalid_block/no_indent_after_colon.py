# python.gram: invalid_block (expected an indented block)
lambda: 1
x = 1
class C:
pass
