# starred else branch in 3.14: expected expression after 'else'
[a if b else *c]
