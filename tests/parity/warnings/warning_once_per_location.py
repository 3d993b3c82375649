# SyntaxWarnings from compile() are printed each time the source is compiled again.
for i in range(3):
    exec(compile("'\\p'", "<loop>", "exec"))
print("looped")
