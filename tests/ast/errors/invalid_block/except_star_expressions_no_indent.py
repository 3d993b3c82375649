# python.gram: invalid_block after 'except* A, B:'
try:
    pass
except* A, B:
pass
