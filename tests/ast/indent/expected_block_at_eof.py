# python.gram: a compound statement at EOF with nothing after it
def f():
