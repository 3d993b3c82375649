# time.struct_time construction, indexing, and strftime/strptime-free formatting of fixed times.
import time
st = time.gmtime(1234567890)
print(st.tm_year, st.tm_mon, st.tm_mday, st.tm_hour, st.tm_min, st.tm_sec, st.tm_wday, st.tm_yday, st.tm_isdst)
print(tuple(st), st[5], st[-1], st.tm_zone, st.tm_gmtoff)
for fmt in ("%Y", "%m/%d/%y", "%H:%M:%S", "%j", "%a %b", "%A %B", "%%", "%w %u"):
    print(repr(fmt), time.strftime(fmt, st))
print(time.asctime(st), time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(0)))
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
