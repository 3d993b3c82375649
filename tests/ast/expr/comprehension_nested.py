# python.gram: listcomp nested
[[y for y in x] for x in z]
{k: [v for v in k] for k in d}
