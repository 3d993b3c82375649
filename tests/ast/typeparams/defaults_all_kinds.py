# python.gram: type_param_default, type_param_starred_default (PEP 696) with bounds and constraints
type X[T: int = str, *Ts = *tuple[int], **P = [int]] = T
def f[T: (int, str) = int, *Ts = *tuple[int, ...], **P = ...](): pass
class C[T = int, *Ts, **P = [str, int]]: pass
