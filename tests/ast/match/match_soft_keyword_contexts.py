# python.gram: "match" and "case" are soft keywords; as names they are ordinary expressions
match(x)
match (x) + 1
print(match, case)
match.attr = 1
match[0]
match: int = 1
match = case = 2
def match(case): return case
match * 2
match - 1
