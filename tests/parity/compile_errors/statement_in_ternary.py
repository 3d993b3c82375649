# A statement given after 'else' in a conditional expression (3.14 message).
x = 1
y = 2 if x else pass
