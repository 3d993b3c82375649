# Fixture submodule.
print("loading beta")
NAME = "beta"
