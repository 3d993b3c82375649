# An import alias that is dotted.
import os.path as os.p
