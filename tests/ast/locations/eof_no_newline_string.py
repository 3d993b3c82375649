# an unterminated string at EOF without newline
x = 'abc