# Lambda parameters with defaults in the wrong order.
f = lambda a=1, b: a + b
