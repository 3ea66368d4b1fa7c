"""Built-in algorithm 1 (Softmax_Classifier) of the ModelArts emulator. Standard library only.

Trains a softmax regression on <data_url>/digits.csv (64 pixels 0-16 + label per line; a synthetic
set is generated when absent), prints one line per step and writes <train_url>/model.json.
Parameters: max_steps, learning_rate, batch_size, step_seconds.
"""
import argparse
import json
import math
import os
import random
import time

p = argparse.ArgumentParser()
p.add_argument("--data_url", default="")
p.add_argument("--train_url", default="")
p.add_argument("--max_steps", type=int, default=40)
p.add_argument("--learning_rate", type=float, default=0.5)
p.add_argument("--batch_size", type=int, default=32)
p.add_argument("--step_seconds", type=float, default=0.1)
args, unknown = p.parse_known_args()
rng = random.Random(7)


def load(folder):
    path = os.path.join(folder, "digits.csv")
    rows = []
    if os.path.isfile(path):
        with open(path) as f:
            for line in f:
                parts = line.strip().split(",")
                if len(parts) == 65 and parts[0].isdigit():
                    rows.append(([int(v) / 16.0 for v in parts[:64]], int(parts[64])))
        print("loaded %d images from %s" % (len(rows), path))
    if not rows:
        print("no digits.csv in %s; using a synthetic set" % folder)
        protos = [[rng.random() for _ in range(64)] for _ in range(10)]
        rows = [([min(1.0, max(0.0, v + rng.uniform(-0.2, 0.2))) for v in protos[i % 10]], i % 10) for i in range(500)]
    return rows


def probs(w, b, x):
    z = [b[k] + sum(wk[j] * x[j] for j in range(64)) for k, wk in enumerate(w)]
    top = max(z)
    e = [math.exp(v - top) for v in z]
    s = sum(e)
    return [v / s for v in e]


data = load(args.data_url)
rng.shuffle(data)
split = max(1, int(len(data) * 0.8))
train, test = data[:split], data[split:] or data[:1]
w = [[0.0] * 64 for _ in range(10)]
b = [0.0] * 10
print("Softmax_Classifier: %d train / %d test, %d steps, extra=%s" % (len(train), len(test), args.max_steps, unknown))
for step in range(1, args.max_steps + 1):
    started = time.time()
    batch = rng.sample(train, min(args.batch_size, len(train)))
    loss = 0.0
    for x, y in batch:
        pr = probs(w, b, x)
        loss -= math.log(max(pr[y], 1e-12))
        for k in range(10):
            g = (pr[k] - (1.0 if k == y else 0.0)) * args.learning_rate / len(batch)
            b[k] -= g
            wk = w[k]
            for j in range(64):
                wk[j] -= g * x[j]
    print("step %d/%d loss=%.4f" % (step, args.max_steps, loss / len(batch)), flush=True)
    time.sleep(max(0.0, args.step_seconds - (time.time() - started)))
right = sum(1 for x, y in test if (lambda pr: pr.index(max(pr)))(probs(w, b, x)) == y)
accuracy = right / len(test)
print("test accuracy=%.4f" % accuracy)
if args.train_url:
    os.makedirs(args.train_url, exist_ok=True)
    with open(os.path.join(args.train_url, "model.json"), "w") as f:
        json.dump({"algorithm": "Softmax_Classifier", "weights": w, "bias": b, "test_accuracy": accuracy}, f)
    print("model written to %s" % os.path.join(args.train_url, "model.json"))
