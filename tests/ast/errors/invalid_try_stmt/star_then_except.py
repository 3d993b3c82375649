# python.gram: invalid_try_stmt (except_star_block+ 'except': cannot have both)
try:
    pass
except* ValueError:
    pass
except TypeError:
    pass
