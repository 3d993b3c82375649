# 'case' outside of a match statement is just a name followed by invalid syntax.
x = 1
case x:
    pass
