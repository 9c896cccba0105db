#!/usr/bin/env bash
# The one test command of Coprod.
#
#   ./test.sh
#
# Builds the solution once (Release), then runs, each against that build:
#   unit                 tests/Coprod.UnitTests
#   integration-sqlite   tests/Coprod.IntegrationTests on SQLite (always)
#   integration-postgres the same tests on PostgreSQL, when COPROD_TEST_POSTGRES holds a
#                        connection string whose user may CREATE DATABASE
#                        (e.g. "Host=127.0.0.1;Username=coprod;Password=coprod;Database=postgres")
#   browser              tests/Coprod.BrowserTests in Debian's Chromium (/usr/bin/chromium or
#                        COPROD_CHROMIUM), after `npm ci` of axe-core in that folder
# The integration tests that join two web instances through Redis use COPROD_TEST_REDIS
# (host:port); when it is unset and redis-server is installed, a private redis-server is
# started on a free loopback port for the run and stopped at the end.
# It says what it skipped and why. With CI=true, anything skipped (a suite, or a test) is a
# failure. The last line is "N passed, N failed, N skipped"; the exit code is non-zero when
# anything failed. Benchmarks (bench/) are never run here.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
configuration=Release
ci=false
[[ "${CI:-}" == "true" || "${CI:-}" == "1" ]] && ci=true

logs=$(mktemp -d)
redis_pid=""
cleanup() {
    if [[ -n "$redis_pid" ]]; then kill "$redis_pid" 2>/dev/null || true; fi
    rm -rf "$logs"
}
trap cleanup EXIT

# start_redis: a private, memory-only redis-server on a free loopback port, for this run only.
start_redis() {
    local port
    for _ in $(seq 1 20); do
        port=$((20000 + RANDOM % 20000))
        if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
            redis-server --bind 127.0.0.1 --port "$port" --save '' --appendonly no --daemonize yes \
                --pidfile "$logs/redis.pid" --logfile "$logs/redis.log" >/dev/null
            for _ in $(seq 1 50); do
                if [[ -s "$logs/redis.pid" ]] && redis-cli -p "$port" ping >/dev/null 2>&1; then
                    redis_pid=$(cat "$logs/redis.pid")
                    export COPROD_TEST_REDIS="127.0.0.1:$port"
                    printf 'redis-server started for the tests on %s (pid %s)\n' "$COPROD_TEST_REDIS" "$redis_pid"
                    return 0
                fi
                sleep 0.1
            done
            return 1
        fi
    done
    return 1
}

total_passed=0 total_failed=0 total_skipped=0
summary=()
skip_reasons=()
failures=()
failed_tests=()

now() { date +%s; }

# run_suite NAME PROJECT [VAR=VALUE | -u VAR]... : runs one test project and adds up its counts.
run_suite() {
    local name=$1 project=$2
    shift 2
    local log="$logs/$name.log" start rc line passed=0 failed=0 skipped=0 note=""
    printf '\n=== %s (%s)\n' "$name" "$project"
    start=$(now)
    set +e
    env "$@" dotnet test "$project" -c "$configuration" --no-build 2>&1 | tee "$log"
    rc=${PIPESTATUS[0]}
    set -e
    # VSTest's closing line: "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: …"
    line=$(grep -E '^(Passed|Failed|Skipped)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+' "$log" | tail -n 1 || true)
    if [[ -n "$line" ]]; then
        failed=$(sed -E 's/.*Failed: +([0-9]+),.*/\1/' <<<"$line")
        passed=$(sed -E 's/.*Passed: +([0-9]+),.*/\1/' <<<"$line")
        skipped=$(sed -E 's/.*Skipped: +([0-9]+),.*/\1/' <<<"$line")
    fi
    if [[ -z "$line" || ( $rc -ne 0 && $failed -eq 0 ) ]]; then
        # The test host crashed, or a fixture failed before any test reported.
        failed=$((failed + 1))
        note=" (dotnet test exited $rc without reporting the failure: see above)"
    fi
    if [[ $failed -gt 0 ]]; then
        failures+=("$name")
        while IFS= read -r failed_test; do
            failed_tests+=("$name: $failed_test")
        done < <(grep -E '^ +Failed ' "$log" | sed -E 's/^ +Failed +//; s/ \[[^]]*\]$//' || true)
    fi
    if [[ $skipped -gt 0 ]]; then
        skip_reasons+=("$name: $skipped test(s) skipped:")
        while IFS= read -r skipped_test; do
            skip_reasons+=("    $skipped_test")
        done < <(grep -E '^ +Skipped ' "$log" | sed -E 's/^ +Skipped +//; s/ \[[^]]*\]$//' || true)
    fi
    total_passed=$((total_passed + passed))
    total_failed=$((total_failed + failed))
    total_skipped=$((total_skipped + skipped))
    LAST_TOTAL=$((passed + failed + skipped))
    summary+=("$(printf '%-22s %5d passed %4d failed %4d skipped %5ds%s' "$name" "$passed" "$failed" "$skipped" "$(($(now) - start))" "$note")")
}

skip_suite() {
    local name=$1 count=$2 reason=$3
    printf '\n=== %s: SKIPPED: %s\n' "$name" "$reason"
    skip_reasons+=("$name: suite skipped: $reason")
    total_skipped=$((total_skipped + count))
    summary+=("$(printf '%-22s %5s passed %4s failed %4d skipped  (%s)' "$name" - - "$count" "$reason")")
}

printf '=== build (%s)\n' "$configuration"
start=$(now)
dotnet build Coprod.slnx -c "$configuration" -nologo -v quiet -clp:NoSummary
printf 'built in %ds\n' "$(($(now) - start))"

if [[ -z "${COPROD_TEST_REDIS:-}" ]] && command -v redis-server >/dev/null && command -v redis-cli >/dev/null; then
    start_redis || printf 'redis-server could not be started: the Redis tests will be skipped\n'
fi

run_suite unit tests/Coprod.UnitTests

run_suite integration-sqlite tests/Coprod.IntegrationTests -u COPROD_TEST_POSTGRES
integration_count=$LAST_TOTAL

if [[ -n "${COPROD_TEST_POSTGRES:-}" ]]; then
    run_suite integration-postgres tests/Coprod.IntegrationTests "COPROD_TEST_POSTGRES=$COPROD_TEST_POSTGRES"
else
    skip_suite integration-postgres "$integration_count" "COPROD_TEST_POSTGRES is not set"
fi

chromium=${COPROD_CHROMIUM:-/usr/bin/chromium}
if [[ ! -x "$chromium" ]]; then
    # The tests skip themselves (with the same reason) and are counted as skipped.
    printf '\n=== browser: Chromium not found at %s (install chromium or set COPROD_CHROMIUM)\n' "$chromium"
    skip_reasons+=("browser: Chromium not found at $chromium")
    run_suite browser tests/Coprod.BrowserTests "COPROD_CHROMIUM=$chromium"
elif ! command -v npm >/dev/null; then
    skip_suite browser 0 "npm not found: axe-core cannot be installed"
else
    printf '\n=== browser: npm ci (axe-core)\n'
    (cd tests/Coprod.BrowserTests && npm ci --no-audit --no-fund --loglevel=error)
    run_suite browser tests/Coprod.BrowserTests "COPROD_CHROMIUM=$chromium"
fi

printf '\n=== summary\n'
printf '%s\n' "${summary[@]}"
if [[ ${#skip_reasons[@]} -gt 0 ]]; then
    printf '\nskipped:\n'
    printf '  %s\n' "${skip_reasons[@]}"
fi
status=0
if [[ $total_failed -gt 0 ]]; then
    if [[ ${#failed_tests[@]} -gt 0 ]]; then
        printf '\nfailed:\n'
        printf '  %s\n' "${failed_tests[@]}"
    fi
    printf '\nFAILED: %s\n' "${failures[*]}"
    status=1
fi
if [[ $ci == true && ( $total_skipped -gt 0 || ${#skip_reasons[@]} -gt 0 ) ]]; then
    printf '\nCI=true: nothing may be skipped in CI (see "skipped" above).\n'
    status=1
fi
printf '\n%d passed, %d failed, %d skipped\n' "$total_passed" "$total_failed" "$total_skipped"
exit $status
