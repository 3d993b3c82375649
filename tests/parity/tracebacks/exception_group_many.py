# An ExceptionGroup with more than 15 members: CPython prints 15 and "and N more exceptions".
errors = [ValueError(f"error {i}") for i in range(20)]
raise ExceptionGroup("many", errors)
