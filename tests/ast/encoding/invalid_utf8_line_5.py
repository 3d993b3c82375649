# invalid UTF-8 further down
a = 1
b = 2
c = 3
d = '€'
