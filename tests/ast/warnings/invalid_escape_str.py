# string_parser.c warn_invalid_escape_sequence: "\%c" is an invalid escape sequence (SyntaxWarning)
x = "\d"
