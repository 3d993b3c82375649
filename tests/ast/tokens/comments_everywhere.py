# lexer.c: comments after code, on their own, inside brackets, at EOF without newline
x = [  # open
    1,  # one
    # alone
    2,
]  # close
# final
