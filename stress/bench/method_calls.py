# Benchmark method_calls: calling methods on instances (attribute lookup
# through the class, bound-method calls, attribute reads and writes).
class Counter:
    def __init__(self, step):
        self.value = 0
        self.step = step

    def bump(self):
        self.value += self.step

    def get(self):
        return self.value


class Doubler(Counter):
    def bump(self):
        super().bump()
        self.value += self.step


a = Counter(1)
b = Doubler(1)
for i in range(1_000_000):
    a.bump()
    if i % 4 == 0:
        b.bump()
print("method_calls", a.get(), b.get())
