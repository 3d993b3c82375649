# coding: latin-1
# an error after latin-1 characters: offsets in characters
x = 'ééé' + $
