# json: dumps options, loads, round trips, and decode errors with positions.
import json
data = {"b": [1, 2.5, None, True], "a": "é", "c": {"n": -1}}
print(json.dumps(data), json.dumps(data, sort_keys=True), json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2], separators=(",", ":")), json.dumps("\n\t\""), json.dumps(float("inf")))
print(json.loads('{"x": [1, 2, {"y": null}]}'), json.loads("3.0"), json.loads('"\\u00e9"'))
print(json.loads(json.dumps(data)) == data)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
try:
    json.loads('{"a": 1,}')
except Exception as e:
    print(type(e).__name__, e)
