# warnings: an identical warning twice on one line is printed twice (ast.parse warns without a registry)
x = "\d" + "\d"
