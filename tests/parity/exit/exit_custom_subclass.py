# A SystemExit subclass with a custom code is honoured.
class Abort(SystemExit):
    def __init__(self, reason):
        super().__init__(3)
        self.reason = reason


try:
    raise Abort("why")
except SystemExit as e:
    print(type(e).__name__, e.code, e.reason)
raise Abort("for real")
