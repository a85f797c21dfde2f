#!/usr/bin/env bash
# npm run test:cluster: starts a real single-node Slurm cluster on this machine (Debian's
# slurmctld, slurmd, slurm-client and munge, installed if missing, started without systemd
# with a private munged), submits a sharded sweep with cluster/slurm/submit.sh, and checks
# that the merged files are byte-identical to the same sweep run locally; then deletes a
# shard, checks that merge refuses and names it, resubmits it alone, and checks again.
# Every daemon it started is stopped on exit, success or not. Needs root.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo="$(pwd)"
started=$(date +%s)
passed=0
failed=0
ok() { echo "  ok: $1"; passed=$((passed + 1)); }
bad() { echo "  FAILED: $1"; failed=$((failed + 1)); }

[ "$(id -u)" = 0 ] || { echo "test:cluster needs root (it starts Slurm's daemons)"; exit 1; }
# A shared machine's /dev/null can be damaged (a file renamed over it); apt needs it.
[ -c /dev/null ] || { rm -f /dev/null; mknod -m 666 /dev/null c 1 3; }

if ! command -v slurmctld >/dev/null || ! command -v slurmd >/dev/null || ! command -v sbatch >/dev/null || ! command -v munged >/dev/null; then
  echo "installing slurmctld slurmd slurm-client munge (Debian packages)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null ||
    { apt-get -o DPkg::Lock::Timeout=300 update -qq && apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends slurmctld slurmd slurm-client munge >/dev/null; }
fi
[ -f /etc/munge/munge.key ] || mungekey -c >/dev/null 2>&1 || runuser -u munge -- mungekey -c

dir="$(mktemp -d /tmp/quasimarket-slurm.XXXXXX)"
chmod 0711 "$dir"
mkdir -p "$dir"/{ctld,spool,run,log,munge,local,cluster}
chown munge "$dir/munge"
chmod 0711 "$dir/munge"
export SLURM_CONF="$dir/slurm.conf"

alive() { # a pid that exists and is not a zombie
  [ -n "${1:-}" ] && [ -r "/proc/$1/status" ] && ! grep -q '^State:.*Z' "/proc/$1/status"
}
stop_pidfile() {
  local f="$1" pid
  [ -f "$f" ] || return 0
  pid="$(cat "$f" 2>/dev/null || true)"
  alive "$pid" || return 0
  kill "$pid" 2>/dev/null || true
  for _ in $(seq 50); do alive "$pid" || return 0; sleep 0.1; done
  kill -9 "$pid" 2>/dev/null || true
}
cleanup() {
  local code=$?
  set +e
  scancel --quiet --full -u root >/dev/null 2>&1
  scontrol shutdown >/dev/null 2>&1
  stop_pidfile "$dir/run/slurmd.pid"
  stop_pidfile "$dir/run/slurmctld.pid"
  stop_pidfile "$dir/munge/munged.pid"
  local left=''
  for f in slurmd slurmctld; do alive "$(cat "$dir/run/$f.pid" 2>/dev/null)" && left="$left $f"; done
  alive "$(cat "$dir/munge/munged.pid" 2>/dev/null)" && left="$left munged"
  if [ -n "$left" ]; then echo "could not stop:$left (logs in $dir/log)"; code=1; else rm -rf "$dir"; fi
  exit $code
}
trap cleanup EXIT
trap 'exit 130' INT TERM

cat > "$SLURM_CONF" <<CONF
ClusterName=quasimarket-test
SlurmctldHost=localhost
SlurmUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/munge/munge.sock
StateSaveLocation=$dir/ctld
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_CPU
SchedulerParameters=sched_min_interval=0
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
NodeName=localhost NodeAddr=127.0.0.1 CPUs=$(nproc) State=UNKNOWN
PartitionName=debug Nodes=ALL Default=YES MaxTime=INFINITE State=UP
CONF

runuser -u munge -- munged -S "$dir/munge/munge.sock" --pid-file="$dir/munge/munged.pid" \
  --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed"
slurmctld
slurmd -N localhost
for i in $(seq 300); do
  [ "$(sinfo -h -N -o %T 2>/dev/null | head -1)" = idle ] && break
  [ "$i" = 300 ] && { echo "Slurm's node did not come up (logs in $dir/log)"; exit 1; }
  sleep 0.2
done
echo "slurm up in $(($(date +%s) - started)) s"

wait_queue() { # until no job of ours is queued or running
  for _ in $(seq 1800); do [ -z "$(squeue -h 2>/dev/null)" ] && return 0; sleep 0.2; done
  echo "jobs still queued after 6 minutes"; squeue; return 1
}

sim=(node "$repo/src/cli/sim.mjs")
flags=(sweep --scenario ccg-2013 --vary trust.initial=0.3:0.7:3 --runs 3 --years 2 --workers 1)
# Build the bundle once here, so the shards do not all build it at the same moment.
"${sim[@]}" --version
(cd "$dir/local" && "${sim[@]}" "${flags[@]}" --out runs.csv --summary summary.csv --events events.jsonl.gz \
  --event-types tender.awarded,arbitration.decided --quiet)

cd "$dir/cluster"
"$repo/cluster/slurm/submit.sh" -n 4 --summary summary.csv -- "${flags[@]}" --out runs.csv --events events.jsonl.gz \
  --event-types tender.awarded,arbitration.decided
wait_queue
same() { if cmp -s "$dir/local/$1" "$dir/cluster/$1"; then ok "$1 merged on Slurm is byte-identical to the local run"; else bad "$1 differs (or is missing): $(ls "$dir/cluster")"; fi; }
for f in runs.csv summary.csv events.jsonl.gz; do same "$f"; done

# A lost shard: merge refuses and names it; resubmitting that array index alone repairs it.
rm -f runs.csv summary.csv runs.shard-2-of-4.csv
set +e
msg="$("${sim[@]}" merge --out runs.csv runs.shard-*.csv 2>&1)"
code=$?
set -e
if [ $code = 2 ] && grep -q 'runs.shard-2-of-4.csv' <<<"$msg" && grep -q 'array indices 2' <<<"$msg"; then
  ok "merge refuses a missing shard and names it: $msg"
else
  bad "merge with a missing shard: exit $code, $msg"
fi
sbatch --quiet --array=2 quasimarket-shard.sbatch
wait_queue
sbatch --quiet quasimarket-merge.sbatch
wait_queue
for f in runs.csv summary.csv; do same "$f"; done

echo "test:cluster: $passed passed, $failed failed in $(($(date +%s) - started)) s"
[ "$failed" = 0 ]
