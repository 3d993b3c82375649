# an overlong encoding of NUL is invalid UTF-8
x = 'À€'
