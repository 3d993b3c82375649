# gc.callbacks receive start/stop phases with generation info when collection runs.
import gc
phases = []


def cb(phase, info):
    phases.append((phase, sorted(info)))


gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(phases)
gc.collect()
print(len(phases))
