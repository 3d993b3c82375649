# from __future__ imports: annotations (stringified), and the features list.
from __future__ import annotations
import __future__


def f(x: SomeUndefinedType) -> List[int]:
    return x


print(f.__annotations__)


class C:
    attr: Foo[Bar] = 1


print(C.__annotations__)
print(__future__.annotations.mandatory, __future__.all_feature_names[:3])
print(__future__.generator_stop.getOptionalRelease(), __future__.annotations.compiler_flag > 0)
