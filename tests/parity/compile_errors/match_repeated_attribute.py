# The same keyword twice in a class pattern.
def f(p):
    match p:
        case complex(real=1, real=2):
            return True
