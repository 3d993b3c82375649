# coding: ISO_2022-jp-2
x = 1
.JNA
