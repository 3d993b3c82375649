# python.gram / lexer.c: replacement field left open at the end of the string
f"{a"
