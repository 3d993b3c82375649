# List, tuple, set and dict displays, including trailing commas, nesting, and duplicate keys.
print([], [1,], (), (1,), (1, 2,), {1, 2,}, {}, {1: 2,}, type({}).__name__, type({1}).__name__)
print({1: "a", 1: "b"}, {1: "int", 1.0: "float"}, {"k": 1, "k": 2, "j": 3}, {True: 0, 1: 1})
print([[1, 2], (3, 4), {5: 6}, {7}], ((),), [[]], ({},))
print({1, 1.0, True}, {0, False, 0.0, -0.0}, {"a", "a", "b"} == {"a", "b"})
print(len([1, 2, 3,]), (1) == 1, (1,) == 1, type((1)).__name__, type((1,)).__name__)
