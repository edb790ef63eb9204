# Uncaught AssertionError with a message.
def withdraw(balance, amount):
    assert amount > 0, "amount must be positive"
    assert amount <= balance, "cannot withdraw %d from %d" % (amount, balance)
    return balance - amount
b = withdraw(100, 30)
print("balance", b)
try:
    withdraw(b, -5)
except AssertionError as e:
    print("caught:", e)
for amount in [10, 20, 30]:
    b = withdraw(b, amount)
    print("withdrew", amount, "balance", b)
b = withdraw(b, 80)
print("not reached")
