"""Boot file of seeds 000/001 (/bucket/src/pytorch_sentiment.py), standard library only.

Trains a naive Bayes sentiment classifier on <data_url>/sentiment.csv (text,label) and writes
<train_url>/model.json. Hyperparameters of the seeds: classes, lr (printed; lr is the smoothing).
"""
import argparse
import collections
import json
import math
import os

p = argparse.ArgumentParser()
p.add_argument("--data_url", default="")
p.add_argument("--train_url", default="")
p.add_argument("--classes", default="2")
p.add_argument("--lr", type=float, default=0.001)
args, _ = p.parse_known_args()
print("pytorch_sentiment (emulated): classes=%s lr=%s data_url=%s" % (args.classes, args.lr, args.data_url))
rows = []
with open(os.path.join(args.data_url, "sentiment.csv")) as f:
    for line in f.read().splitlines()[1:]:
        text, _, label = line.rpartition(",")
        if text:
            rows.append((text.split(), label))
split = int(len(rows) * 0.8)
counts = collections.defaultdict(collections.Counter)
priors = collections.Counter()
for words, label in rows[:split]:
    priors[label] += 1
    counts[label].update(words)
vocab = {w for c in counts.values() for w in c}
alpha = max(args.lr, 1e-6)


def score(words, label):
    total = sum(counts[label].values())
    return math.log(priors[label]) + sum(math.log((counts[label][w] + alpha) / (total + alpha * len(vocab))) for w in words)


right = sum(1 for words, label in rows[split:] if max(priors, key=lambda l: score(words, l)) == label)
accuracy = right / max(1, len(rows) - split)
print("epoch 1/1 test accuracy=%.4f" % accuracy)
if args.train_url:
    os.makedirs(args.train_url, exist_ok=True)
    with open(os.path.join(args.train_url, "model.json"), "w") as f:
        json.dump({"priors": priors, "accuracy": accuracy}, f)
