# An f-string conversion character other than s, r, a.
value = 3.5
print(f"{value!z}")
