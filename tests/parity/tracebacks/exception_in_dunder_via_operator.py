# An exception inside __add__ called by the + operator: the operator line then the dunder frame.
class Money:
    def __init__(self, amount, currency):
        self.amount, self.currency = amount, currency

    def __add__(self, other):
        if self.currency != other.currency:
            raise ValueError(f"cannot add {self.currency} and {other.currency}")
        return Money(self.amount + other.amount, self.currency)


total = Money(1, "EUR") + Money(2, "EUR")
print(total.amount)
total = total + Money(5, "USD")
