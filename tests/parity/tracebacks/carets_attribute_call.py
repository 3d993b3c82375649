# Carets for method calls on attribute chains: a.b.method(args).
class Service:
    def __init__(self):
        self.client = Client()


class Client:
    def fetch(self, url):
        return url.decode()


svc = Service()
data = svc.client.fetch("http://example") + "!"
