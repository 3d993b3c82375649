try:
    pass
except E as e:
    pass
except* F as f:
    pass
