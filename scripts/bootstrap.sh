#!/usr/bin/env bash
# bootstrap.sh [--test]
#
# On a fresh Debian 12 machine: installs the Debian packages eaf needs (as root, or through sudo),
# builds eaf in Release into build/, and runs the main job on the bundled architectures/.
# With --test it also runs every test: the Release build with -Werror, then a second build with
# AddressSanitizer and UndefinedBehaviorSanitizer (EAF_SANITIZE) in build-sanitize/, then each
# libFuzzer target for 60 seconds (scripts/fuzz.sh, clang, build-fuzz/).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

run_tests=false
for arg in "$@"; do
  case "$arg" in
    --test) run_tests=true ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bootstrap.sh: unknown argument '$arg' (use --test)" >&2; exit 2 ;;
  esac
done

# Build tools and libraries, all from Debian 12's own archive.
packages=(build-essential cmake pkg-config libboost-graph-dev libpugixml-dev libgraphviz-dev graphviz
          libcxxopts-dev doctest-dev zlib1g-dev libjemalloc-dev libxlsxwriter-dev libxml2-utils python3 fonts-noto-core)
# Tests open the HTML report in headless Chromium and fuzz with clang's libFuzzer.
$run_tests && packages+=(chromium clang libclang-rt-14-dev python3-openpyxl)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "== installing: ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc 2>/dev/null || echo 2)
werror=OFF
$run_tests && werror=ON
echo "== building Release into build/"
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DEAF_WERROR=$werror > /dev/null
cmake --build build -j "$jobs"

echo "== eaf stats architectures/"
./build/eaf stats architectures/ > build/architectures-stats.txt
tail -n 12 build/architectures-stats.txt
# The main job: every target architecture and the national model, checked together, each file
# with the pack of the framework it declares (eaf:framework: 2.0, 3.0 or 4.0); the report's
# "bộ quy tắc" lines say which pack checked which file. They must be clean; the baselines
# (hiện trạng) break rules on purpose: see architectures/README.md, or run ./build/eaf check architectures/.
echo "== eaf check: national model and every target architecture"
./build/eaf check --lang vi architectures/national/national.xml architectures/*/*/target.xml

if $run_tests; then
  echo "== tests (Release)"
  ctest --test-dir build --output-on-failure -j "$jobs"
  echo "== tests (AddressSanitizer + UndefinedBehaviorSanitizer)"
  # -O1 and line tables (-g1), as OSS-Fuzz builds sanitizer code: ASan's instrumentation at -O2 made
  # this the longest step of CI, and file:line in the reports is all the debug information used.
  cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=RelWithDebInfo "-DCMAKE_CXX_FLAGS_RELWITHDEBINFO=-O1 -g1 -DNDEBUG" \
    -DEAF_SANITIZE=ON -DEAF_WERROR=ON > /dev/null
  cmake --build build-sanitize -j "$jobs"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
    LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp ctest --test-dir build-sanitize --output-on-failure -j "$jobs"
  echo "== fuzzing: each libFuzzer target for 60 s"
  bash scripts/fuzz.sh 60
fi
