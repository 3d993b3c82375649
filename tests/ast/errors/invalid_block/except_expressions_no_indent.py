# python.gram: invalid_block (expected an indented block): PEP 758 'except A, B:' has no specialised indentation rule
try:
    pass
except A, B:
pass
