# cannot assign to expression (UnaryOp)
-a = 1
