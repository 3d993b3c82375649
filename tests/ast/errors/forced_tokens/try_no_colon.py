# python.gram: try_stmt ('try' &&':'): expected ':'
try pass
