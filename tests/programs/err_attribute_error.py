# Uncaught AttributeError on a user object.
class User:
    def __init__(self, name):
        self.name = name
        self.logins = 0
    def login(self):
        self.logins += 1
        return self.logins
u = User("ann")
print(u.name, u.login(), u.login())
print(hasattr(u, "email"), getattr(u, "email", "no email"))
try:
    u.phone
except AttributeError as e:
    print("caught:", e)
users = [User("bob"), u]
for x in users:
    print(x.name, x.logins)
print(u.email)
print("not reached")
