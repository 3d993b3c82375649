# ValueError texts for unpacking the wrong number of values.
import sys
cases = ["a, b = [1]", "a, b = [1, 2, 3]", "a, b = 'xyz'", "a, *b, c = [1]",
         "(a, b), c = [1, 2], 3", "a, b = iter(range(5))", "[a] = []", "a, b = {1: 2}"]
for src in cases:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(f"{src:28} -> {type(e).__name__}: {e}")
x, y, z = range(10)
