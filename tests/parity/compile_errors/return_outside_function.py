# return at module level (a compiler error).
for i in range(3):
    print(i)
return i
