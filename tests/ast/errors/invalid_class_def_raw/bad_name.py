# class name must be a NAME: invalid syntax
class 1:
    pass
