"""Boot file of the catalog's create-job samples (/usr/app/boot.py): echoes its inputs and trains briefly."""
import argparse
import os
import time

p = argparse.ArgumentParser()
p.add_argument("--data_url", default="")
p.add_argument("--train_url", default="")
p.add_argument("--learning_rate", default="0.01")
p.add_argument("--batch_size", default="32")
p.add_argument("--max_steps", type=int, default=10)
args, unknown = p.parse_known_args()
print("boot.py rank=%s data_url=%s train_url=%s" % (os.environ.get("RANK"), args.data_url, args.train_url))
print("learning_rate=%s batch_size=%s extra=%s" % (args.learning_rate, args.batch_size, unknown))
for step in range(1, args.max_steps + 1):
    print("step %d/%d loss=%.4f" % (step, args.max_steps, 1.0 / step))
    time.sleep(0.2)
print("done")
