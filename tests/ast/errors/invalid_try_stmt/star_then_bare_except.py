# python.gram: invalid_try_stmt (except_star_block+ bare 'except' ':')
try:
    pass
except* ValueError:
    pass
except:
    pass
