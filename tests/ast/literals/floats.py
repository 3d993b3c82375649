# number parsing: floats in every form
x = (1.5, 1., .5, 1e10, 1E-5, 1.5e+3, 1_0.2_5, .5e1, 1e1_0, 3.14e-00)
y = (1e308, 1e309, 2.5e-324, 1e-400, 0.1 + 0.2)
