# python.gram: invalid_ann_assign_target ('(' invalid_ann_assign_target ')')
((a, b)): int = 1
