# python.gram: try_stmt, except_block (every alternative), finally_block
try: pass
except: pass
try: pass
except E: pass
except (E, F) as e: pass
except E, F: pass
except E as e: pass
else: pass
finally: pass
try: pass
finally: pass
try: pass
except* E: pass
except* (E, F) as eg: pass
except* E, F: pass
else: pass
finally: pass
