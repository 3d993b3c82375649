# python.gram: else_block ('else' &&':'): expected ':'
if x:
    pass
else pass
