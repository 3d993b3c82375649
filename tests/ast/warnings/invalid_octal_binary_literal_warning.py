# lexer.c verify_end_of_number: octal and binary literals followed by a keyword
x = 0o7or 1
y = 0b1and 1
