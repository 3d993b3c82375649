# repeated keyword in class pattern (compiler check; ast.parse accepts)
match x:
    case C(a=1, a=2):
        pass
