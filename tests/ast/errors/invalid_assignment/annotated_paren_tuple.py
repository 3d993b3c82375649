# python.gram: invalid_ann_assign_target (not tuple, parenthesized)
(a, b): int
