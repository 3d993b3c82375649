x = a is 1
y = a is not 'x'
z = () is a
