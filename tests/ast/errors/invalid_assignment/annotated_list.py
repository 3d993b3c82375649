# python.gram: invalid_assignment / invalid_ann_assign_target (not list)
[a, b]: int
