# A traceback through classmethod, staticmethod and a bound method chain.
class Parser:
    @classmethod
    def from_text(cls, text):
        return cls().parse(text)

    def parse(self, text):
        return self.convert(text.split(","))

    @staticmethod
    def convert(parts):
        return [float(p) for p in parts]


print(Parser.from_text("1,2.5"))
Parser.from_text("1,two")
