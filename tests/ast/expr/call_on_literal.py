# SyntaxWarning: 'int' object is not callable (compiler only; ast.parse is silent)
1()
"a"()
