# ast.dump of floats: repr round-trips, inf from overflow, shortest repr
x = (1e16, 1e15, 123456789012345678.0, 1.7976931348623157e308, 5e-324, 0.30000000000000004)
