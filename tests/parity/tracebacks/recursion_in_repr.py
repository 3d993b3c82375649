# RecursionError from infinitely recursive __repr__ calls through repr().
class Loop:
    def __repr__(self):
        return "Loop(" + repr(self) + ")"


repr(Loop())
