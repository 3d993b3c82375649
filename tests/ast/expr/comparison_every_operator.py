# python.gram: comparison, compare_op_bitwise_or_pair, eq_bitwise_or, noteq_bitwise_or, lte_bitwise_or, lt_bitwise_or, gte_bitwise_or, gt_bitwise_or, notin_bitwise_or, in_bitwise_or, isnot_bitwise_or, is_bitwise_or
x = a == b != c <= d < e >= f > g not in h in i is not j is k
y = (a < b) == (c > d)
