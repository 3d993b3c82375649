# heapq and bisect: heap operations, nlargest/nsmallest, merge, insort and bisect positions.
import heapq
import bisect
h = [5, 1, 8, 3, 2]
heapq.heapify(h)
print(h, heapq.heappop(h), heapq.heappushpop(h, 0), heapq.nlargest(2, [4, 9, 1]), heapq.nsmallest(2, "zyxa"))
heapq.heappush(h, -1)
print(h[0], list(heapq.merge([1, 4], [2, 3])))
a = [1, 3, 3, 5]
print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.bisect(a, 0))
bisect.insort(a, 4)
print(a, bisect.bisect_left(a, 10, key=None))
heapq.heappop([])
