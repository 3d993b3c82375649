# coding: utf-8
# an explicit utf-8 cookie gives the same error for invalid bytes
x = 'ÿ'
