#!/usr/bin/env bash
# The engine under a real Slurm on three simulated nodes (docs/CLUSTER.md, "Slurm").
# Usage: test_slurm.sh ENGINE WORK_DIR [PRINT_SLURM_SCRIPT]
#
# Starts munged, slurmctld and three slurmd (tests/cluster/slurm-lib.sh), then checks,
# against the same evaluation at np=1: `srun --mpi=pmix` over 3 nodes gives every number
# identical, the ranks' nodes and per-node thread plans, Open MPI's default transport,
# every rank's progress at the socket through rank 0; docs/cluster/disteval.sbatch run by
# `sbatch` (2 nodes x 2 ranks, --gres=gpu:2) writes an identical result into the launch
# folder; the batch script the app writes (PRINT_SLURM_SCRIPT, tests/gui's
# disteval_print_slurm_script; skipped without it) for the same 2 x 2 job, CPU only,
# submitted with `sbatch`, writes a result identical to np=1 with the same options; a rank
# killed on a remote node ends the step (non-zero, promptly, no result, nothing
# half-written, no rank left). Skips (status 77) without namespaces or Slurm.
# Stops every daemon and removes every namespace it made, also on failure.
set -euo pipefail
[ $# = 2 ] || [ $# = 3 ] || { sed -n '2,3s/^# //p' "$0"; exit 2; }
engine=$(realpath "$1")
print_script=${3:+$(realpath "$3")}
. "$(dirname "$0")/cluster-lib.sh"
. "$(dirname "$0")/slurm-lib.sh"
python=${DISTEVAL_TEST_PYTHON:-/usr/bin/python3}
data=${DISTEVAL_FASHION_MNIST:-/usr/share/datasets/fashion-mnist}
cluster_require
slurm_require
[ -e "$data/t10k-images-idx3-ubyte.gz" ] \
    || cluster_skip "Fashion-MNIST not found at $data (install dataset-fashion-mnist)"

cluster_setup "$2" node1 node2 node3 ctl
slurm_setup ctl node1 node2 node3
work=$CLUSTER_WORK
check() { "$python" "$CLUSTER_TESTS_DIR/clustercheck.py" "$@"; }
"$python" "$CLUSTER_SOURCE_DIR/tests/engine/make_test_models.py" "$work/models" >/dev/null
cpus=$(nproc --all)
eval_args=(--model "$work/models/cnn.pt" --model "$work/models/linear.pt" --data "$data"
           --batch-size 128 --bootstrap 200 --quiet --no-progress)
timings=()
timed() { # timed NAME COMMAND...: runs COMMAND, records its wall time
    local name=$1 start rc=0
    shift
    start=$(cluster_now)
    "$@" || rc=$?
    timings+=("$name $(cluster_since "$start") s")
    return $rc
}
wait_for_job() { # wait_for_job ID: until the batch job ends; sets $job and $state
    local deadline=$(($(date +%s) + 120))
    state=""
    while [ "$(date +%s)" -lt "$deadline" ]; do # sbatch --wait polls every few seconds
        job=$(on node1 scontrol show job "$1" -o)
        state=$(echo "$job" | grep -o 'JobState=[A-Z_]*' || true)
        case "$state" in JobState=PENDING | JobState=RUNNING | JobState=COMPLETING | "") ;; *) break ;; esac
        sleep 0.1
    done
}
check_two_by_two() { # check_two_by_two RESULT: 2 ranks on each of 2 nodes; sets $hosts
    hosts=$("$python" -c 'import json, sys
print(",".join(r["host"] for r in json.load(open(sys.argv[1]))["ranks"]))' "$1")
    case "$hosts" in
    node1,node1,node2,node2 | node1,node1,node3,node3 | node2,node2,node3,node3) ;;
    *) cluster_fail "the batch job's ranks ran on $hosts, expected 2 nodes x 2 ranks" ;;
    esac
}
engine_pids() { # the engine processes on a node
    local pid
    for pid in $(cluster_pids "$1"); do
        [ "$(cat "/proc/$pid/comm" 2>/dev/null)" = disteval-engine ] && echo "$pid"
    done
    return 0
}

timed "np=1 (no launcher)" on node1 "$engine" "${eval_args[@]}" --output "$work/np1.json"

# 1. srun over three nodes (2 + 1 + 1 ranks), progress to a socket.
"$python" "$CLUSTER_TESTS_DIR/progresslistener.py" "$work/progress.sock" "$work/progress.log" &
listener=$!
for _ in $(seq 1 100); do [ -e "$work/progress.sock.ready" ] && break; sleep 0.05; done
export DISTEVAL_PROGRESS_TOKEN=cluster-test-token
cd "$work"
timed "np=4 on 3 nodes (srun)" on node1 timeout 120 env OMPI_MCA_pml_base_verbose=10 \
    srun --mpi=pmix --kill-on-bad-exit=1 --nodes=3 --ntasks=4 \
    "$engine" "${eval_args[@]}" --output "$work/srun.json" \
    --progress-socket "$work/progress.sock" 2>"$work/srun.stderr" \
    || cluster_fail "srun failed: $(tail -20 "$work/srun.stderr")"
wait "$listener" || cluster_fail "the progress listener failed"
check identical "$work/np1.json" "$work/srun.json"
check layout "$work/srun.json" node1,node1,node2,node3 "$cpus"
check progress "$work/progress.log" 4 "$work/srun.json"
check transport "$work/srun.stderr" multi 4

# 2. The batch script of docs/CLUSTER.md, as a user submits it from the launch folder.
check quoted "$CLUSTER_SOURCE_DIR/docs/CLUSTER.md" "$CLUSTER_SOURCE_DIR/docs/cluster/disteval.sbatch"
mkdir -p "$work/launch/results"
cd "$work/launch"
submitted=$(cluster_now)
jobid=$(on node1 env DISTEVAL_ENGINE="$engine" sbatch --parsable \
    --output="$work/launch/batch-%j.log" "$CLUSTER_SOURCE_DIR/docs/cluster/disteval.sbatch" \
    "$work/models/cnn.pt" "$data" results/batch.json \
    --model "$work/models/linear.pt" --batch-size 128 --bootstrap 200 --quiet) \
    || cluster_fail "sbatch refused the batch script"
wait_for_job "$jobid"
timings+=("sbatch disteval.sbatch, 2 nodes x 2 ranks (submit to end) $(cluster_since "$submitted") s")
[ "$state" = JobState=COMPLETED ] \
    || cluster_fail "batch job $jobid: $job $(cat "$work/launch/batch-$jobid.log" 2>/dev/null)"
cd "$work"
check identical "$work/np1.json" "$work/launch/results/batch.json"
check_two_by_two "$work/launch/results/batch.json"
check layout "$work/launch/results/batch.json" "$hosts" "$cpus"

# 2b. The batch script the app writes (set-up › Advanced › Slurm Script...,
# gui/run/slurmscript.h) for the same 2 nodes x 2 tasks, CPU only, as the app's dialog
# shows it: it names the engine itself and an absolute result path. Its np=1 reference
# runs the engine options the app passes (--device cpu, --confidence, --save-predictions).
if [ -n "$print_script" ]; then
    app_args=(--model "$work/models/cnn.pt" --model "$work/models/linear.pt" --data "$data"
              --batch-size 128 --bootstrap 200 --save-predictions)
    timed "np=1 with the app's options" on node1 "$engine" "${app_args[@]}" --device cpu \
        --confidence 0.95 --quiet --no-progress --output "$work/np1-app.json"
    "$print_script" "${app_args[@]}" --engine "$engine" --nodes 2 --tasks-per-node 2 \
        --gpus-per-node 0 --cpus-per-task 1 --time 00:10:00 \
        --output "$work/launch/results/app.json" >"$work/launch/app.sbatch" \
        || cluster_fail "disteval_print_slurm_script refused the set-up"
    bash -n "$work/launch/app.sbatch" || cluster_fail "bash -n refuses the app's batch script"
    grep -q -- '--progress-socket\|mpirun\|allow-run-as-root' "$work/launch/app.sbatch" \
        && cluster_fail "the app's batch script carries what only the app's own runs need"
    cd "$work/launch"
    submitted=$(cluster_now)
    jobid=$(on node1 env -u DISTEVAL_ENGINE sbatch --parsable \
        --output="$work/launch/app-%j.log" "$work/launch/app.sbatch") \
        || cluster_fail "sbatch refused the app's batch script"
    wait_for_job "$jobid"
    timings+=("sbatch of the app's script, 2 nodes x 2 ranks (submit to end) $(cluster_since "$submitted") s")
    [ "$state" = JobState=COMPLETED ] \
        || cluster_fail "app batch job $jobid: $job $(cat "$work/launch/app-$jobid.log" 2>/dev/null)"
    cd "$work"
    check identical "$work/np1-app.json" "$work/launch/results/app.json"
    check_two_by_two "$work/launch/results/app.json"
    ls "$work/launch/results/"app.samples-*.bin >/dev/null \
        || cluster_fail "the app's batch job wrote no per-sample records"
    # The kill test below needs all three nodes: wait until the job's nodes are free again.
    for _ in $(seq 1 100); do
        [ "$(on node1 sinfo -h -o '%t' -N | sort -u)" = idle ] && break
        sleep 0.1
    done
else
    cluster_log "the app's batch script: skipped (no disteval_print_slurm_script given)"
fi

# 3. A rank killed (SIGKILL) on node3 during the evaluation ends the step.
mkdir -p "$work/kill"
"$python" "$CLUSTER_TESTS_DIR/progresslistener.py" "$work/kill.sock" "$work/kill.log" &
listener=$!
for _ in $(seq 1 100); do [ -e "$work/kill.sock.ready" ] && break; sleep 0.05; done
on node1 timeout 120 srun --mpi=pmix --kill-on-bad-exit=1 --nodes=3 --ntasks=3 \
    "$engine" --model "$work/models/cnn.pt" --data "$data/train-images-idx3-ubyte.gz" \
    --batch-size 32 --quiet --no-progress --output "$work/kill/result.json" \
    --progress-socket "$work/kill.sock" 2>"$work/kill.stderr" &
job=$!
victim=""
for _ in $(seq 1 600); do
    if grep -q '"type":"progress","rank":2' "$work/kill.log" 2>/dev/null; then
        victim=$(engine_pids node3 | head -1)
        break
    fi
    sleep 0.05
done
[ -n "$victim" ] || cluster_fail "rank 2 on node3 never reported progress"
killed_at=$(cluster_now)
kill -KILL "$victim"
for _ in $(seq 1 600); do kill -0 "$job" 2>/dev/null || break; sleep 0.05; done
kill -0 "$job" 2>/dev/null && cluster_fail "srun still runs 30 s after rank 2 was killed (hang)"
rc=0
wait "$job" || rc=$?
timings+=("rank 2 killed on node3 -> srun exits: $(cluster_since "$killed_at") s (status $rc)")
wait "$listener" || true
[ "$rc" != 0 ] || cluster_fail "srun exited 0 although rank 2 was killed"
left=$(ls -A "$work/kill")
[ -z "$left" ] || cluster_fail "the killed job left files in the output folder: $left"
for _ in $(seq 1 100); do # slurmstepd ends the other ranks
    [ -z "$(engine_pids node1)$(engine_pids node2)$(engine_pids node3)" ] && break
    sleep 0.05
done
[ -z "$(engine_pids node1)$(engine_pids node2)$(engine_pids node3)" ] \
    || cluster_fail "ranks are left after the step ended"
cluster_log "killed rank: srun status $rc, no result, no rank left"

for t in "${timings[@]}"; do cluster_log "time: $t"; done
cluster_log "PASS"
