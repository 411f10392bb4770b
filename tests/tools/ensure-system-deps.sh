#!/usr/bin/env bash
# Debian packages the checks need: for the browser tests (the default) Chromium and Thai fonts;
# for `npm run bench` (argument "bench") the wrk load generator. Install them when we can
# (root + apt), otherwise stop with a message that names the packages.
set -euo pipefail
what="${1:-browser}"
missing=()
case "$what" in
  browser)
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    if ! fc-list 2>/dev/null | grep -qi "tlwg\|loma\|garuda"; then missing+=(fonts-thai-tlwg); fi
    ;;
  bench) command -v wrk >/dev/null || missing+=(wrk) ;;
  *) echo "ensure-system-deps.sh: unknown set \"$what\" (browser, bench)" >&2; exit 2 ;;
esac
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
  echo "Installing ${missing[*]} from Debian (needed by the $what checks)…"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq "${missing[@]}" >/dev/null
  exit 0
fi
echo "The $what checks need these Debian packages: ${missing[*]}" >&2
echo "Install them with:  sudo apt-get install -y ${missing[*]}" >&2
exit 1
