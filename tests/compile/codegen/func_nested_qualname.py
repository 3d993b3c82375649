def a():
    def b():
        class C:
            def d(self):
                return lambda: 0
        return C
    return b
