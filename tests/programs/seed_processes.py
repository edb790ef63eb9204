from multiprocessing import Process
def count():
    x = 0
    for _ in range(10**7):
        x += 1
processes = [Process(target=count) for _ in range(4)]
for p in processes: p.start()
for p in processes: p.join()
