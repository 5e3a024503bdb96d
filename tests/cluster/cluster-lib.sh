# Sourced by the cluster tests (tests/cluster/test_*.sh): simulated nodes on one machine
# that are real nodes to Open MPI and Slurm (docs/CLUSTER.md, "How the tests simulate a
# cluster").
#
# Each node is a network namespace plus a UTS namespace of its own (its own hostname),
# joined by a veth pair to a bridge that lives in a namespace of its own, so the host's
# network is never touched: every address, link and bridge exists only inside namespaces
# this script made. The nodes share the host's file system, as cluster nodes share a
# network file system. Everything made here is recorded and removed by cluster_teardown,
# which the tests run from an EXIT trap (also on failure and on SIGINT/SIGTERM).

CLUSTER_SKIP=77 # ctest's SKIP_RETURN_CODE for these tests

cluster_now() { date +%s.%N; }
cluster_since() { awk -v a="$1" -v b="$(cluster_now)" 'BEGIN { printf "%.2f", b - a }'; }
cluster_log() { echo "[$(basename "$0")] $*"; }
cluster_fail() {
    echo "[$(basename "$0")] FAIL: $*" >&2
    exit 1
}
cluster_skip() {
    echo "[$(basename "$0")] SKIP: $*"
    exit "$CLUSTER_SKIP"
}

# Skips the test (status 77) unless this machine can make namespaces and has the tools.
cluster_require() {
    local tool
    for tool in ip nsenter unshare mpirun python3 "$@"; do
        command -v "$tool" >/dev/null 2>&1 \
            || cluster_skip "'$tool' not found (scripts/install-deps.sh --dev installs it)"
    done
    [ "$(id -u)" = 0 ] || cluster_skip "making network and UTS namespaces needs root"
    local probe="dtprobe$$"
    ip netns add "$probe" 2>/dev/null || cluster_skip "'ip netns add' is not allowed here"
    ip netns delete "$probe"
    unshare --uts true 2>/dev/null || cluster_skip "'unshare --uts' is not allowed here"
}

# What a test killed outright (SIGKILL: no trap runs, e.g. ctest's timeout) left: the
# namespaces of a test process that no longer exists, and UTS bind mounts in WORK.
cluster_remove_stale() {
    local ns pid
    for ns in $(ip netns list | awk '{ print $1 }' | grep -E '^dt[0-9]+(br|node[0-9]+|ctl)$' || true); do
        pid=${ns#dt}
        pid=${pid%%[!0-9]*}
        [ -e "/proc/$pid" ] && continue
        cluster_log "removing namespace $ns left by test process $pid"
        for pid in $(ip netns pids "$ns" 2>/dev/null); do kill -KILL "$pid" 2>/dev/null || true; done
        ip netns delete "$ns" 2>/dev/null || true
    done
    local m
    for m in "$CLUSTER_WORK"/uts/*; do
        [ -e "$m" ] && mountpoint -q "$m" && umount "$m"
    done
    return 0
}

# cluster_setup WORK NODE... : makes WORK (removed first) and one simulated node per name,
# each with address 10.77.0.<i> (i from 1), plus the bridge namespace. Records everything
# it makes in WORK/made so that cluster_teardown removes exactly that.
cluster_setup() {
    CLUSTER_WORK=$1
    shift
    CLUSTER_NODES=("$@")
    CLUSTER_TAG="dt$$" # prefix of every namespace name: unique per test process
    CLUSTER_BRIDGE_NS="${CLUSTER_TAG}br"
    cluster_remove_stale
    rm -rf "$CLUSTER_WORK"
    mkdir -p "$CLUSTER_WORK/uts" "$CLUSTER_WORK/etc"
    CLUSTER_MADE="$CLUSTER_WORK/made"
    : >"$CLUSTER_MADE"
    local start i name
    start=$(cluster_now)

    ip netns add "$CLUSTER_BRIDGE_NS"
    echo "netns $CLUSTER_BRIDGE_NS" >>"$CLUSTER_MADE"
    ip -n "$CLUSTER_BRIDGE_NS" link add br0 type bridge
    ip -n "$CLUSTER_BRIDGE_NS" link set br0 up
    : >"$CLUSTER_WORK/etc/hosts"
    for i in "${!CLUSTER_NODES[@]}"; do
        name=${CLUSTER_NODES[$i]}
        local ns="${CLUSTER_TAG}${name}" addr="10.77.0.$((i + 1))"
        ip netns add "$ns"
        echo "netns $ns" >>"$CLUSTER_MADE"
        # The veth pair is made inside the node's namespace; one end moves to the bridge's.
        ip -n "$ns" link add eth0 type veth peer name "p$i" netns "$CLUSTER_BRIDGE_NS"
        ip -n "$CLUSTER_BRIDGE_NS" link set "p$i" master br0 up
        ip -n "$ns" addr add "$addr/24" dev eth0
        ip -n "$ns" link set eth0 up
        ip -n "$ns" link set lo up
        # A UTS namespace kept alive by a bind mount on a file, so that every process
        # started "on" the node (nsenter) sees the node's hostname.
        touch "$CLUSTER_WORK/uts/$name"
        unshare --uts="$CLUSTER_WORK/uts/$name" hostname "$name"
        echo "uts $CLUSTER_WORK/uts/$name" >>"$CLUSTER_MADE"
        echo "$addr $name" >>"$CLUSTER_WORK/etc/hosts"
    done
    # The launcher agent Open MPI starts its daemons with (mpirun --mca plm_rsh_agent):
    # it runs the command on the named node, as ssh would.
    cat >"$CLUSTER_WORK/agent" <<EOF
#!/bin/sh
# Usage: agent NODE COMMAND...: runs COMMAND on the simulated NODE (like ssh NODE COMMAND).
node=\$1
shift
exec nsenter --net=/run/netns/${CLUSTER_TAG}\$node --uts="$CLUSTER_WORK/uts/\$node" -- sh -c "\$*"
EOF
    chmod +x "$CLUSTER_WORK/agent"
    CLUSTER_SETUP_S=$(cluster_since "$start")
    cluster_log "set-up of ${#CLUSTER_NODES[@]} nodes: ${CLUSTER_SETUP_S} s"
}

# on NODE COMMAND...: runs COMMAND in NODE's namespaces (its network and hostname).
on() {
    local node=$1
    shift
    nsenter --net="/run/netns/${CLUSTER_TAG}${node}" --uts="$CLUSTER_WORK/uts/$node" -- "$@"
}

# The address of a node made by cluster_setup.
cluster_addr() { awk -v n="$1" '$2 == n { print $1 }' "$CLUSTER_WORK/etc/hosts"; }

# The ids of the processes running in a node's network namespace.
cluster_pids() { ip netns pids "${CLUSTER_TAG}$1" 2>/dev/null; }

# Removes everything cluster_setup (and the test, through CLUSTER_MADE) made, newest
# first: processes left in the namespaces (each by its id), the namespaces with their
# links and bridge, the UTS bind mounts, then the work folder unless CLUSTER_KEEP=1.
cluster_teardown() {
    local status=$?
    trap - EXIT INT TERM
    [ -n "${CLUSTER_MADE:-}" ] && [ -f "$CLUSTER_MADE" ] || exit "$status"
    local start kind what pid
    start=$(cluster_now)
    [ "$(type -t cluster_stop_daemons)" = function ] && cluster_stop_daemons
    local ns
    for ns in $(awk '$1 == "netns" { print $2 }' "$CLUSTER_MADE"); do
        for pid in $(ip netns pids "$ns" 2>/dev/null); do
            kill -KILL "$pid" 2>/dev/null || true
        done
    done
    tac "$CLUSTER_MADE" | while read -r kind what; do
        case "$kind" in
        netns) ip netns delete "$what" 2>/dev/null || true ;;
        uts) umount "$what" 2>/dev/null || true ;;
        esac
    done
    local left
    left=$(ip netns list | grep -c "^${CLUSTER_TAG}" || true)
    cluster_log "tear-down: $(cluster_since "$start") s ($left namespaces left)"
    if [ "${CLUSTER_KEEP:-0}" != 1 ]; then
        rm -rf "$CLUSTER_WORK"
    fi
    [ "$left" = 0 ] || status=1
    exit "$status"
}
trap cluster_teardown EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# cluster_check_result.py and the progress listener live beside this file.
CLUSTER_TESTS_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
CLUSTER_SOURCE_DIR=$(cd "$CLUSTER_TESTS_DIR/../.." && pwd)
