#!/usr/bin/python3
"""The Python side of CurveLab's training-throughput target.

Trains what an engineer would write in PyTorch for the recommended preset, nn.LSTM (time-major)
plus nn.Linear, on the very batches that train_throughput wrote, with the same loss (cross
entropy at every step, mean over steps and sequences), Adam, gradient-norm clipping, warm-up and
thread count, and prints sequences/s.

Run it with Debian's interpreter (/usr/bin/python3, which has python3-torch), with
OMP_NUM_THREADS and OPENBLAS_NUM_THREADS set to --threads before it starts: OpenBLAS sizes its
pool when it loads, which torch.set_num_threads cannot undo. bench/run_benchmarks.sh does both.
Nothing in CurveLab besides this benchmark needs Python.
"""

import argparse
import struct
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

MAGIC = b"CLBATCH1"
# How many of the last timed steps the reported loss averages over, as in train_throughput.
LOSS_WINDOW = 20


def read_batches(path):
    """Returns (setup dict, [(features [T, B, F] float32, labels [B] int64), ...]).

    The format is documented at the top of bench/train_throughput.cpp.
    """
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != MAGIC:
        sys.exit(f"{path}: not a batch file written by train_throughput")
    steps, batch, features, classes, count, hidden = struct.unpack_from("<6i", data, 8)
    learning_rate, gradient_clip = struct.unpack_from("<2d", data, 8 + 6 * 4)
    (seed,) = struct.unpack_from("<Q", data, 8 + 6 * 4 + 2 * 8)
    setup = {"classes": classes, "hidden": hidden, "learning_rate": learning_rate,
             "gradient_clip": gradient_clip, "seed": seed}
    offset = 8 + 6 * 4 + 2 * 8 + 8
    feature_count = steps * batch * features
    batches = []
    for _ in range(count):
        x = np.frombuffer(data, dtype="<f4", count=feature_count, offset=offset)
        offset += 4 * feature_count
        y = np.frombuffer(data, dtype="<i8", count=batch, offset=offset)
        offset += 8 * batch
        batches.append((torch.from_numpy(x.reshape(steps, batch, features).copy()),
                        torch.from_numpy(y.copy())))
    if offset != len(data):
        sys.exit(f"{path}: {len(data) - offset} unexpected trailing bytes")
    return setup, batches


class LstmClassifier(torch.nn.Module):
    def __init__(self, inputs, hidden, classes):
        super().__init__()
        self.lstm = torch.nn.LSTM(inputs, hidden)  # time-major, as CurveLab's model
        self.head = torch.nn.Linear(hidden, classes)

    def forward(self, x):
        out, _ = self.lstm(x)
        return self.head(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("batch_file")
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    setup, batches = read_batches(args.batch_file)
    classes = setup["classes"]
    # CurveLab draws its initial weights as PyTorch's defaults do, U(-1/sqrt(H), 1/sqrt(H)) tensor
    # by tensor in the same order, so under the same seed both sides start from the same weights
    # and their losses agree: a check that the two really train the same model.
    torch.manual_seed(setup["seed"])
    if not 0 <= args.warmup < len(batches):
        sys.exit("need 0 <= warmup < number of batches")
    steps, batch, features = batches[0][0].shape

    model = LstmClassifier(features, setup["hidden"], classes)
    model.train()
    optimizer = torch.optim.Adam(model.parameters(), lr=setup["learning_rate"])

    def step(x, y):
        logits = model(x)  # [T, B, C]
        targets = y.unsqueeze(0).expand(steps, -1)
        loss = F.cross_entropy(logits.reshape(-1, classes), targets.reshape(-1))
        value = loss.item()  # read every step, as CurveLab's trainer does
        optimizer.zero_grad()
        loss.backward()
        if setup["gradient_clip"] > 0:
            torch.nn.utils.clip_grad_norm_(model.parameters(), setup["gradient_clip"])
        optimizer.step()
        return value

    for x, y in batches[:args.warmup]:
        step(x, y)
    start = time.perf_counter()
    cpu_start = time.process_time()  # all threads, as train_throughput's std::clock()
    losses = [step(x, y) for x, y in batches[args.warmup:]]
    cpu_seconds = time.process_time() - cpu_start
    seconds = time.perf_counter() - start

    timed = len(batches) - args.warmup
    final_loss = sum(losses[-LOSS_WINDOW:]) / len(losses[-LOSS_WINDOW:])
    print(f"python_reference: torch {torch.__version__}, T={steps} B={batch} F={features} "
          f"hidden={setup['hidden']} classes={classes}, {len(batches)} batches ({args.warmup} warm-up), "
          f"threads={torch.get_num_threads()}")
    sequences = timed * batch
    print(f"{'python':<10} {sequences / seconds:10.1f} sequences/s "
          f"{sequences / cpu_seconds:10.1f} sequences/cpu-s   final loss {final_loss:.6f}")


if __name__ == "__main__":
    main()
