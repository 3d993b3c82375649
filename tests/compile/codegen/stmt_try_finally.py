try:
    a
finally:
    b
try:
    a
except E:
    b
finally:
    c
