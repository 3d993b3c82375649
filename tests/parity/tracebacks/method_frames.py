# Tracebacks through methods, a property and __init__.
class Account:
    def __init__(self, balance):
        self.balance = balance
        self.check()

    def check(self):
        if self.ratio < 0:
            raise ValueError("negative balance")

    @property
    def ratio(self):
        return self.balance / self.limit

    limit = 0


Account(10)
