#!/usr/bin/env bash
# Backoffice list view (issue 6), Release build on loopback, SQLite with the 1,627-career corpus: signs in through the
# management API (administrator created unattended from Umbraco:CMS:Unattended:*, antiforgery header from the
# UMB-XSRF-TOKEN cookie) and times, request by request, the tree root and children and the collection (list) view of
# the Careers folder: median, p95, p99 over COUNT sequential requests; then, in Debian's headless Chromium (installed
# if missing), the time the real backoffice UI takes to show the list view's first page (BROWSER_COUNT times).
#   COUNT=50 BROWSER_COUNT=20 bench/backoffice.sh
# About 1-2 minutes (plus about 2 minutes the first time, for the corpus and its import).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
COUNT=${COUNT:-50}
BROWSER_COUNT=${BROWSER_COUNT:-20}
(( COUNT >= 1 && COUNT <= 1000 && BROWSER_COUNT >= 0 && BROWSER_COUNT <= 200 )) || { echo "keep 1 <= COUNT <= 1000, 0 <= BROWSER_COUNT <= 200" >&2; exit 2; }
OUT=$ROOT/bench/out/backoffice
PORT=5203
EMAIL=bench-admin@example.com
PASSWORD=bench-admin-password-1
trap cleanup_pids EXIT
trap "exit 130" INT TERM
rm -rf "$OUT" && mkdir -p "$OUT"

if (( BROWSER_COUNT > 0 )); then apt_install /usr/bin/chromium chromium fonts-liberation fonts-dejavu-core; fi
ensure_port_free "$PORT" 5290
machine_info
build_release CareerCms.Bench
ensure_imported "$OUT/data"

echo "==> Starting the site (Release, SQLite, corpus; administrator created unattended)"
started=$(now_ms)
# The Release output has no wwwroot of its own (static web assets are a Development feature): serve the UI from the
# project's wwwroot (the build copies the UUI bundles there) and App_Plugins from the repository.
start_site "$OUT/site.log" CareerCms__DataDirectory="$OUT/data" ASPNETCORE_URLS="http://127.0.0.1:$PORT" \
    ASPNETCORE_WEBROOT="$ROOT/src/CareerCms.Web/wwwroot" CareerCms__Backoffice__AppPluginsFolder="$ROOT/App_Plugins" \
    Umbraco__CMS__Unattended__InstallUnattended=true Umbraco__CMS__Unattended__UnattendedUserName="Bench Admin" \
    Umbraco__CMS__Unattended__UnattendedUserEmail="$EMAIL" Umbraco__CMS__Unattended__UnattendedUserPassword="$PASSWORD"
wait_http "http://127.0.0.1:$PORT/umbraco/management/api/v1/server/status" "$SITE_PID" 300
answered=$(( $(now_ms) - started ))
wait_idle "$SITE_PID" 180
echo "site answered after $answered ms, went idle after $(( IDLE_AT_MS - started )) ms"

echo "==> Management API timings"
dotnet "$BENCH_DLL" backoffice "http://127.0.0.1:$PORT" "$EMAIL" "$PASSWORD" "$COUNT"
if (( BROWSER_COUNT > 0 )); then
    echo "==> Backoffice UI in headless Chromium ($(/usr/bin/chromium --version 2>/dev/null | head -1))"
    BENCH_SCREENSHOT="$OUT/list-view.png" dotnet "$BENCH_DLL" browser "http://127.0.0.1:$PORT" "$EMAIL" "$PASSWORD" "$BROWSER_COUNT" /usr/bin/chromium
fi
echo "site peak RSS (VmHWM): $(peak_rss_mib "$SITE_PID") MiB"
echo "load average after the run: $(cut -d' ' -f1-3 /proc/loadavg)"
