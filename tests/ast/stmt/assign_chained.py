# python.gram: assignment ((star_targets '=')+)
a = b = c = 42
