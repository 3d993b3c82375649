# iterable unpacking cannot be used in comprehension (set)
{*x for x in y}
