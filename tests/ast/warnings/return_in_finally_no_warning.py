# ast.parse does not compile: no PEP 765 'return' in 'finally' SyntaxWarning
def f():
    try:
        pass
    finally:
        return 1
