# Indentation: tabs and spaces consistently, deep nesting, dedent to any level.
def f(n):
	if n:
		for i in range(n):
			if i % 2:
				print("odd", i)
			else:
				print("even", i)
	return n
f(3)
if True:
        if True:
                print("eight spaces")
        print("back")
print("top")
class K:
  def m(self):
    return "two-space"
print(K().m())
