# pegen_errors.c: 4-byte UTF-8 characters before an unclosed bracket
x = "😀😀" + f(1,
