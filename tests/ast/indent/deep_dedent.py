# lexer.c: several DEDENTs at once, then EOF
if a:
    if b:
        if c:
            if d:
                x = 1
y = 2
