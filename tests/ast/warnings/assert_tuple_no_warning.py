# ast.parse does not compile: no "assertion is always true" SyntaxWarning
assert (x, "message")
