#!/usr/bin/env bash
# The one test command for CareerCms: ./test.sh   (as root, Debian 12, .NET SDK installed)
#
#  1. installs what the tests need from Debian (PostgreSQL 15, Chromium, fonts),
#  2. starts the dedicated test PostgreSQL on 127.0.0.1:54329 (scripts/test-postgres.sh),
#  3. runs `dotnet test CareerCms.sln -c Release` with one TRX file per test project,
#  4. prints `N passed, N failed, N skipped` as its last line.
#
# Safe to re-run, also after a run that was killed midway. Extra arguments are
# passed to `dotnet test`, e.g. ./test.sh --filter "FullyQualifiedName~Search".
set -euo pipefail

export PATH=$PATH:/usr/sbin:/sbin   # dpkg, runuser: not on every root PATH
export HOME=${HOME:-/root}          # dotnet and NuGet keep their caches there
REPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
RESULTS_DIR=$REPO_ROOT/TestResults
# Debian packages the tests need. chromium: Playwright drives /usr/bin/chromium
# (it cannot download its own browsers here); fonts: so that screenshots show
# text; python3: reads the TRX files.
APT_PACKAGES=(postgresql-15 postgresql-client-15 chromium fonts-liberation fonts-dejavu-core python3)
CHROMIUM=/usr/bin/chromium

phase() { printf '\n==> %s\n' "$*"; }

missing_apt_packages() {
    local pkg
    for pkg in "${APT_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q ' installed$' || echo "$pkg"
    done
}

apt_lists_fresh() {
    # Fresh = some package index downloaded less than a day ago.
    [[ -n $(find /var/lib/apt/lists -maxdepth 1 -name '*_Packages*' -mtime -1 -print -quit 2>/dev/null) ]]
}

install_system_packages() {
    phase "System packages"
    local missing
    missing=$(missing_apt_packages | xargs)
    if [[ -z $missing ]]; then
        echo "  all present: ${APT_PACKAGES[*]}"
        return 0
    fi
    echo "  installing: $missing"
    export DEBIAN_FRONTEND=noninteractive
    local apt_opts=(-q -y -o Dpkg::Lock::Timeout=300 -o Dpkg::Options::=--force-confdef -o Dpkg::Options::=--force-confold)
    # A run killed during dpkg leaves it half-configured; finish that first.
    dpkg --configure -a >/dev/null
    if ! apt_lists_fresh; then
        apt-get -qq -o Dpkg::Lock::Timeout=300 update
    fi
    # shellcheck disable=SC2086 # word-splitting of $missing is intended
    if ! apt-get "${apt_opts[@]}" install --no-install-recommends $missing >/tmp/careercms-apt.log 2>&1; then
        # Lists less than a day old can still name files the mirror dropped.
        echo "  install failed, refreshing package lists and retrying"
        apt-get -qq -o Dpkg::Lock::Timeout=300 update
        apt-get "${apt_opts[@]}" install --no-install-recommends $missing >/tmp/careercms-apt.log 2>&1 \
            || { tail -n 30 /tmp/careercms-apt.log >&2; echo "  ERROR: apt-get install failed" >&2; return 1; }
    fi
    echo "  installed (log: /tmp/careercms-apt.log)"
}

check_chromium() {
    phase "Chromium"
    [[ -x $CHROMIUM ]] || { echo "  ERROR: $CHROMIUM missing" >&2; return 1; }
    # A headless start catches a broken install (missing libraries) before the
    # browser tests do. The extra flags keep it off this machine's closed network.
    local profile dom
    profile=$(mktemp -d /tmp/careercms-chromium.XXXXXX)
    dom=$(timeout 60 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$profile" --dump-dom about:blank 2>/dev/null) || true
    if [[ $dom == *"<html>"* ]]; then
        echo "  $("$CHROMIUM" --version 2>/dev/null) starts headless"
    else
        echo "  WARNING: $CHROMIUM does not start headless; browser tests will fail" >&2
    fi
    rm -rf "$profile"
}

start_postgres() {
    phase "PostgreSQL (127.0.0.1:54329, data in /var/tmp/careercms-pg)"
    "$REPO_ROOT/scripts/test-postgres.sh" start
}

run_dotnet_tests() {
    phase "dotnet test CareerCms.sln -c Release"
    # What the tests read (see README): where the database and the browser are.
    export CAREERCMS_TEST_POSTGRES="Host=127.0.0.1;Port=54329;Username=careercms;Password=careercms;Database=careercms_tests"
    export CAREERCMS_TEST_CHROMIUM=$CHROMIUM
    # English messages: trx-summary.py recognises aborted runs by their text.
    export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1 DOTNET_CLI_UI_LANGUAGE=en

    rm -rf "$RESULTS_DIR"   # only this run's TRX files may count
    mkdir -p "$RESULTS_DIR"
    # --logger trx: one TRX per test project (unique names, never overwritten).
    # --blame-hang-timeout: a test stuck for 10 min kills its test host and fails
    #   the run, instead of eating CI's 90 minutes; the hang dump (mini) and the
    #   sequence file land in TestResults/.
    # --disable-build-servers: no compiler/MSBuild servers stay behind holding
    #   CI's output pipe open after this script ends.
    DOTNET_TEST_EXIT=0
    dotnet test "$REPO_ROOT/CareerCms.sln" -c Release --nologo \
        --disable-build-servers \
        --results-directory "$RESULTS_DIR" \
        --logger "trx" \
        --blame-hang-timeout 10m --blame-hang-dump-type mini \
        "$@" </dev/null || DOTNET_TEST_EXIT=$?
}

report() {
    phase "Results (TRX files in TestResults/)"
    # Prints the `N passed, N failed, N skipped` line last; its exit code is ours.
    # Debian's python3 (installed above), not whatever python3 PATH finds first.
    /usr/bin/python3 "$REPO_ROOT/scripts/trx-summary.py" "$RESULTS_DIR" "$DOTNET_TEST_EXIT"
}

main() {
    [[ $EUID -eq 0 ]] || { echo "ERROR: run as root (installs packages, runs PostgreSQL as 'postgres')" >&2; exit 1; }
    cd "$REPO_ROOT"
    install_system_packages
    check_chromium
    start_postgres
    run_dotnet_tests "$@"
    report
}

main "$@"
