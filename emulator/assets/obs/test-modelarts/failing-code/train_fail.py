"""A training script that fails on purpose: prints a few lines, then raises (traceback on stderr)."""
import argparse
import time


def load_dataset(path):
    raise RuntimeError("dataset at %s is corrupted: expected 65 columns, found 3" % path)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--data_url", default="")
    p.add_argument("--train_url", default="")
    p.add_argument("--step_seconds", type=float, default=0.5)
    args, _ = p.parse_known_args()
    for step in range(1, 4):
        print("preparing step %d/3" % step)
        time.sleep(args.step_seconds)
    load_dataset(args.data_url)


if __name__ == "__main__":
    main()
