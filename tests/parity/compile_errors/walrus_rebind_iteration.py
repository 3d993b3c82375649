# An assignment expression rebinding the comprehension's iteration variable.
result = [i := i + 1 for i in range(3)]
