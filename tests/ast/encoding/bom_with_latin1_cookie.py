# coding: latin-1
# encoding problem: %s with BOM
x = 1
