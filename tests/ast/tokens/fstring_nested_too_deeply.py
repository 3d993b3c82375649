# lexer.c: %c-string: expressions nested too deeply (format spec nesting)
f"{x:{y:{z:{w}}}}"
