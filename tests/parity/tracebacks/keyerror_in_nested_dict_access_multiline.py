# A KeyError from a dict access split across lines with a method call chain.
config = {"db": {"host": "localhost"}}
port = (
    config["db"]
    .get("settings", {})
    ["port"]
)
