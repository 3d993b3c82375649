# python.gram: with_item ('as' star_target with tuple, list, attribute, subscript and starred targets)
with a as (b, c): pass
with a as [b, *c]: pass
with a as b.c, d as e[0]: pass
with a as (b): pass
with a() as b, c() as d, e(): pass
