# invalid syntax. Perhaps you forgot a comma?
f(1 2)
