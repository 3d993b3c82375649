# lexer.c verify_identifier: non-ASCII identifiers, offsets in UTF-8 bytes
données = 1
π = 3.14
日本語 = données + π
x = 日本語 + données
