# number parsing: imaginary literals
x = (1j, 1J, 1.5j, 1e3j, .5j, 0j, 1_0j, 1e400j)
