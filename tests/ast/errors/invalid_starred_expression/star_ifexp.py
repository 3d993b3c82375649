# star applies to the whole conditional (valid in 3.14)
f(*a if b else c)
