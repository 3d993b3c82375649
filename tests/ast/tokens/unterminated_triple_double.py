# lexer.c: unterminated triple-quoted string literal with """
s = """doc
more

