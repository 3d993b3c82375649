# Reading a missing attribute of a partially initialised module: the circular-import hint.
import fx_partial_a
