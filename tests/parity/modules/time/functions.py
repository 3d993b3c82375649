# time module without printing timings: monotonic ordering, struct_time fields, gmtime of fixed values.
import time
a = time.monotonic()
b = time.monotonic()
print(b >= a, type(time.time()).__name__, type(time.time_ns()).__name__, time.perf_counter_ns() > 0)
t = time.gmtime(0)
print(t, t.tm_year, t.tm_yday, t[0:3], type(t).__name__, len(t))
print(time.gmtime(86400 * 365.25 * 30 + 12345))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(1700000000)), time.asctime(time.gmtime(1)))
print(time.mktime(time.localtime(1000)) == 1000.0 or True, time.struct_time((2024, 1, 2, 3, 4, 5, 1, 2, 0)))
time.sleep(0)
time.sleep(0.001)
print(time.get_clock_info("monotonic").monotonic, time.thread_time() >= 0, time.process_time() >= 0)
try:
    time.sleep(-1)
except ValueError as e:
    print(e)
time.gmtime("x")
