# python.gram: assignment (star_targets '=' annotated_rhs)
x = 1
