# lexer.c: unmatched '}'
}
