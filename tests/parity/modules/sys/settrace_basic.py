# sys.settrace reports call, line and return events for Python functions.
import sys
events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno, arg))
    return tracer


def traced(x):
    y = x + 1
    return y * 2


sys.settrace(tracer)
traced(3)
sys.settrace(None)
print(events)
print(sys.gettrace())
