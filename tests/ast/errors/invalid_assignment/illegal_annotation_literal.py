# python.gram: invalid_assignment (illegal target for annotation: literal)
1: int
