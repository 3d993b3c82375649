# python.gram: invalid_assignment (only single target (not tuple) can be annotated)
a, b: int
