# Keywords and soft keywords: which names are reserved, via compile().
import sys
words = ["False", "None", "True", "and", "as", "assert", "async", "await",
         "break", "class", "continue", "def", "del", "elif", "else", "except",
         "finally", "for", "from", "global", "if", "import", "in", "is",
         "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try",
         "while", "with", "yield", "match", "case", "type", "_"]
for w in words:
    try:
        compile(f"{w} = 1", "<kw>", "exec")
        print(w, "assignable")
    except SyntaxError as e:
        print(w, "->", e.msg)
