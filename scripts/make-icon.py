"""Draws resources/icon.png (1024x1024): two neighbouring houses on teal, the app's mark.
Run once by hand when the icon changes; electron-builder turns it into .ico and .icns."""
import struct
import zlib

SIZE = 1024
TEAL = (12, 166, 120)
WHITE = (255, 255, 255)


def inside_house(x, y, left, base, width, height):
    roof = height * 0.45
    if left <= x <= left + width and base - height + roof <= y <= base:
        return True
    mid = left + width / 2
    top = base - height
    return top <= y <= top + roof and abs(x - mid) <= (y - top) / roof * (width / 2 + 40)


def pixel(x, y):
    r = 180
    cx, cy = min(max(x, r), SIZE - r), min(max(y, r), SIZE - r)
    if (x - cx) ** 2 + (y - cy) ** 2 > r * r:
        return (0, 0, 0, 0)
    if inside_house(x, y, 200, 780, 300, 420) or inside_house(x, y, 560, 780, 260, 340):
        return (*WHITE, 255)
    return (*TEAL, 255)


rows = b''.join(b'\x00' + bytes(c for x in range(SIZE) for c in pixel(x, y)) for y in range(SIZE))


def chunk(kind, data):
    return struct.pack('>I', len(data)) + kind + data + struct.pack('>I', zlib.crc32(kind + data))


png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', SIZE, SIZE, 8, 6, 0, 0, 0))
png += chunk(b'IDAT', zlib.compress(rows, 9)) + chunk(b'IEND', b'')
open('resources/icon.png', 'wb').write(png)
