# Fixture submodule.
print("loading alpha")
NAME = "alpha"
