"""Handwritten-digit recognition for the ModelArts emulator (seed 004's train_mnist_tf.py).

Standard library only: trains a softmax (multinomial logistic) regression on 8x8 digit images
read from <data_url>/digits.csv (generated when absent), prints one line per step, and writes the
model as JSON to <train_url>/model.json.

Hyperparameters (`--label=value`): max_steps (100), step_seconds (0.25), learning_rate (0.5),
batch_size (32). The defaults run for about 25 seconds.
"""
import argparse
import json
import math
import os
import random
import sys
import time


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data_url", default="")
    p.add_argument("--train_url", default="")
    p.add_argument("--max_steps", type=int, default=100)
    p.add_argument("--step_seconds", type=float, default=0.25)
    p.add_argument("--learning_rate", type=float, default=0.5)
    p.add_argument("--batch_size", type=int, default=32)
    args, unknown = p.parse_known_args()
    if unknown:
        print("ignoring unknown arguments: " + " ".join(unknown))
    return args


def synthetic(rng, n=600):
    protos = [[rng.randint(0, 16) for _ in range(64)] for _ in range(10)]
    rows = []
    for i in range(n):
        label = i % 10
        rows.append(([max(0, min(16, v + rng.randint(-3, 3))) for v in protos[label]], label))
    return rows


def load(data_dir, rng):
    path = os.path.join(data_dir, "digits.csv")
    if not os.path.isfile(path):
        print("no digits.csv in %s; generating a synthetic set" % data_dir)
        return synthetic(rng)
    rows = []
    with open(path) as f:
        for line in f:
            parts = line.strip().split(",")
            if len(parts) == 65:
                rows.append(([int(v) for v in parts[:64]], int(parts[64])))
    print("loaded %d images from %s" % (len(rows), path))
    return rows


def predict(w, b, x):
    logits = [b[k] + sum(wk[j] * x[j] for j in range(64) if x[j]) for k, wk in enumerate(w)]
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]


def evaluate(w, b, data):
    loss, right = 0.0, 0
    for x, y in data:
        probs = predict(w, b, x)
        loss -= math.log(max(probs[y], 1e-12))
        right += probs.index(max(probs)) == y
    return loss / len(data), right / len(data)


def main():
    args = parse_args()
    rng = random.Random(int(os.environ.get("RANK", "0")) + 7)
    rank, world = os.environ.get("RANK", "0"), os.environ.get("WORLD_SIZE", "1")
    print("worker rank %s of %s, python %s" % (rank, world, sys.version.split()[0]))
    data = [([v / 16.0 for v in x], y) for x, y in load(args.data_url, rng)]
    rng.shuffle(data)
    split = int(len(data) * 0.8)
    train, test = data[:split], data[split:]
    w = [[0.0] * 64 for _ in range(10)]
    b = [0.0] * 10
    print("training softmax regression: %d train / %d test images, %d steps" % (len(train), len(test), args.max_steps))
    for step in range(1, args.max_steps + 1):
        started = time.time()
        batch = rng.sample(train, min(args.batch_size, len(train)))
        gw = [[0.0] * 64 for _ in range(10)]
        gb = [0.0] * 10
        loss, right = 0.0, 0
        for x, y in batch:
            probs = predict(w, b, x)
            loss -= math.log(max(probs[y], 1e-12))
            right += probs.index(max(probs)) == y
            for k in range(10):
                g = probs[k] - (1.0 if k == y else 0.0)
                gb[k] += g
                row = gw[k]
                for j in range(64):
                    if x[j]:
                        row[j] += g * x[j]
        scale = args.learning_rate / len(batch)
        for k in range(10):
            b[k] -= scale * gb[k]
            for j in range(64):
                w[k][j] -= scale * gw[k][j]
        print(
            "step %d/%d loss=%.4f accuracy=%.4f time=%d"
            % (step, args.max_steps, loss / len(batch), right / len(batch), int(time.time() * 1000))
        )
        time.sleep(max(0.0, args.step_seconds - (time.time() - started)))
    test_loss, test_acc = evaluate(w, b, test)
    print("test loss=%.4f test accuracy=%.4f" % (test_loss, test_acc))
    if args.train_url:
        os.makedirs(args.train_url, exist_ok=True)
        target = os.path.join(args.train_url, "model.json")
        with open(target, "w") as f:
            json.dump({"type": "softmax_regression", "input": [8, 8], "classes": 10, "weights": w,
                       "bias": b, "test_accuracy": test_acc, "steps": args.max_steps}, f)
        print("model written to %s" % target)
    print("Done exporting!")


if __name__ == "__main__":
    main()
