# python.gram: raise_stmt every alternative
raise
raise E
raise E("x") from None
raise E from e.__cause__
