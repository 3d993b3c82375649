# coding: ascii
# ascii cookie and a non-ASCII byte: the codec error
x = 'é'
