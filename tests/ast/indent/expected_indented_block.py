# python.gram invalid_block: expected an indented block (decorated def on one line)
class C:
pass
