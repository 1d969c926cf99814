# Sourced by the browser tests: TEST_NAME set, then `source chromium.sh EAF SOURCE_DIR WORK_DIR`.
# Sets eaf, source_dir, work (created); defines chromium (headless, a throw-away profile, nothing
# fetched, 90 s at most) and fail.
eaf=$1
source_dir=$2
work=$3
mkdir -p "$work"
chromium_bin=$(command -v chromium || command -v chromium-browser || true)
if [[ -z "$chromium_bin" ]]; then
  echo "$TEST_NAME: chromium is not installed (bash scripts/bootstrap.sh --test installs it)" >&2
  exit 1
fi
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
chromium() {
  timeout 90 "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
    --virtual-time-budget=3000 "$@" 2>/dev/null
}
fail() { echo "$TEST_NAME: FAIL: $*" >&2; exit 1; }
