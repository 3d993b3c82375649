# A starred expression used as a plain value.
items = [1, 2]
x = *items
