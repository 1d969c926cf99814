#!/usr/bin/env bash
# fuzz.sh [SECONDS]
#
# Builds the libFuzzer targets with clang (build-fuzz/, EAF_FUZZ=ON: ASan + UBSan + coverage) and
# runs each for SECONDS (default 60) on a corpus seeded from the tests and architectures/.
# A crashing input is copied to tests/fuzz/regressions/<target>/ (commit it: the unit tests replay
# every file there) and the script exits 1.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds=${1:-60}
jobs=$(nproc 2>/dev/null || echo 2)

# -O1 and line tables only, as OSS-Fuzz builds fuzz targets: a quicker build, and stack traces keep file:line.
CC=clang CXX=clang++ cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
  -DEAF_FUZZ=ON -DEAF_BUILD_TESTS=OFF -DEAF_BUILD_BENCH=OFF > /dev/null
cmake --build build-fuzz -j "$jobs" --target fuzz_model_loader fuzz_rule_pack fuzz_check_pipeline > /dev/null

corpus=build-fuzz/corpus
mkdir -p "$corpus"/models "$corpus"/packs
# Seeds: every model file the project has (small ones), and the rule packs.
find architectures tests/golden tests/hostile ../shared/models -type f \( -name '*.xml' -o -name '*.archimate' \) -size -400k \
  2>/dev/null | grep -v '/rules/' | while read -r f; do cp "$f" "$corpus/models/$(echo "$f" | tr '/' '_')"; done
cp rules/vn-eaf-2.0.xml "$corpus/packs/"
# Zip archives whose headers lie (a 1 GiB claim, an encrypted member, zip64 records).
python3 tests/hostile/zip_headers.py --seeds . "$corpus/models"
for f in tests/fuzz/regressions/*/*; do [[ -f "$f" ]] && cp "$f" "$corpus/models/"; done

# Each target fuzzes on its own core, as many at once as there are cores (on 2 cores the three take
# two rounds of SECONDS, not three); each writes its lines to build-fuzz/<target>.summary, printed in order.
run() {
  local target=$1 seeds=$2
  local artifacts=build-fuzz/artifacts/$target
  mkdir -p "$artifacts" "$corpus/$target"
  rm -f "build-fuzz/$target.failed"
  {
    echo "== $target for ${seconds}s"
    if ! ASAN_OPTIONS=detect_leaks=1 ./build-fuzz/tests/fuzz/"$target" -max_total_time="$seconds" -max_len=200000 -timeout=10 \
         -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" "$corpus/$target" "$seeds" 2> "build-fuzz/$target.log"; then
      touch "build-fuzz/$target.failed"
      mkdir -p "tests/fuzz/regressions/$target"
      cp "$artifacts"/* "tests/fuzz/regressions/$target/" 2>/dev/null || true
      tail -n 40 "build-fuzz/$target.log"
    fi
    { grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "build-fuzz/$target.log" || true; } | tr '\n' ' '
    echo
  } > "build-fuzz/$target.summary"
}
targets=(fuzz_model_loader:models fuzz_rule_pack:packs fuzz_check_pipeline:models)
for entry in "${targets[@]}"; do
  while (( $(jobs -rp | wc -l) >= jobs )); do wait -n || true; done
  run "${entry%%:*}" "$corpus/${entry#*:}" &
done
wait
status=0
for entry in "${targets[@]}"; do
  target=${entry%%:*}
  cat "build-fuzz/$target.summary"
  [[ -e "build-fuzz/$target.failed" ]] && status=1
done
exit $status
