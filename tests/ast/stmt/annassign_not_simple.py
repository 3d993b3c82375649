# python.gram: assignment ('(' single_target ')' | single_subscript_attribute_target ':' ...)
(x): int = 1
a.b: int
a[0]: str = "s"
((y)): int
