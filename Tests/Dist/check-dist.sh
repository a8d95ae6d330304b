#!/usr/bin/env bash
# The distribution check (`make dist-check`): dist/coopcheck must run with the Swift toolchain out
# of reach. It checks that no library the executable loads comes from the toolchain, then unpacks
# the release tarball into a temporary folder and runs coopcheck from there with an empty
# environment (PATH=/usr/bin:/bin), from a working directory without a Rules folder, on the
# sample submission. When it may (root, and unshare(1) allowed), it also hides the toolchain's
# library folders behind empty ones for those runs.
#
#   Tests/Dist/check-dist.sh [REPOSITORY-ROOT]    (default: the repository this script is in)
#
# Prints one PASS or FAIL line per check and exits 1 when any check failed.
set -uo pipefail

repo=$(cd "${1:-$(dirname "$0")/../..}" && pwd) || { echo "FAIL: no repository at ${1:-}"; exit 2; }
dist=$repo/dist
binary=$dist/coopcheck
sample=$repo/Samples/dak-nong-2025
failures=0

pass() { echo "PASS: $*"; }
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
indent() { sed 's/^/    /'; }

[ -x "$binary" ] || { echo "FAIL: $binary is missing; run \`make dist\` first"; exit 1; }
shopt -s nullglob
tarballs=("$dist"/coopcheck-*-linux-*.tar.gz)
shopt -u nullglob
[ "${#tarballs[@]}" -eq 1 ] || { echo "FAIL: expected one dist/coopcheck-*-linux-*.tar.gz, found ${#tarballs[@]}"; exit 1; }
tarball=${tarballs[0]}
echo "checking $tarball"

# The toolchain: its root from the `swift` on PATH (/opt/swift/usr here, /usr in the swift images,
# where the toolchain shares /usr with the system, so its own library folders are what count).
toolchain=
if command -v swift >/dev/null; then
    toolchain=$(dirname "$(dirname "$(readlink -f "$(command -v swift)")")")
fi
toolchain_dirs=()
if [ -n "$toolchain" ]; then
    for d in "$toolchain/lib/swift" "$toolchain/lib/swift_static" "$toolchain/lib/clang"; do
        [ -d "$d" ] && toolchain_dirs+=("$(readlink -f "$d")")
    done
    [ "$toolchain" != /usr ] && toolchain_dirs+=("$(readlink -f "$toolchain")")
    echo "toolchain: $toolchain (library folders: ${toolchain_dirs[*]})"
else
    echo "toolchain: no swift on PATH; checking library names only"
fi

# (a) Every library the executable loads resolves, and none is the toolchain's: not under its
# folders, and none of the Swift runtime's or Foundation's shared libraries wherever they lie.
ldd_out=$(ldd "$binary" 2>&1)
ldd_status=$?
echo "ldd $binary:"
echo "$ldd_out" | indent
if [ "$ldd_status" -ne 0 ]; then
    fail "ldd exited $ldd_status"
else
    bad=
    while read -r line; do
        case $line in
            *"not found"*) bad+="    $line (not found)"$'\n' ; continue ;;
        esac
        path=$(echo "$line" | sed -n 's/.*=> \(\/[^ ]*\) (.*/\1/p; t; s/^\(\/[^ ]*\) (.*/\1/p')
        name=$(echo "$line" | awk '{print $1}')
        case $(basename "$name") in
            libswift*|libFoundation*|lib_Foundation*|libdispatch*|libBlocksRuntime*|lib_CF*)
                bad+="    $line (a Swift runtime library)"$'\n'; continue ;;
        esac
        [ -n "$path" ] || continue
        real=$(readlink -f "$path")
        for d in "${toolchain_dirs[@]}"; do
            case $real/ in "$d"/*) bad+="    $line (under the toolchain, $d)"$'\n' ;; esac
        done
        case $real in "$repo"/.build*) bad+="    $line (under a build folder)"$'\n' ;; esac
    done <<< "$ldd_out"
    if [ -n "$bad" ]; then fail "ldd: libraries from the toolchain or not found:"; printf '%s' "$bad"; else pass "ldd: every library resolves, none from the toolchain"; fi
fi
runpath=$(readelf -d "$binary" 2>/dev/null | sed -n 's/.*R\(UN\)\{0,1\}PATH.*\[\(.*\)\]/\2/p')
if [ -n "$runpath" ] && [ -n "$toolchain" ] && [ "$toolchain" != /usr ] && [[ $runpath == *"$toolchain"* ]]; then
    fail "the executable's run path names the toolchain: $runpath"
else
    pass "run path: ${runpath:-none} (not the toolchain's)"
fi

# (b) The tarball's content, in a temporary folder, run with an empty environment from a
# working directory without a Rules folder.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/unpacked" "$tmp/home" "$tmp/work"
if tar -xzf "$tarball" -C "$tmp/unpacked"; then
    pass "tarball unpacks: $(cd "$tmp/unpacked" && find . -maxdepth 2 -not -name . | sort | tr '\n' ' ')"
else
    fail "tar -xzf $tarball"; exit 1
fi
top=("$tmp"/unpacked/*)
coopcheck=${top[0]}/coopcheck
for f in coopcheck README.md Rules; do
    [ -e "${top[0]}/$f" ] || fail "the tarball has no $f"
done
[ -x "$coopcheck" ] || { fail "the tarball's coopcheck is not executable"; exit 1; }
[ -e "$tmp/work/Rules" ] && fail "the working directory has a Rules folder"

# Hide the toolchain's library folders behind empty ones when this may (root in a mount namespace
# of its own); otherwise the runs rely on the empty environment and on (a).
hide=()
runtime=
[ -n "$toolchain" ] && runtime=$(find "$toolchain/lib/swift" -name 'libswiftCore.so' -print -quit 2>/dev/null)
if [ -n "$runtime" ] && [ "$(id -u)" = 0 ] && unshare -m --propagation private true 2>/dev/null; then
    mounts=
    for d in "${toolchain_dirs[@]}"; do mounts+="mount -t tmpfs -o ro none '$d' && "; done
    hide=(unshare -m --propagation private sh -c "${mounts}exec \"\$@\"" sh)
    echo "toolchain hidden for the runs: empty folders mounted over ${toolchain_dirs[*]}"
    if "${hide[@]}" sh -c "[ ! -e '$runtime' ]"; then
        pass "the Swift runtime ($runtime) is out of reach inside the runs' mount namespace"
    else
        fail "could not hide $runtime"
    fi
else
    echo "toolchain not hidden (needs root, unshare and a toolchain with libswiftCore.so); the runs use an empty environment only"
fi

# Runs coopcheck from the working directory with the empty environment, expecting an exit status.
run() {
    local expected=$1; shift
    local out status
    out=$(cd "$tmp/work" && "${hide[@]}" env -i PATH=/usr/bin:/bin HOME="$tmp/home" "$coopcheck" "$@" 2>&1)
    status=$?
    echo "\$ coopcheck $* (exit $status)"
    echo "$out" | head -n "${LINES_SHOWN:-15}" | indent
    [ "$(echo "$out" | wc -l)" -gt "${LINES_SHOWN:-15}" ] && echo "    … ($(echo "$out" | wc -l) lines)"
    if [ "$status" -eq "$expected" ]; then pass "coopcheck $* exits $expected"; else fail "coopcheck $* exited $status, expected $expected"; fi
    last_output=$out
}

run 0 --version
version=$(basename "$tarball" | sed -E 's/^coopcheck-(.*)-linux-[^-]*\.tar\.gz$/\1/')
if [ "$last_output" = "$version" ]; then pass "--version is the tarball's version ($version)"; else fail "--version says '$last_output', the tarball $version"; fi
run 0 rules lint
run 0 rules lint "${top[0]}/Rules"
run 0 validate "$sample"
run 1 check --data "$sample"
run 1 check --data "$sample" --format json --output out.json
if python3 -m json.tool "$tmp/work/out.json" >/dev/null; then
    pass "out.json is valid JSON ($(wc -c < "$tmp/work/out.json") bytes)"
else
    fail "out.json is not valid JSON"
fi

if [ "$failures" -gt 0 ]; then
    echo "dist-check: $failures check(s) failed"
    exit 1
fi
echo "dist-check: every check passed"
