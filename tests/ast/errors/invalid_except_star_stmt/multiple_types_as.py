# python.gram: invalid_except_star_stmt (multiple exception types must be parenthesized when using 'as')
try:
    pass
except* A, B as e:
    pass
