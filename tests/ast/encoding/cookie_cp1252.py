# coding: cp1252
# cp1252: 0x80 is the euro sign
x = '€'
