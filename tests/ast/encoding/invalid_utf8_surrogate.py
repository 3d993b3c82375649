# an encoded surrogate (ED A0 80) is invalid UTF-8
x = 'í €'
