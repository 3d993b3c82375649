# A literal as a with-statement target.
class CM:
    def __enter__(self):
        return 1

    def __exit__(self, *a):
        return False


with CM() as 1:
    pass
