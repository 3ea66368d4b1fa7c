"""Sample v2 training script for the ModelArts emulator (standard library only).

Prints one line per step with its rank (RANK / WORLD_SIZE from the environment), including some
multi-byte UTF-8 ("✓", "損失") so log consumers exercise byte-exact handling. Hyperparameters
arrive as --name=value; unknown ones are listed and ignored.
  --steps=N          number of steps (default 10)
  --step_seconds=S   sleep per step (default 0.5)
  --exit_code=C      exit with this code at the end (default 0)
  --data_url=DIR     input folder (its files are counted)
  --train_url=DIR    output folder (a model.txt is written there)
"""
import os
import sys
import time


def parse(argv):
    args = {}
    for a in argv:
        if a.startswith("--") and "=" in a:
            k, v = a[2:].split("=", 1)
            args[k] = v
    return args


def main():
    args = parse(sys.argv[1:])
    rank = int(os.environ.get("RANK", "0"))
    world = int(os.environ.get("WORLD_SIZE", "1"))
    steps = int(args.get("steps", "10"))
    pause = float(args.get("step_seconds", "0.5"))
    tag = "[rank %d/%d]" % (rank, world)
    print("%s start: task=%s hosts=%s args=%s" % (
        tag, os.environ.get("MA_TASK_NAME", "?"), os.environ.get("MA_NUM_HOSTS", "?"),
        " ".join(sys.argv[1:])), flush=True)
    extra = os.environ.get("MA_EXTRA_ENV_ECHO")
    if extra:
        for name in extra.split(","):
            print("%s env %s=%s" % (tag, name, os.environ.get(name, "")), flush=True)
    data = args.get("data_url")
    if data and os.path.isdir(data):
        print("%s data_url %s holds %d entries" % (tag, data, len(os.listdir(data))), flush=True)
    loss = 2.0
    for step in range(1, steps + 1):
        loss = loss * 0.8
        print("%s step %d/%d loss=%.4f 損失=%.4f ✓" % (tag, step, steps, loss, loss), flush=True)
        time.sleep(pause)
    out = args.get("train_url")
    if out:
        os.makedirs(out, exist_ok=True)
        with open(os.path.join(out, "model-rank%d.txt" % rank), "w", encoding="utf-8") as f:
            f.write("final loss %.4f\n" % loss)
    code = int(args.get("exit_code", "0"))
    print("%s done, exit code %d ✓" % (tag, code), flush=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
