# ~ on a bool is deprecated in 3.12+: DeprecationWarning, result still an int.
t = True
print(~t)
print(~False)
print(-t, +t)
