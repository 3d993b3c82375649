# ast.dump: printable non-ASCII stays as is in repr
x = "é 日本 😀 Ω"
