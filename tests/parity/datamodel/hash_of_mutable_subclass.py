# Subclasses of list and dict stay unhashable; setting __hash__ makes them hashable.
class HL(list):
    def __hash__(self):
        return 7


class PlainL(list):
    pass


print(hash(HL([1])), {HL(): 1}, PlainL.__hash__)
try:
    hash(PlainL())
except TypeError as e:
    print(e)


class FrozenLike(tuple):
    pass


print(hash(FrozenLike((1, 2))) == hash((1, 2)))


class NoHash:
    __hash__ = None


print(isinstance(NoHash(), object), NoHash.__hash__)
{NoHash()}
