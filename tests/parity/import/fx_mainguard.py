# Fixture: has a __main__ guard that must not run on import.
def main():
    print("fx_mainguard main()")


if __name__ == "__main__":
    main()
print("fx_mainguard imported as", __name__)
