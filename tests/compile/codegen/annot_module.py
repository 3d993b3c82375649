x: int = 1
y: str
if a:
    z: float
