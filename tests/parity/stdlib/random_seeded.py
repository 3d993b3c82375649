# random with a fixed seed is deterministic: random, randint, choice, shuffle, sample.
import random
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.uniform(0, 1))
items = list(range(10))
random.shuffle(items)
print(items, random.sample(range(100), 5), random.getrandbits(16))
r = random.Random(7)
print(r.random(), r.randrange(0, 100, 5), r.choices("xyz", k=4), r.gauss(0, 1))
try:
    random.choice([])
except Exception as e:
    print(type(e).__name__, e)
