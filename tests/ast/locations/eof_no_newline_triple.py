# an unterminated triple-quoted string at EOF without newline
x = '''abc
def