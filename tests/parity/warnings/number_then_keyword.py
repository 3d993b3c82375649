# A number immediately followed by a keyword: "invalid decimal literal" SyntaxWarning.
x = 1
print(1if x else 2)
print([0for y in "ab"])
