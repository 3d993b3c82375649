# A starred expression as an augmented assignment target.
items = [1, 2]
*items += [3]
