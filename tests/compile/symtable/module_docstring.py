"""doc"""
x = 1
