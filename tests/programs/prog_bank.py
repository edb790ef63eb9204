# A small bank-account class hierarchy with custom exceptions.
class InsufficientFunds(Exception):
    def __init__(self, needed, available):
        super().__init__("need %.2f, have %.2f" % (needed, available))
        self.needed = needed
class Account:
    next_number = 1000
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self.balance
    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(amount, self.available())
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self.balance
    def available(self):
        return self.balance
    def month_end(self):
        pass
    def __repr__(self):
        return "%s(#%d, %s, %.2f)" % (type(self).__name__, self.number, self.owner, self.balance)
class Savings(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate
    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.deposit(interest)
        return interest
class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft
    def available(self):
        return self.balance + self.overdraft
    def month_end(self):
        if self.balance < 0:
            fee = 5.0
            self.balance -= fee
            self.history.append(("fee", fee))
            return -fee
        return 0.0
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, acct):
        self.accounts[acct.number] = acct
        return acct
    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
s = bank.open(Savings("ann", 1200.0, rate=0.06))
c = bank.open(Checking("bob", 50.0))
p = bank.open(Account("cy"))
print(bank.accounts)
bank.transfer(s.number, c.number, 200)
print(s, c)
for amount in [100, 250, 20]:
    try:
        bank.transfer(c.number, p.number, amount)
        print("moved", amount, "->", c, p)
    except InsufficientFunds as e:
        print("failed to move", amount, ":", e, "| needed", e.needed)
try:
    p.deposit(-5)
except ValueError as e:
    print("ValueError", e)
try:
    bank.transfer(1, 2, 3)
except KeyError as e:
    print("no such account", e)
for month in range(1, 4):
    changes = [a.month_end() for a in bank.accounts.values()]
    print("month", month, changes, "total %.2f" % bank.total())
for a in bank.accounts.values():
    print(a.number, a.owner, a.history)
print(sorted(bank.accounts.values(), key=lambda a: a.balance))
