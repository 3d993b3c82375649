# def with a keyword as name: invalid syntax
def if():
    pass
