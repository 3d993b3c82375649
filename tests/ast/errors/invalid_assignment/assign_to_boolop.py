# cannot assign to expression (BoolOp)
a or b = c
