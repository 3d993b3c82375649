# lexer.c verify_end_of_number: "invalid imaginary literal" SyntaxWarning
x = 1jif y else 2
