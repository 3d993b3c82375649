# python.gram: raise_stmt
raise
raise E
raise E("x") from None
raise E from cause
