# Sourced after cluster-lib.sh by the Slurm test: a real Slurm (Debian's slurm-wlm) on
# the simulated nodes. slurmctld and munged run on a node of their own ("ctl"), one
# slurmd per compute node (slurmd -N NODE), everything configured through SLURM_CONF and
# files in the work folder: nothing under /etc is read or written. munge speaks over its
# Unix socket, which every namespace reaches (they share the file system). Every node has
# its own TmpFS, as real nodes have their own /tmp: the pmix plugin keeps its per-job
# files there, which would collide between nodes sharing one /tmp.

slurm_require() {
    local tool
    for tool in slurmctld slurmd srun sbatch sinfo scontrol munged; do
        command -v "$tool" >/dev/null 2>&1 \
            || cluster_skip "'$tool' not found: install slurm-wlm and munge (scripts/install-deps.sh --dev)"
    done
    # The MPI plugin Debian's Open MPI works with under srun (pmi2 does not).
    [ -n "$(ls /usr/lib/*/slurm-wlm/mpi_pmix*.so 2>/dev/null)" ] \
        || cluster_skip "Slurm's mpi/pmix plugin is missing (slurm-wlm-basic-plugins)"
}

# slurm_setup CTL NODE...: starts munged and slurmctld on the node CTL and slurmd on every
# NODE (all already made by cluster_setup), with NODE's address from cluster_setup.
# Waits until every node is idle.
slurm_setup() {
    local ctl=$1
    shift
    local nodes=("$@") start
    start=$(cluster_now)
    SLURM_DIR="$CLUSTER_WORK/slurm"
    mkdir -p "$SLURM_DIR/state" "$SLURM_DIR/munge"
    local node
    for node in "${nodes[@]}"; do
        mkdir -p "$SLURM_DIR/spool/$node" "$SLURM_DIR/tmp/$node"
    done
    chmod 700 "$SLURM_DIR/munge"
    dd if=/dev/urandom of="$SLURM_DIR/munge/munge.key" bs=1024 count=1 status=none
    chmod 400 "$SLURM_DIR/munge/munge.key"
    SLURM_MUNGE_SOCKET="$SLURM_DIR/munge/munge.socket"
    echo "daemon munged $SLURM_DIR/munge/munged.pid" >>"$CLUSTER_MADE"
    on "$ctl" munged --force --key-file="$SLURM_DIR/munge/munge.key" \
        --socket="$SLURM_MUNGE_SOCKET" --pid-file="$SLURM_DIR/munge/munged.pid" \
        --log-file="$SLURM_DIR/munge/munged.log" --seed-file="$SLURM_DIR/munge/munged.seed" --origin="$(cluster_addr "$ctl")" \
        || cluster_fail "munged did not start: $(cat "$SLURM_DIR/munge/munged.log" 2>/dev/null)"

    local ctl_addr
    ctl_addr=$(cluster_addr "$ctl")
    export SLURM_CONF="$SLURM_DIR/slurm.conf"
    cat >"$SLURM_CONF" <<EOF
ClusterName=disteval
SlurmctldHost=$ctl($ctl_addr)
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$SLURM_MUNGE_SOCKET
StateSaveLocation=$SLURM_DIR/state
SlurmdSpoolDir=$SLURM_DIR/spool/%n
SlurmctldPidFile=$SLURM_DIR/slurmctld.pid
SlurmdPidFile=$SLURM_DIR/slurmd-%n.pid
SlurmctldLogFile=$SLURM_DIR/slurmctld.log
SlurmdLogFile=$SLURM_DIR/slurmd-%n.log
TmpFS=$SLURM_DIR/tmp/%n
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
SchedulerType=sched/builtin
MpiDefault=none
ReturnToService=2
SlurmdParameters=config_overrides
SlurmctldTimeout=30
SlurmdTimeout=30
InactiveLimit=0
KillWait=2
MinJobAge=30
GresTypes=gpu
EOF
    # Two GPUs per node for the scheduler only (two device nodes with /dev/null's numbers
    # stand for them): the batch script's --gres=gpu:N is accepted as on a GPU cluster;
    # the engine finds no CUDA and runs on the CPU.
    : >"$SLURM_DIR/gres.conf"
    mkdir -p "$SLURM_DIR/dev"
    mknod "$SLURM_DIR/dev/nvidia0" c 1 3
    mknod "$SLURM_DIR/dev/nvidia1" c 1 3
    for node in "${nodes[@]}"; do
        echo "NodeName=$node NodeAddr=$(cluster_addr "$node") CPUs=2 Gres=gpu:2 State=UNKNOWN" \
            >>"$SLURM_CONF"
        echo "NodeName=$node Name=gpu File=$SLURM_DIR/dev/nvidia[0-1]" >>"$SLURM_DIR/gres.conf"
    done
    local list
    list=$(IFS=,; echo "${nodes[*]}")
    echo "PartitionName=test Nodes=$list Default=YES MaxTime=60 State=UP" >>"$SLURM_CONF"

    echo "daemon slurmctld $SLURM_DIR/slurmctld.pid" >>"$CLUSTER_MADE"
    on "$ctl" slurmctld -i || cluster_fail "slurmctld did not start: $(tail -5 "$SLURM_DIR/slurmctld.log")"
    for node in "${nodes[@]}"; do
        echo "daemon slurmd $SLURM_DIR/slurmd-$node.pid" >>"$CLUSTER_MADE"
        on "$node" slurmd -N "$node" \
            || cluster_fail "slurmd on $node did not start: $(tail -5 "$SLURM_DIR/slurmd-$node.log")"
    done
    local i
    for i in $(seq 1 100); do
        [ "$(on "${nodes[0]}" sinfo -h -o '%t' -N 2>/dev/null | sort -u)" = idle ] && break
        sleep 0.1
    done
    [ "$(on "${nodes[0]}" sinfo -h -o '%t' -N | sort -u)" = idle ] \
        || cluster_fail "the nodes did not become idle: $(on "${nodes[0]}" sinfo -N 2>&1)"
    SLURM_SETUP_S=$(cluster_since "$start")
    cluster_log "Slurm set-up (munged, slurmctld, ${#nodes[@]} slurmd): ${SLURM_SETUP_S} s"
}

# True while process PID runs (a zombie has ended: the daemons are reparented to
# whatever reaps them, maybe late).
cluster_alive() {
    [ -e "/proc/$1/status" ] && ! grep -q '^State:.*Z' "/proc/$1/status" 2>/dev/null
}

# Stops the daemons slurm_setup started, each by the id in its pid file: the slurmds
# first (all at once), then slurmctld, then munged. cluster_teardown calls this before it
# removes the namespaces.
cluster_stop_daemons() {
    local kind name pidfile pid i
    for kind in slurmd slurmctld munged; do
        local pids=()
        while read -r what name pidfile; do
            [ "$what" = daemon ] && [ "$name" = "$kind" ] || continue
            pid=$(cat "$pidfile" 2>/dev/null) || continue
            kill -TERM "$pid" 2>/dev/null && pids+=("$pid")
        done <"$CLUSTER_MADE"
        for pid in "${pids[@]}"; do
            for i in $(seq 1 50); do
                cluster_alive "$pid" || break
                sleep 0.05
            done
            kill -KILL "$pid" 2>/dev/null || true
        done
    done
}
