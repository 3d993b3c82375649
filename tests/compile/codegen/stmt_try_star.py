try:
    a
except* E:
    b
except* F as e:
    c
