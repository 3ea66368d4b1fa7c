"""Built-in algorithm 2 (KMeans_Clustering) of the ModelArts emulator. Standard library only.

Clusters the rows of <data_url>/digits.csv (first 64 columns; a synthetic set when absent) with
Lloyd's algorithm, prints the inertia per iteration and writes <train_url>/model.json.
Parameters: num_clusters, max_iterations, seed.
"""
import argparse
import json
import os
import random

p = argparse.ArgumentParser()
p.add_argument("--data_url", default="")
p.add_argument("--train_url", default="")
p.add_argument("--num_clusters", type=int, default=10)
p.add_argument("--max_iterations", type=int, default=15)
p.add_argument("--seed", type=int, default=7)
args, unknown = p.parse_known_args()
rng = random.Random(args.seed)

points = []
path = os.path.join(args.data_url, "digits.csv")
if os.path.isfile(path):
    with open(path) as f:
        for line in f:
            parts = line.strip().split(",")
            if len(parts) >= 64 and parts[0].isdigit():
                points.append([float(v) for v in parts[:64]])
    print("loaded %d points from %s" % (len(points), path))
if not points:
    print("no digits.csv in %s; using a synthetic set" % args.data_url)
    centres = [[rng.uniform(0, 16) for _ in range(64)] for _ in range(args.num_clusters)]
    points = [[v + rng.gauss(0, 1) for v in centres[i % len(centres)]] for i in range(300)]

k = max(1, min(args.num_clusters, len(points)))
centres = [list(c) for c in rng.sample(points, k)]
print("KMeans_Clustering: %d points, k=%d, extra=%s" % (len(points), k, unknown))


def nearest(x):
    return min(range(k), key=lambda c: sum((a - b) ** 2 for a, b in zip(x, centres[c])))


inertia = 0.0
for it in range(1, args.max_iterations + 1):
    groups = [[] for _ in range(k)]
    inertia = 0.0
    for x in points:
        c = nearest(x)
        groups[c].append(x)
        inertia += sum((a - b) ** 2 for a, b in zip(x, centres[c]))
    moved = 0.0
    for c, members in enumerate(groups):
        if members:
            new = [sum(col) / len(members) for col in zip(*members)]
            moved += sum((a - b) ** 2 for a, b in zip(new, centres[c]))
            centres[c] = new
    print("iteration %d/%d inertia=%.1f moved=%.3f" % (it, args.max_iterations, inertia, moved), flush=True)
    if moved < 1e-6:
        print("converged")
        break
if args.train_url:
    os.makedirs(args.train_url, exist_ok=True)
    with open(os.path.join(args.train_url, "model.json"), "w") as f:
        json.dump({"algorithm": "KMeans_Clustering", "centres": centres, "inertia": inertia}, f)
    print("model written to %s" % os.path.join(args.train_url, "model.json"))
