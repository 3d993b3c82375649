# ast.dump: repr of floats and complex constants
x = (0.0, 1.0, 1e16, 1e-7, 123e300, 1e309, 1e309j, 0j, 2.5j, 1e22, 1e21, 0.1)
