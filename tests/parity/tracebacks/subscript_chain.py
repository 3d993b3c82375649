# KeyError from the last subscript in a chain: carets mark the failing subscript only.
config = {"server": {"ports": {"http": 80}}}


def lookup(cfg):
    return cfg["server"]["ports"]["https"]


print(lookup(config) if False else "looking up")
value = lookup(config)
print(value)
