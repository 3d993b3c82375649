# python.gram: subject_expr (star_named_expression ',' star_named_expressions? | named_expression)
match a, *b:
    case _: pass
match *a, b:
    case _: pass
match (a):
    case _: pass
match -x:
    case _: pass
match [a]:
    case _: pass
match a,:
    case _: pass
match {1: 2}:
    case _: pass
match not a:
    case _: pass
match await_ if x else y:
    case _: pass
