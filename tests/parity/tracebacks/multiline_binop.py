# A binary operation spread over three lines fails: the displayed lines and carets follow it.
a = 10
b = 0
result = (a
          /
          b)
print(result)
