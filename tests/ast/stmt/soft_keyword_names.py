# python.gram: soft keywords used as plain names (match, case, type, _)
match = 1
case = 2
type = 3
_ = 4
match.x = case(type)
print(match, case, type, _)
match[0] = 1
type(x)
