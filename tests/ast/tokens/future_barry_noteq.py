# action_helpers.c _PyPegen_check_barry_as_flufl: with Barry as BDFL, use '<>' instead of '!='
from __future__ import barry_as_FLUFL
x = 1 != 2
