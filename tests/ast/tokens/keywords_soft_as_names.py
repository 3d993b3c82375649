# lexer.c / python.gram: soft keywords match, case, type, _ used as ordinary names
match = 1
case = 2
type = 3
_ = 4
print(match, case, type, _)
type.x = 1
match[1] = 2
