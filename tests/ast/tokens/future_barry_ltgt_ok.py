# action_helpers.c: with barry_as_FLUFL, '<>' is NotEq
from __future__ import barry_as_FLUFL
x = 1 <> 2
