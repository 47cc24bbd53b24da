#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/ with clang (build-fuzz/) and runs each in turn:
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]    default 600 s, every target
# Targets: pointscsv, modelfile, formula, lessonfile. Each runs on a scratch copy of
# fuzz/corpus/<target>/, so the seeds in the repository stay as chosen. Prints the executions per target; exits non-zero
# if any target crashed, leaving the input and the report under build-fuzz/run/<target>/.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-600}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
    targets=(pointscsv modelfile formula lessonfile)
fi

# The optimisation level is fuzz/CMakeLists.txt's; an empty build type adds none of its own.
dir=build-fuzz
mkdir -p "$dir"
if ! { cmake -S fuzz -B "$dir" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE= &&
    cmake --build "$dir" -j"$(nproc)"; } >"$dir/build.log" 2>&1; then
    cat "$dir/build.log" >&2
    echo "fuzz: build failed" >&2
    exit 1
fi

# A single input that runs this long counts as a hang; generous, as the machine may be busy.
timeout_seconds=30
export UBSAN_OPTIONS="print_stacktrace=1"

failed=()
for target in "${targets[@]}"; do
    binary="$dir/fuzz_$target"
    if [ ! -x "$binary" ]; then
        echo "fuzz: no target \"$target\" (pointscsv, modelfile, formula, lessonfile)" >&2
        exit 2
    fi
    run="$dir/run/$target"
    rm -rf "$run"
    mkdir -p "$run/corpus" "$run/findings"
    cp fuzz/corpus/"$target"/* "$run/corpus/"
    options=(-max_total_time="$seconds" -timeout="$timeout_seconds" -print_final_stats=1
        -artifact_prefix="$run/findings/")
    if [ -f "fuzz/$target.dict" ]; then
        options+=(-dict="fuzz/$target.dict")
    fi
    start=$SECONDS
    status=0
    "$binary" "${options[@]}" "$run/corpus" >"$run/fuzz.log" 2>&1 || status=$?
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$run/fuzz.log" | tail -n 1)
    echo "$target: ${executions:-?} executions in $((SECONDS - start)) s"
    if [ "$status" -ne 0 ]; then
        # The sanitizer's report and the input that triggered it.
        grep -v -e '^#[0-9]' -e '^INFO:' "$run/fuzz.log" | tail -n 60 >&2
        ls "$run/findings"/* >&2 2>/dev/null || true
        failed+=("$target")
    fi
done

if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzz: findings in ${failed[*]} (inputs under $dir/run/<target>/findings/)" >&2
    exit 1
fi
