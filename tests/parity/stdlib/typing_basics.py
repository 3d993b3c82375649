# typing: runtime behaviour of common constructs (get_type_hints, TypedDict, Protocol, cast, NamedTuple).
from typing import NamedTuple, TypedDict, Protocol, cast, get_type_hints, Optional, Union, Any, runtime_checkable


class Emp(NamedTuple):
    name: str
    id: int = 3


class Movie(TypedDict):
    title: str
    year: int


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


class F:
    def close(self):
        pass


def f(x: Optional[int], y: "list[str]") -> Union[int, str]:
    return 1


print(Emp("a"), Emp._fields, Movie(title="t", year=1), isinstance(F(), Closer), isinstance(1, Closer))
print(cast(int, "not checked"), get_type_hints(f), Optional[int], Union[int, str], Any)
print(Optional[int] == Union[int, None], int | None == Optional[int])
Emp()
