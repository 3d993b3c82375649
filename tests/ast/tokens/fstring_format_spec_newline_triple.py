# lexer.c: newlines in format specs are fine in triple-quoted f-strings
f'''{x:>
10}'''
