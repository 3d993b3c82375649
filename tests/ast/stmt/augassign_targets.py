# python.gram: single_target, single_subscript_attribute_target
a.b += 1
a[0] -= 2
(c) *= 3
((d)) //= 4
x += yield
