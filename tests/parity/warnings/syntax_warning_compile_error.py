# A file with both a SyntaxWarning and, later, a SyntaxError: the warning is printed first.
pattern = "\d"
print(pattern)
def f(:
    pass
