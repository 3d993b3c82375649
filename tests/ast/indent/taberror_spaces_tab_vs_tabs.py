# 8 spaces + a tab, then three tabs: deeper with tab size 8 but not with tab size 1 (TabError)
if x:
        	if y:
			pass
