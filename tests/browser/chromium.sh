# Sourced by the browser tests: TEST_NAME set, then `source chromium.sh EAF SOURCE_DIR WORK_DIR`.
# Sets eaf, source_dir, work (created); defines chromium (headless, a throw-away profile, nothing
# fetched, 90 s at most), fail, and expect_no_page_requests.
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

# expect_no_page_requests NET_LOG: fails when the page made a request for anything but file:, data:,
# about: or chrome: URLs, read from a log Chromium wrote with --log-net-log. Chromium's own background
# requests (updates, time) carry no initiator; the page's would.
expect_no_page_requests() {
  [[ -s "$1" ]] || fail "Chromium wrote no network log"
  local requests
  requests=$(python3 - "$1" <<'PY'
import json, sys
text = open(sys.argv[1]).read().rstrip()
try:
    log = json.loads(text)
except ValueError:  # a log cut short at exit
    log = json.loads(text.rstrip(",") + "]}")
names = {v: k for k, v in log["constants"]["logEventTypes"].items()}
for event in log["events"]:
    params = event.get("params", {})
    if names.get(event["type"]) != "URL_REQUEST_START_JOB" or "url" not in params or params.get("initiator") == "not an origin":
        continue
    if not params.get("url", "").startswith(("file:", "data:", "about:", "chrome:")):
        print(params.get("url"))
PY
)
  [[ -z "$requests" ]] || fail "the page made a request: $requests"
}
