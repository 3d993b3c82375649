# lexer.c: indentation is ignored inside brackets
x = [
        1,
  2,
            3]
if x:
    y = (1 +
 2)
