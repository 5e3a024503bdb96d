#!/usr/bin/env bash
# The engine across three simulated nodes under `mpirun --hostfile` (docs/CLUSTER.md,
# "Open MPI"). Usage: test_mpirun.sh ENGINE WORK_DIR
#
# Runs docs/cluster/hostfile's recipe and checks, against the same evaluation at np=1:
# every number identical; ranks on the hostfile's nodes with each node's own local ranks
# and thread plan; Open MPI's default transport kept across nodes and ob1 chosen on one
# node; every rank's progress relayed by rank 0 to a progress socket; the result written
# by a rank 0 on a remote node into the launch folder; a rank killed on a remote node
# ending the job (non-zero, promptly, no result, nothing half-written, no rank left).
# Skips (status 77) where namespaces cannot be made. Leaves nothing behind.
set -euo pipefail
[ $# = 2 ] || { sed -n '2,3s/^# //p' "$0"; exit 2; }
engine=$(realpath "$1")
. "$(dirname "$0")/cluster-lib.sh"
python=${DISTEVAL_TEST_PYTHON:-/usr/bin/python3}
data=${DISTEVAL_FASHION_MNIST:-/usr/share/datasets/fashion-mnist}
cluster_require
[ -e "$data/t10k-images-idx3-ubyte.gz" ] \
    || cluster_skip "Fashion-MNIST not found at $data (install dataset-fashion-mnist)"
. "$CLUSTER_SOURCE_DIR/scripts/mpi-env.sh" # root's permission for mpirun, on CI only

cluster_setup "$2" node1 node2 node3
work=$CLUSTER_WORK
check() { "$python" "$CLUSTER_TESTS_DIR/clustercheck.py" "$@"; }
"$python" "$CLUSTER_SOURCE_DIR/tests/engine/make_test_models.py" "$work/models" >/dev/null
cpus=$(nproc --all)
eval_args=(--model "$work/models/cnn.pt" --model "$work/models/linear.pt" --data "$data"
           --batch-size 128 --bootstrap 200 --quiet --no-progress)
# Instead of ssh, Open MPI starts its daemons on the other nodes through the agent.
mpirun_args=(--mca plm_rsh_agent "$work/agent")
timings=()
timed() { # timed NAME COMMAND...: runs COMMAND, records its wall time
    local name=$1 start rc=0
    shift
    start=$(cluster_now)
    "$@" || rc=$?
    timings+=("$name $(cluster_since "$start") s")
    return $rc
}

# The reference: one rank, no mpirun.
timed "np=1 (no mpirun)" on node1 "$engine" "${eval_args[@]}" --output "$work/np1.json"

# 1. The hostfile recipe: 2 + 1 + 1 ranks, launched on node1, progress to a socket.
check quoted "$CLUSTER_SOURCE_DIR/docs/CLUSTER.md" "$CLUSTER_SOURCE_DIR/docs/cluster/hostfile"
cp "$CLUSTER_SOURCE_DIR/docs/cluster/hostfile" "$work/hostfile"
"$python" "$CLUSTER_TESTS_DIR/progresslistener.py" "$work/progress.sock" "$work/progress.log" &
listener=$!
for _ in $(seq 1 100); do [ -e "$work/progress.sock.ready" ] && break; sleep 0.05; done
export DISTEVAL_PROGRESS_TOKEN=cluster-test-token
timed "np=4 on 3 nodes (mpirun)" on node1 timeout 120 mpirun --hostfile "$work/hostfile" -np 4 \
    "${mpirun_args[@]}" -x DISTEVAL_PROGRESS_TOKEN --mca pml_base_verbose 10 \
    "$engine" "${eval_args[@]}" --output "$work/np4.json" \
    --progress-socket "$work/progress.sock" 2>"$work/np4.stderr" \
    || cluster_fail "mpirun -np 4 failed: $(tail -20 "$work/np4.stderr")"
wait "$listener" || cluster_fail "the progress listener failed"
check identical "$work/np1.json" "$work/np4.json"
check layout "$work/np4.json" node1,node1,node2,node3 "$cpus"
check progress "$work/progress.log" 4 "$work/np4.json"
check transport "$work/np4.stderr" multi 4

# 2. mpirun on a node that is not in the hostfile (as on a login node): rank 0 runs on
#    node2 and writes the result, given relative to the launch folder, there (the nodes
#    share the file system).
printf 'node2 slots=1\nnode3 slots=1\n' >"$work/hostfile-remote"
mkdir -p "$work/launch/results"
cd "$work/launch"
timed "np=2, mpirun on a third node (mpirun)" on node1 timeout 120 mpirun \
    --hostfile "$work/hostfile-remote" -np 2 "${mpirun_args[@]}" \
    "$engine" "${eval_args[@]}" --output results/remote.json \
    || cluster_fail "mpirun from node1 onto node2 and node3 failed"
cd "$work"
check identical "$work/np1.json" "$work/launch/results/remote.json"
check layout "$work/launch/results/remote.json" node2,node3 "$cpus"
#    When mpirun's own node is in the hostfile it comes first, wherever it is listed.
printf 'node2 slots=1\nnode3 slots=1\nnode1 slots=1\n' >"$work/hostfile-last"
timed "np=3, launch node listed last (mpirun)" on node1 timeout 120 mpirun \
    --hostfile "$work/hostfile-last" -np 3 "${mpirun_args[@]}" \
    "$engine" "${eval_args[@]}" --output "$work/last.json" \
    || cluster_fail "mpirun with node1 last in the hostfile failed"
check layout "$work/last.json" node1,node2,node3 "$cpus"

# 3. Every rank on one (remote) node: the engine picks ob1 itself.
timed "np=2 on one remote node (mpirun)" on node1 timeout 120 mpirun --host node2:2 -np 2 \
    "${mpirun_args[@]}" --mca pml_base_verbose 10 \
    "$engine" "${eval_args[@]}" --output "$work/single.json" 2>"$work/single.stderr" \
    || cluster_fail "mpirun on one node failed: $(tail -20 "$work/single.stderr")"
check identical "$work/np1.json" "$work/single.json"
check layout "$work/single.json" node2,node2 "$cpus"
check transport "$work/single.stderr" single 2

# 4. A rank killed (SIGKILL) on node3 while it evaluates: the job ends with a non-zero
#    status within seconds, no result and no temporary file is left, no rank lingers.
mkdir -p "$work/kill"
"$python" "$CLUSTER_TESTS_DIR/progresslistener.py" "$work/kill.sock" "$work/kill.log" &
listener=$!
for _ in $(seq 1 100); do [ -e "$work/kill.sock.ready" ] && break; sleep 0.05; done
kill_args=(--model "$work/models/cnn.pt" --data "$data/train-images-idx3-ubyte.gz"
           --batch-size 32 --quiet --no-progress)
on node1 timeout 120 mpirun --hostfile "$work/hostfile" -np 4 "${mpirun_args[@]}" \
    -x DISTEVAL_PROGRESS_TOKEN "$engine" "${kill_args[@]}" --output "$work/kill/result.json" \
    --progress-socket "$work/kill.sock" 2>"$work/kill.stderr" &
job=$!
victim=""
for _ in $(seq 1 600); do # rank 3 (node3) has reported progress: it is evaluating
    if grep -q '"type":"progress","rank":3' "$work/kill.log" 2>/dev/null; then
        for pid in $(cluster_pids node3); do
            [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = disteval-engine ] && victim=$pid
        done
        break
    fi
    sleep 0.05
done
[ -n "$victim" ] || cluster_fail "rank 3 on node3 never reported progress"
killed_at=$(cluster_now)
kill -KILL "$victim"
rc=0
for _ in $(seq 1 600); do kill -0 "$job" 2>/dev/null || break; sleep 0.05; done
if kill -0 "$job" 2>/dev/null; then
    cluster_fail "the job still runs 30 s after rank 3 was killed (hang)"
fi
wait "$job" || rc=$?
timings+=("rank 3 killed on node3 -> mpirun exits: $(cluster_since "$killed_at") s (status $rc)")
wait "$listener" || true
[ "$rc" != 0 ] || cluster_fail "mpirun exited 0 although rank 3 was killed"
grep -q "exited on signal 9" "$work/kill.stderr" \
    || cluster_fail "mpirun did not say which rank died: $(tail -5 "$work/kill.stderr")"
left=$(ls -A "$work/kill")
[ -z "$left" ] || cluster_fail "the killed job left files in the output folder: $left"
for node in node1 node2 node3; do
    for pid in $(cluster_pids "$node"); do
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" != disteval-engine ] \
            || cluster_fail "a rank (pid $pid) is left on $node after the job ended"
    done
done
cluster_log "killed rank: mpirun status $rc, no result, no rank left"

for t in "${timings[@]}"; do cluster_log "time: $t"; done
cluster_log "PASS"
