# An unparenthesised assignment expression at statement level.
x := 5
print(x)
