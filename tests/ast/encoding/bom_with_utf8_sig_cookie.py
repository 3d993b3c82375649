# coding: utf-8-sig
# a BOM and a utf-8-sig cookie agree
x = 1
