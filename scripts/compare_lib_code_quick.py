#!/usr/bin/env python3
"""Stopgap until scripts/compare_lib_code.py (helper flowgraph) lands: whole code
objects of oxpy (target/release/oxpy-code) against CPython 3.14 compile() over the
files listed in /tmp/files.txt (e.g. `find /opt/cpython-3.14/lib/python3.14 -name "*.py" -type f | sort`),
with the dump of scripts/record_code.py. Run under python3.14; writes /tmp/code_diffs.txt."""
import os, subprocess, sys, warnings
sys.path.insert(0, '/work/wt-codegen/scripts')
warnings.simplefilter('ignore')
import record_code
files = [l.strip() for l in open('/tmp/files.txt')]
BIN = '/work/wt-codegen/target/release/oxpy-code'
same = 0; diffs = []
for i in range(0, len(files), 100):
    chunk = files[i:i+100]
    out = subprocess.run([BIN] + chunk, capture_output=True).stdout.decode('utf-8', 'replace')
    parts = {}
    cur = None; buf = []
    for line in out.splitlines(keepends=True):
        if line.startswith('== ') and line[3:].rstrip('\n') in chunk:
            if cur: parts[cur] = ''.join(buf)
            cur = line[3:].rstrip('\n'); buf = []
        else:
            buf.append(line)
    if cur: parts[cur] = ''.join(buf)
    for f in chunk:
        try:
            ref = record_code.record(f)
        except Exception as e:
            ref = repr(e)
        if parts.get(f) == ref: same += 1
        else: diffs.append(f)
print(same, '/', len(files), 'identical code objects')
open('/tmp/code_diffs.txt', 'w').write('\n'.join(diffs))
