# iterable unpacking cannot be used in comprehension (genexp)
(*x for x in y)
