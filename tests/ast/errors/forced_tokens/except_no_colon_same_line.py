# python.gram: except without ':' followed by code
try:
    pass
except E pass
