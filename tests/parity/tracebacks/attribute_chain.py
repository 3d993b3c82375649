# AttributeError in a chain of attribute accesses: the caret line marks the failing name.
class Node:
    def __init__(self, child=None):
        self.child = child


root = Node(Node(Node()))
print(root.child.child.child)
print(root.child.child.child.child)
