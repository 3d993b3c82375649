# python.gram: pass_stmt, break_stmt, continue_stmt
while 1:
    pass
    break
    continue
