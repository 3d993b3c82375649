# lexer.c: unterminated triple-quoted string literal (detected at line %d), reported at the opening quote
x = 1
y = '''abc
def
