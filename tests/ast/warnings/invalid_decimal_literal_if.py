# lexer.c verify_end_of_number: "invalid decimal literal" SyntaxWarning before 'if'
x = 1if y else 2
