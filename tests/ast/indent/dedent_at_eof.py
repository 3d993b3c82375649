# lexer.c: DEDENTs produced at EOF
def f():
    if x:
        return 1
