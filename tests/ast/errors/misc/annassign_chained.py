# python.gram: an annotated assignment cannot be chained
z: int = y = 3
