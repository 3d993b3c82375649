# Python/future.c: 'from __future__ import *' names feature '*'
from __future__ import *
