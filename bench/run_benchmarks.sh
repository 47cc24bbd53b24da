#!/usr/bin/env bash
# Builds CurveLab's benchmarks (Release) and runs them strictly one at a time, so that no run
# competes with another for the cores:
#   - training throughput of the recommended preset, C++ (train_throughput) then the PyTorch
#     script (python_reference.py) on the same batches, at 1 and 2 threads, first on an idle
#     machine and then beside a busy process on the other core (the thread-count evidence);
#   - streaming prediction latency (predictor_latency).
# Prints a summary table of medians over REPEATS runs; every run's full output stays in
# BUILD_DIR/bench-results/. docs/benchmarks.md explains the figures and the targets.
#
# Usage: bench/run_benchmarks.sh [BUILD_DIR]
#   BUILD_DIR  default ${TMPDIR:-/tmp}/curvelab-bench-build, outside the source tree
#   REPEATS    runs per condition (default 3); JOBS: parallel compile jobs (default 1)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${1:-${TMPDIR:-/tmp}/curvelab-bench-build}
repeats=${REPEATS:-3}
jobs=${JOBS:-1}
# Debian's interpreter, which has python3-torch; a pyenv python earlier on PATH has not.
python=/usr/bin/python3
results=$build/bench-results
batches=$results/batches.bin

busy_pid=""
# A process that keeps one core busy, as a compiler or the GUI thread would.
start_busy() {
    yes >/dev/null &
    busy_pid=$!
}
stop_busy() {
    if [[ -n $busy_pid ]]; then
        kill "$busy_pid" 2>/dev/null || true
        wait "$busy_pid" 2>/dev/null || true
        busy_pid=""
    fi
}
trap stop_busy EXIT
trap 'stop_busy; exit 130' INT TERM

# OpenMP and OpenBLAS size their pools when they load, so the environment must say N before
# the process starts; each program then also sets N itself.
with_threads() {
    local n=$1
    shift
    OMP_NUM_THREADS=$n OPENBLAS_NUM_THREADS=$n "$@"
}

# Reads a program's output on stdin; prints column COLUMN (default 2, the first number) of the
# lines that start with NAME.
field() { awk -v k="$1" -v c="${2:-2}" '$1 == k { print $c }'; }
median() {
    sort -g | awk '{ v[NR] = $1 }
        END { if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
              else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

# throughput LOAD THREADS: REPEATS rounds of C++ then Python.
throughput() {
    local load=$1 threads=$2
    local r log
    for ((r = 1; r <= repeats; r++)); do
        log=$results/throughput-$load-t$threads-$r
        echo "== training throughput, $load, threads $threads, run $r/$repeats" \
            "(load average $(cut -d' ' -f1-3 /proc/loadavg))"
        with_threads "$threads" "$build/bench/train_throughput" "$batches" \
            --threads "$threads" | tee "$log.cpp"
        with_threads "$threads" "$python" "$repo/bench/python_reference.py" "$batches" \
            --threads "$threads" | tee "$log.py"
    done
}

# summary_row COLUMN LOAD THREADS: one line of a throughput table from the saved outputs;
# COLUMN 2 is sequences per second, 4 sequences per CPU-second.
summary_row() {
    local column=$1 load=$2 threads=$3
    local prefix=$results/throughput-$load-t$threads
    local fused reference trainer py
    fused=$(cat "$prefix"-*.cpp | field fused "$column" | median)
    reference=$(cat "$prefix"-*.cpp | field reference "$column" | median)
    trainer=$(cat "$prefix"-*.cpp | field trainer "$column" | median)
    py=$(cat "$prefix"-*.py | field python "$column" | median)
    printf '%-5s %7s %9.0f %9.0f %9.0f %9.0f %12s %14s %15s\n' "$load" "$threads" \
        "$fused" "$reference" "$trainer" "$py" "$(ratio "$fused" "$py")" \
        "$(ratio "$trainer" "$py")" "$(ratio "$fused" "$reference")"
}

# What the figures were measured on, for docs/benchmarks.md.
machine() {
    echo "cpu: $(lscpu | sed -n 's/^Model name: *//p'), $(nproc) cores;" \
        "load average $(cut -d' ' -f1-3 /proc/loadavg)"
    if command -v dpkg-query >/dev/null; then
        dpkg-query -W -f='${Package} ${Version}\n' libtorch1.13 python3-torch \
            libopenblas0-pthread 2>/dev/null || true
    fi
}

cmake -S "$repo" -B "$build" -DCMAKE_BUILD_TYPE=Release -DCURVELAB_BUILD_BENCH=ON \
    -DCURVELAB_BUILD_GUI=OFF >/dev/null
cmake --build "$build" --target train_throughput predictor_latency -j "$jobs"
"$python" -c "import torch" || {
    echo "run_benchmarks: $python cannot import torch (Debian: apt install python3-torch)" >&2
    exit 1
}
mkdir -p "$results"
rm -f "$results"/throughput-* "$results"/latency-*

throughput idle 1
throughput idle 2
start_busy
throughput busy 1
throughput busy 2
stop_busy

for ((r = 1; r <= repeats; r++)); do
    echo "== streaming prediction latency, run $r/$repeats" \
        "(load average $(cut -d' ' -f1-3 /proc/loadavg))"
    with_threads 1 "$build/bench/predictor_latency" --threads 1 | tee "$results/latency-$r"
done

echo
machine
echo
for column in 2 4; do
    if [[ $column == 2 ]]; then
        echo "Training throughput, recommended preset, sequences/s (median of $repeats runs)"
    else
        echo "The same per CPU-second of the process, all threads (waiting for a core is free)"
    fi
    printf '%-5s %7s %9s %9s %9s %9s %12s %14s %15s\n' load threads fused reference trainer \
        python fused/python trainer/python fused/reference
    for load in idle busy; do
        for threads in 1 2; do
            summary_row "$column" "$load" "$threads"
        done
    done
    echo
done
echo "target: C++ >= 1.5 x python at the same threads (docs/benchmarks.md)"
echo
echo "Streaming prediction, microseconds per point (median of $repeats runs)"
printf '%-8s %8s\n' median \
    "$(cat "$results"/latency-* | field median_us | median)" p99 \
    "$(cat "$results"/latency-* | field p99_us | median)"
echo "target: < 100 us per point"
