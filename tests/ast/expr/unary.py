# python.gram: factor
+a
-a
~a
-+~a
- - 1
-1
