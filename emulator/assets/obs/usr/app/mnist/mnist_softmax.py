"""Custom-image sample of seed 002 (/usr/app/mnist/mnist_softmax.py), standard library only.

Run as `python /home/work/user-job-dir/app/mnist/mnist_softmax.py --data_url <folder>`: trains a
nearest-centroid digit classifier on <folder>/digits.csv and prints the accuracy. Parameters of
a custom-image job arrive as environment variables (CUSTOM_PARAM1 in the sample).
"""
import argparse
import os

p = argparse.ArgumentParser()
p.add_argument("--data_url", default="")
args, _ = p.parse_known_args()
print("mnist_softmax: data_url=%s CUSTOM_PARAM1=%s" % (args.data_url, os.environ.get("CUSTOM_PARAM1")))
rows = []
with open(os.path.join(args.data_url, "digits.csv")) as f:
    for line in f:
        parts = line.strip().split(",")
        if len(parts) == 65:
            rows.append(([int(v) for v in parts[:64]], int(parts[64])))
split = int(len(rows) * 0.8)
sums = {}
for x, y in rows[:split]:
    acc = sums.setdefault(y, [0] * 65)
    for j in range(64):
        acc[j] += x[j]
    acc[64] += 1
centroids = {y: [v / acc[64] for v in acc[:64]] for y, acc in sums.items()}
right = 0
for x, y in rows[split:]:
    guess = min(centroids, key=lambda c: sum((a - b) ** 2 for a, b in zip(x, centroids[c])))
    right += guess == y
print("trained on %d images, test accuracy=%.4f" % (split, right / max(1, len(rows) - split)))
