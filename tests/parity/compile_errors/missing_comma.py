# Two expressions side by side in a list: "Perhaps you forgot a comma?".
colors = [
    "red",
    "green"
    "blue",
    wavelength 5,
]
