# Fixture for fixture_module_frames.py.
def double(x):
    return x * 2


def parse_pair(text):
    key, value = text.split("=")
    return key, value
