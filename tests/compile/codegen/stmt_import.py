import a
import a.b.c
import a.b.c as d
from a import b, c as d
from . import e
from ..f import g
from h import *
