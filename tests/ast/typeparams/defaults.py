# python.gram: type_param_default, type_param_starred_default (PEP 696)
def f[T = int](): pass
def g[T: int = bool](): pass
def h[*Ts = *tuple[int]](): pass
def i[*Ts = Unpacked](): pass
def j[**P = [int, str]](): pass
def k[**P = ...](): pass
