# python.gram: class_def_raw block
class C:
    """doc"""
    x: int = 0
    def m(self):
        return self.x
    class Inner:
        pass
