# python.gram: finally_block ('finally' &&':'): expected ':'
try:
    pass
finally pass
