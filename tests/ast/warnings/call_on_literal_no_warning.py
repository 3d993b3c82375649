# ast.parse does not compile: no "'int' object is not callable" SyntaxWarning
x = 1(2)
y = "a"[1, 2]
