# python.gram: type_param_starred_default accepts a non-starred expression too
class C[*Ts = tuple[int]]: pass
