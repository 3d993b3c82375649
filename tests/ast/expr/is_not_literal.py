# SyntaxWarning: "is" with a literal (emitted by the compiler, not by ast.parse)
x is 1
x is not "a"
