# Generator methods, generator classmethods, and __iter__ implemented as a generator.
class Tree:
    def __init__(self, value, children=()):
        self.value, self.children = value, list(children)

    def __iter__(self):
        yield self.value
        for c in self.children:
            yield from c

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.depth_first(depth + 1)

    @classmethod
    def chain(cls, n):
        node = None
        for i in range(n):
            node = cls(i, [node] if node else [])
        return node


t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), list(t.depth_first()), list(Tree.chain(4)), sum(t), max(t))
