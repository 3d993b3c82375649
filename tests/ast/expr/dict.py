# python.gram: dict, double_starred_kvpairs, double_starred_kvpair, kvpair
{}
{a: b}
{a: b, c: d,}
{**a}
{**a, b: c, **d}
{a: (x := 1)}
{a if b else c: d}
