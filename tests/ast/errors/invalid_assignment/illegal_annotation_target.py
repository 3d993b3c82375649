# python.gram: invalid_assignment (illegal target for annotation)
f(): int
