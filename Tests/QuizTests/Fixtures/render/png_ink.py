#!/usr/bin/env python3
"""Reads an 8-bit RGB or RGBA PNG (as Chromium's --screenshot writes) with the standard library only and
prints JSON: {"width", "height", "ink": share of pixels that are not near-white, "colours": {hex: count}
for the colours given as arguments (within a small tolerance)}."""
import json, struct, sys, zlib

path, wanted = sys.argv[1], sys.argv[2:]
data = open(path, "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, idat, width = 8, b"", 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
        assert depth == 8 and colour in (2, 6), f"unsupported PNG: depth {depth}, colour type {colour}"
        channels = 4 if colour == 6 else 3
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
raw = zlib.decompress(idat)
stride = width * channels
previous = bytearray(stride)
targets = [tuple(int(h[i:i + 2], 16) for i in (1, 3, 5)) for h in wanted]
counts = [0] * len(targets)
ink = 0
for y in range(height):
    start = y * (stride + 1)
    kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
    for i in range(stride):
        a = line[i - channels] if i >= channels else 0
        b = previous[i]
        c = previous[i - channels] if i >= channels else 0
        if kind == 1: line[i] = (line[i] + a) & 255
        elif kind == 2: line[i] = (line[i] + b) & 255
        elif kind == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif kind == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    for x in range(0, stride, channels):
        r, g, bl = line[x], line[x + 1], line[x + 2]
        if r < 235 or g < 235 or bl < 235:
            ink += 1
        for k, (tr, tg, tb) in enumerate(targets):
            if abs(r - tr) <= 6 and abs(g - tg) <= 6 and abs(bl - tb) <= 6:
                counts[k] += 1
    previous = line
print(json.dumps({"width": width, "height": height, "ink": ink / (width * height),
                  "colours": dict(zip(wanted, counts))}))
