from __future__ import division, generator_stop
x = 1 / 2
