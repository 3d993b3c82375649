# A return annotation on a lambda.
f = lambda x -> int: x
