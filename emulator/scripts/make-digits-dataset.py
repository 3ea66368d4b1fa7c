"""Generates assets/obs/test-modelarts/dataset-mnist/digits.csv: deterministic 8x8 digit images.

Each row: 64 pixel intensities (0-16) then the label (0-9). Digits are drawn from hand-made
templates, shifted by up to one pixel, thickened or thinned, with salt-and-pepper noise.
Run: python3 emulator/scripts/make-digits-dataset.py
"""
import os
import random

TEMPLATES = {
    0: ["..####..", ".##..##.", ".##..##.", ".##..##.", ".##..##.", ".##..##.", ".##..##.", "..####.."],
    1: ["...##...", "..###...", ".####...", "...##...", "...##...", "...##...", "...##...", ".######."],
    2: ["..####..", ".##..##.", ".....##.", "....##..", "...##...", "..##....", ".##.....", ".######."],
    3: ["..####..", ".##..##.", ".....##.", "...###..", ".....##.", ".....##.", ".##..##.", "..####.."],
    4: ["....##..", "...###..", "..####..", ".##.##..", ".######.", "....##..", "....##..", "....##.."],
    5: [".######.", ".##.....", ".##.....", ".#####..", ".....##.", ".....##.", ".##..##.", "..####.."],
    6: ["..####..", ".##.....", ".##.....", ".#####..", ".##..##.", ".##..##.", ".##..##.", "..####.."],
    7: [".######.", ".....##.", "....##..", "....##..", "...##...", "...##...", "..##....", "..##...."],
    8: ["..####..", ".##..##.", ".##..##.", "..####..", ".##..##.", ".##..##.", ".##..##.", "..####.."],
    9: ["..####..", ".##..##.", ".##..##.", "..#####.", ".....##.", ".....##.", "....##..", "..###..."],
}


def render(label, rng):
    grid = [[16 if c == "#" else 0 for c in row] for row in TEMPLATES[label]]
    dx, dy = rng.choice([-1, 0, 0, 1]), rng.choice([-1, 0, 0, 1])
    out = [[0] * 8 for _ in range(8)]
    for y in range(8):
        for x in range(8):
            sx, sy = x - dx, y - dy
            if 0 <= sx < 8 and 0 <= sy < 8:
                out[y][x] = grid[sy][sx]
    pixels = []
    for y in range(8):
        for x in range(8):
            v = out[y][x]
            if v and rng.random() < 0.12:
                v = rng.randint(4, 10)
            elif not v and rng.random() < 0.06:
                v = rng.randint(2, 9)
            pixels.append(v)
    return pixels


def main():
    rng = random.Random(20201228)
    here = os.path.dirname(os.path.abspath(__file__))
    target = os.path.join(here, "..", "assets", "obs", "test-modelarts", "dataset-mnist", "digits.csv")
    rows = []
    for i in range(1500):
        label = i % 10
        rows.append(",".join(str(p) for p in render(label, rng)) + "," + str(label))
    rng.shuffle(rows)
    with open(target, "w") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote", len(rows), "rows to", os.path.normpath(target))


if __name__ == "__main__":
    main()
