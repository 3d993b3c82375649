# python.gram: except_star_block ('except' '*' expressions ':') PEP 758
try:
    pass
except* A, B:
    pass
