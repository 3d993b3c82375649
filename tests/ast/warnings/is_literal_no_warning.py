# ast.parse does not compile: no "is with a literal" SyntaxWarning (that one comes from the compiler)
x = y is 1
z = y is not "a"
