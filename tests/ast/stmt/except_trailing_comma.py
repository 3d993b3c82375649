# python.gram: except_block expressions with trailing comma
try:
    pass
except A,:
    pass
