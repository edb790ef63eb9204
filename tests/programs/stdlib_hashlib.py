# hashlib and hmac: MD5, SHA-1 and SHA-2 digests at every padding boundary,
# incremental update and copy, new() by name, pbkdf2_hmac, HMAC objects,
# compare_digest, the TypeErrors for bad data, and one object fed by threads
import hashlib
import hmac
import random
import threading

NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']

for name in NAMES:
    h = getattr(hashlib, name)()
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
    print(' ', getattr(hashlib, name)(b'abc').hexdigest())
print(sorted(hashlib.algorithms_guaranteed & set(NAMES)))
print(set(NAMES) <= hashlib.algorithms_available)

rng = random.Random(2024)
for name in NAMES:
    block = hashlib.new(name).block_size
    lengths = [1, block - 9, block - 8, block - 1, block, block + 1, 2 * block + 17, 1000]
    for n in lengths:
        data = bytes(rng.randrange(256) for _ in range(n))
        print(name, n, hashlib.new(name, data).hexdigest()[:24])

for name in NAMES:
    whole = bytes(rng.randrange(256) for _ in range(700))
    h = hashlib.new(name)
    pos = 0
    snapshots = []
    while pos < len(whole):
        step = rng.randrange(0, 90)
        piece = whole[pos:pos + step]
        h.update(piece if step % 2 else bytearray(piece))
        pos += step
        if len(snapshots) < 2:
            c = h.copy()
            snapshots.append(c)
            c.update(b'!')
    print(name, h.digest() == hashlib.new(name, whole).digest(),
          [s.hexdigest()[:12] for s in snapshots])

print(hashlib.sha256(b'data', usedforsecurity=False).hexdigest()[:16])
print(hashlib.md5(string=b'data').hexdigest())
print(hashlib.new('SHA256', b'data').name, hashlib.new('sha-1').name)
print(hashlib.new(name='sha1', data=b'x').hexdigest())
million = b'a' * 1000000
print('sha256 of a million a:', hashlib.sha256(million).hexdigest())
print('md5 of a million a:', hashlib.md5(million).hexdigest())


def t(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


t(hashlib.new, 'nope')
t(hashlib.new, 5)
t(hashlib.sha256, 'text')
t(hashlib.sha256, None)
t(hashlib.sha1().update, 'text')
t(hashlib.sha1().update, 42)

print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1).hex())
print(hashlib.pbkdf2_hmac('sha1', b'password', b'salt', 2, 20).hex())
print(hashlib.pbkdf2_hmac('sha512', b'k' * 200, b'salt', 3, 70).hex())
print(hashlib.pbkdf2_hmac('md5', bytearray(b'pw'), b'', 50, 5).hex())
t(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 0)
t(hashlib.pbkdf2_hmac, 'sha256', b'pw', b'salt', 1, 0)
t(hashlib.pbkdf2_hmac, 'sha256', 'pw', b'salt', 1)

for name in NAMES:
    for key in (b'', b'key', b'k' * 64, b'long key ' * 30):
        m = hmac.new(key, b'The quick brown fox', name)
        c = m.copy()
        c.update(b' jumps')
        print(name, len(key), m.name, m.digest_size, m.block_size,
              m.hexdigest()[:20], c.hexdigest()[:20],
              hmac.digest(key, b'The quick brown fox', name) == m.digest())
m = hmac.new(bytearray(b'secret'), digestmod=hashlib.sha256)
m.update(b'part one, ')
m.update(b'part two')
print(m.hexdigest() == hmac.new(b'secret', b'part one, part two', 'sha256').hexdigest())
t(hmac.new, b'key')
t(hmac.new, 'key', digestmod='sha256')
t(hmac.new, b'key', digestmod='nope')
print(hmac.compare_digest(b'abc', b'abc'), hmac.compare_digest(b'abc', b'abd'),
      hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'ab', b'abc'),
      hmac.compare_digest(bytearray(b'z'), b'z'))
t(hmac.compare_digest, 'abc', b'abc')
t(hmac.compare_digest, 1, 2)
t(hmac.compare_digest, 'é', 'é')

shared = hashlib.sha256()
chunk = bytes(range(200))


def feed():
    for _ in range(100):
        shared.update(chunk)


threads = [threading.Thread(target=feed) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
print('threads:', shared.hexdigest() == hashlib.sha256(chunk * 400).hexdigest())
