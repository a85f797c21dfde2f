#!/usr/bin/env bash
# Submits a Quasimarket ensemble or sweep to Slurm as an array job of N shards, and a merge
# job that runs once every shard has succeeded (--dependency=afterok).
#
#   cluster/slurm/submit.sh -n N [--summary FILE] [-- sbatch options…] -- COMMAND FLAGS…
#
#   cluster/slurm/submit.sh -n 8 --summary summary.csv -- \
#     sweep --scenario ccg-2013 --vary market.providerChoice=0:1:5 --runs 40 --out runs.csv
#
# Paths in the flags are relative to the directory you submit from. The shards write
# FILE.shard-K-of-N.EXT; the merge job writes FILE (and --summary) byte-identical to a run on
# one machine. Two job scripts are written to that directory and can be submitted again:
#   sbatch --array=2,5 quasimarket-shard.sbatch   # shards that failed (merge names them)
#   sbatch quasimarket-merge.sbatch               # then the merge
# Slurm's own environment variables choose partition, time and so on (SBATCH_PARTITION,
# SBATCH_TIMELIMIT, SBATCH_ACCOUNT…), or give sbatch options between the two `--`.
set -euo pipefail

usage() { sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
shards=''
summary=''
sbatch_opts=()
while [ $# -gt 0 ]; do
  case "$1" in
    -n) shards="${2:-}"; shift 2 ;;
    --summary) summary="${2:-}"; shift 2 ;;
    -h|--help) usage ;;
    --) shift; break ;;
    *) echo "submit.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
# Optional sbatch options, up to a second --.
if printf '%s\n' "$@" | grep -qx -- '--'; then
  while [ "$1" != '--' ]; do sbatch_opts+=("$1"); shift; done
  shift
fi
[[ "$shards" =~ ^[0-9]+$ ]] && [ "$shards" -ge 1 ] || { echo "submit.sh: -n N (the number of shards) is required" >&2; exit 2; }
[ $# -gt 0 ] || { echo "submit.sh: no command given after --" >&2; exit 2; }
case "$1" in ensemble|sweep) ;; *) echo "submit.sh: the command must be ensemble or sweep, got $1" >&2; exit 2 ;; esac
for a in "$@"; do case "$a" in --shard|--shard=*|--summary|--summary=*|--resume) echo "submit.sh: do not pass $a; the script adds --shard, and the merge makes the summary (--summary before --)" >&2; exit 2 ;; esac; done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$(pwd)"
# Node must be on the compute nodes' PATH as here (a module load in ~/.bashrc, or NODE=…).
node="${NODE:-$(command -v node)}"
args="$(printf '%q ' "$@")"

# The files each shard writes, for the merge: every output flag's value.
outputs=()
out_file=''
prev=''
for a in "$@"; do
  case "$prev" in --out|--events|--weekly|--organisations) [ "$a" != '-' ] && outputs+=("$a") ;; esac
  case "$prev" in --out) out_file="$a" ;; esac
  case "$a" in --out=*|--events=*|--weekly=*|--organisations=*) outputs+=("${a#*=}") ;; esac
  case "$a" in --out=*) out_file="${a#*=}" ;; esac
  prev="$a"
done
[ -n "$summary" ] && [ -z "$out_file" ] && { echo "submit.sh: --summary needs --out FILE among the flags" >&2; exit 2; }
[ ${#outputs[@]} -gt 0 ] || { echo "submit.sh: give --out FILE (shards cannot write to standard output)" >&2; exit 2; }

cat > "$here/quasimarket-shard.sbatch" <<SCRIPT
#!/usr/bin/env bash
#SBATCH --job-name=quasimarket-shard
#SBATCH --chdir=$(printf '%q' "$here")
#SBATCH --output=quasimarket-shard-%a.log
# Shard \$SLURM_ARRAY_TASK_ID of $shards. N is written here because a resubmitted task
# (sbatch --array=K this-file) sees SLURM_ARRAY_TASK_COUNT=1.
set -euo pipefail
exec $(printf '%q' "$node") $(printf '%q' "$repo/src/cli/sim.mjs") $args --shard "\$SLURM_ARRAY_TASK_ID/$shards" --quiet
SCRIPT

{
  cat <<SCRIPT
#!/usr/bin/env bash
#SBATCH --job-name=quasimarket-merge
#SBATCH --chdir=$(printf '%q' "$here")
#SBATCH --output=quasimarket-merge.log
# Merges the $shards shards of each output (refuses, naming the missing ones, if any is absent).
set -euo pipefail
sim() { $(printf '%q' "$node") $(printf '%q' "$repo/src/cli/sim.mjs") "\$@"; }
shards() { # FILE → its shards' names: NAME.shard-K-of-N.EXT for K = 0…N-1
  local f="\$1" stem ext
  if [[ "\$f" =~ ^(.*)(\\.(csv|jsonl|parquet)(\\.gz)?)\$ ]]; then stem="\${BASH_REMATCH[1]}"; ext="\${BASH_REMATCH[2]}"; else stem="\${f%.*}"; ext=".\${f##*.}"; fi
  for ((k = 0; k < $shards; k++)); do printf '%s\\n' "\$stem.shard-\$k-of-$shards\$ext"; done
}
SCRIPT
  for f in "${outputs[@]}"; do
    extra=''
    if [ "$f" = "$out_file" ] && [ -n "$summary" ]; then extra="--summary $(printf '%q' "$summary") "; fi
    printf 'mapfile -t files < <(shards %q)\nsim merge --out %q %s"${files[@]}"\n' "$f" "$f" "$extra"
  done
} > "$here/quasimarket-merge.sbatch"

array=$(sbatch --parsable "${sbatch_opts[@]}" --array="0-$((shards - 1))" "$here/quasimarket-shard.sbatch")
array="${array%%;*}"
merge=$(sbatch --parsable "${sbatch_opts[@]}" --dependency="afterok:$array" --kill-on-invalid-dep=yes "$here/quasimarket-merge.sbatch")
merge="${merge%%;*}"
echo "submitted shards as array job $array (0-$((shards - 1))) and the merge as job $merge (after they all succeed)"
echo "if a shard fails: sbatch --array=K quasimarket-shard.sbatch, then sbatch quasimarket-merge.sbatch"
