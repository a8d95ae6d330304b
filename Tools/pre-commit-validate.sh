#!/usr/bin/env bash
# The pre-commit hook `coopcheck-validate` (.pre-commit-hooks.yaml): validates every submission a
# commit touches with the installed coopcheck (`COOPCHECK=/path/to/coopcheck` to use another).
#
#   Tools/pre-commit-validate.sh FILE...
#
# Each changed file belongs to the submission in the nearest folder above it (or its own) that
# holds submission.yaml; a workbook (.xlsx) with no such folder is validated by itself (it then
# needs its own 'submission' sheet). Other files (a rule pack, a configuration) are not part of a
# submission and are skipped. Each submission is validated once, however many of its files
# changed. Exits 1 when any is invalid (coopcheck's diagnostics, file:line:column, are printed),
# 2 when coopcheck cannot be run.
set -uo pipefail

coopcheck=${COOPCHECK:-coopcheck}
if ! command -v "$coopcheck" >/dev/null 2>&1; then
    echo "coopcheck-validate: '$coopcheck' is not on PATH; install the release executable" \
        "(coopcheck-VERSION-linux-x86_64.tar.gz) or set COOPCHECK" >&2
    exit 2
fi

# The submission a changed file belongs to: the nearest folder holding submission.yaml, walking
# up from the file's own folder to the top of the paths pre-commit passes (relative to the
# repository root); the workbook itself for a lone .xlsx; nothing otherwise.
submission_of() {
    local file=$1 dir
    dir=$(dirname -- "$file")
    while :; do
        if [ -f "$dir/submission.yaml" ]; then
            printf '%s\n' "$dir"
            return
        fi
        case $dir in . | / | //) break ;; esac
        dir=$(dirname -- "$dir")
    done
    case $file in
        *.xlsx | *.XLSX) printf '%s\n' "$file" ;;
    esac
}

declare -A seen=()
submissions=()
for file in "$@"; do
    [ -e "$file" ] || continue # deleted or renamed away: nothing to validate there
    submission=$(submission_of "$file")
    [ -n "$submission" ] || continue
    if [ -z "${seen[$submission]+x}" ]; then
        seen[$submission]=1
        submissions+=("$submission")
    fi
done

status=0
for submission in "${submissions[@]}"; do
    "$coopcheck" validate -- "$submission"
    result=$?
    if [ "$result" -ne 0 ]; then
        echo "coopcheck-validate: $submission is invalid (exit $result)" >&2
        status=1
    fi
done
exit "$status"
