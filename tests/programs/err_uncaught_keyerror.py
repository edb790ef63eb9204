# Uncaught KeyError after some output: exit status 1, "KeyError: 'c'" on stderr.
inventory = {"a": 1, "b": 2}
for k in ["a", "b"]:
    print(k, inventory[k])
print("known keys:", list(inventory))
inventory["d"] = 4
print("after adding d:", inventory)
print("get with default:", inventory.get("c", 0))
try:
    inventory["z"]
except KeyError as e:
    print("caught first:", repr(e))
def restock(name, amount):
    print("restocking", name, "by", amount)
    inventory[name] += amount
    return inventory[name]
print(restock("a", 10))
print(restock("b", 5))
print("looking up c")
print(restock("c", 1))
print("not reached")
