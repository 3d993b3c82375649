# python.gram: invalid_expression (break_stmt 'if' ... 'else' simple_stmt)
for x in y:
    break if a else continue
