# python.gram: comparison, compare_op_bitwise_or_pair, eq/noteq/lte/lt/gte/gt/notin/in/isnot/is_bitwise_or
a == b
a != b
a <= b
a < b
a >= b
a > b
a not in b
a in b
a is not b
a is b
