# User-defined exceptions: __init__ with extra state, __str__, __reduce__-free args, and catching by base.
class AppError(Exception):
    pass


class NotFound(AppError):
    def __init__(self, item, where="db"):
        super().__init__(f"{item} not found in {where}")
        self.item = item
        self.where = where


class Silent(AppError):
    def __str__(self):
        return "silent!"


for exc in (NotFound("user"), NotFound("file", where="disk"), Silent("hidden"), AppError()):
    try:
        raise exc
    except AppError as e:
        print(type(e).__name__, str(e), e.args, getattr(e, "item", None))


class NoSuper(Exception):
    def __init__(self, code):
        self.code = code


e = NoSuper(5)
print(e.args, str(e), repr(e), e.code)
raise NotFound("config", "etc")
