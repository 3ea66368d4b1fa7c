"""Hyperparameter-search sample for the ModelArts emulator (obs://test-modelarts/autosearch/).

Standard library only. Trains a multinomial logistic regression (softmax) on the 8x8 digit images
of digits.csv with mini-batch gradient descent and prints one line per epoch:

    epoch=3 acc=0.8125 loss=0.4312

`acc` is the accuracy on a held-out fifth of the images, `loss` the cross-entropy there, so an
auto-search job can use the reward regex `acc=([0-9.]+)` (mode max) and `loss=([0-9.]+)`.

Hyperparameters (`--name=value`): learning_rate (0.1), batch_size (32), epochs (10). Data: the
digits.csv of --data_url, else the shipped obs://test-modelarts/dataset-mnist/digits.csv next to
this folder, else a small synthetic set. --train_url receives model.json. Unknown arguments are
ignored (a search may pass hyperparameters this script does not know).
"""
import argparse
import json
import math
import os
import random
import sys

FEATURES = 64
CLASSES = 10


def number(kind):
    def parse(text):
        value = float(text)
        return int(round(value)) if kind is int else value

    return parse


def parse_args():
    p = argparse.ArgumentParser()
    p.add_argument("--data_url", default="")
    p.add_argument("--train_url", default="")
    p.add_argument("--learning_rate", type=number(float), default=0.1)
    p.add_argument("--batch_size", type=number(int), default=32)
    p.add_argument("--epochs", type=number(int), default=10)
    p.add_argument("--seed", type=number(int), default=7)
    args, unknown = p.parse_known_args()
    if unknown:
        print("ignoring unknown arguments: " + " ".join(unknown))
    if args.batch_size < 1 or args.epochs < 1 or args.learning_rate <= 0:
        sys.exit("batch_size and epochs must be >= 1 and learning_rate > 0")
    return args


def read_csv(path):
    rows = []
    with open(path) as f:
        for line in f:
            parts = line.strip().split(",")
            if len(parts) == FEATURES + 1:
                pixels = [int(v) / 16.0 for v in parts[:FEATURES]]
                # sparse form: (index, value) of the lit pixels, plus the label
                rows.append(([(j, v) for j, v in enumerate(pixels) if v], int(parts[FEATURES])))
    return rows


def synthetic(rng, n=500):
    protos = [[rng.random() for _ in range(FEATURES)] for _ in range(CLASSES)]
    rows = []
    for i in range(n):
        label = i % CLASSES
        pixels = [min(1.0, max(0.0, v + rng.uniform(-0.3, 0.3))) for v in protos[label]]
        rows.append(([(j, v) for j, v in enumerate(pixels) if v > 0.2], label))
    return rows


def load(data_url, rng):
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = []
    if data_url:
        candidates.append(os.path.join(data_url, "digits.csv"))
    candidates.append(os.path.join(here, "..", "dataset-mnist", "digits.csv"))
    for path in candidates:
        if os.path.isfile(path):
            rows = read_csv(path)
            print("loaded %d images from %s" % (len(rows), os.path.normpath(path)))
            return rows
    print("no digits.csv found; using a synthetic set")
    return synthetic(rng)


def probabilities(w, b, x):
    logits = list(b)
    for j, v in x:
        for k in range(CLASSES):
            logits[k] += w[k][j] * v
    top = max(logits)
    exps = [math.exp(z - top) for z in logits]
    total = sum(exps)
    return [e / total for e in exps]


def evaluate(w, b, rows):
    loss, right = 0.0, 0
    for x, y in rows:
        p = probabilities(w, b, x)
        loss -= math.log(max(p[y], 1e-12))
        right += p.index(max(p)) == y
    return right / len(rows), loss / len(rows)


def train_epoch(w, b, rows, rate, batch_size, rng):
    rng.shuffle(rows)
    for start in range(0, len(rows), batch_size):
        batch = rows[start:start + batch_size]
        gw = {}
        gb = [0.0] * CLASSES
        for x, y in batch:
            p = probabilities(w, b, x)
            p[y] -= 1.0
            for k in range(CLASSES):
                gb[k] += p[k]
            for j, v in x:
                g = gw.setdefault(j, [0.0] * CLASSES)
                for k in range(CLASSES):
                    g[k] += p[k] * v
        scale = rate / len(batch)
        for k in range(CLASSES):
            b[k] -= scale * gb[k]
        for j, g in gw.items():
            for k in range(CLASSES):
                w[k][j] -= scale * g[k]


def main():
    args = parse_args()
    rng = random.Random(args.seed)
    rows = load(args.data_url, rng)
    rng.shuffle(rows)
    split = len(rows) * 4 // 5
    train, test = rows[:split], rows[split:]
    print(
        "logistic regression: %d train / %d test images, learning_rate=%g batch_size=%d epochs=%d"
        % (len(train), len(test), args.learning_rate, args.batch_size, args.epochs)
    )
    w = [[0.0] * FEATURES for _ in range(CLASSES)]
    b = [0.0] * CLASSES
    acc = loss = 0.0
    for epoch in range(1, args.epochs + 1):
        train_epoch(w, b, train, args.learning_rate, args.batch_size, rng)
        acc, loss = evaluate(w, b, test)
        print("epoch=%d acc=%.4f loss=%.4f" % (epoch, acc, loss), flush=True)
    if args.train_url:
        os.makedirs(args.train_url, exist_ok=True)
        with open(os.path.join(args.train_url, "model.json"), "w") as f:
            json.dump({"type": "logistic_regression", "input": [8, 8], "classes": CLASSES,
                       "weights": w, "bias": b, "accuracy": acc, "loss": loss,
                       "hyperparameters": {"learning_rate": args.learning_rate,
                                           "batch_size": args.batch_size, "epochs": args.epochs}}, f)
        print("saved model.json to %s" % args.train_url)


if __name__ == "__main__":
    main()
