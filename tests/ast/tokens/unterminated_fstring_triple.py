# lexer.c: unterminated triple-quoted %c-string literal (detected at line %d)
x = f"""abc {x}
def
