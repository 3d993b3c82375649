# pegen: an error token on a continuation line inside brackets
x = (1 +
     2
     3)
