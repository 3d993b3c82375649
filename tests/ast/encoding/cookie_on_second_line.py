#!/usr/bin/env python3
# -*- coding: latin-1 -*-
# the cookie may be on line 2
x = 'ÿ'
