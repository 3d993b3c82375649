# coding: utf-16
# utf-16 cookie on ASCII text: the codec error
x = 1
