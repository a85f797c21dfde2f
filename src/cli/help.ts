// --help text for each command.
const RUN_FLAGS = `  --scenario <id|path>   a preset id (npm run sim -- presets) or a scenario .json file, UTF-8,
                         at most 5 MB (required)
  --seed N               seed of the run, or root seed S of an ensemble or sweep (default: the scenario's)
  --years N              simulated financial years, 1 to 100 (default: the scenario's)
  --from YEAR            start in April of YEAR (1991 to 2025) with that year's structures and inputs;
                         a run following the timeline's events takes the regime then in force and,
                         without --years, ends when the scenario did (history-1991-2025 --from 2010: 16 years)
  --scale S              local | region | england (default: the scenario's)
  --area CODE            anchor a local run on a real ICB footprint (e.g. QYG) or a region run on
                         a region (e.g. Y62) or a footprint's region; list them with \`sim areas\`
  --reform R@Y           apply regime R at the start of simulated year Y (1 = first); repeatable;
                         replaces a reform the scenario has in that year
  --set P=V              override parameter P (npm run sim -- params); repeatable
  --force                replace an output that is the scenario file or is read-only;
                         start an ensemble or sweep afresh over an interrupted one's checkpoint
  --quiet, -q            no progress bar or summary line on stderr`;

const CHOICES = `  --metrics a,b,c        yearly metrics to write (year, financial_year and regime always come
                         first); an unknown name is refused with the list of valid ones
  --weekly FILE          weekly series (year to date) of the chosen metrics that have one
  --events FILE          model events (JSON lines by default) - for standard output
  --event-types t,u      only these event types (EVENT_TYPES in src/model/events.ts); events no
                         output reads are never built, which saves time
  --organisations FILE   each commissioner and provider at each year end: finances, capacity,
                         trust, contracts, waiting list`;

const FORMATS = `Formats follow the file's extension: .csv, .jsonl, either gzipped (.csv.gz, .jsonl.gz), or
.parquet (read by pandas, R's arrow, DuckDB, Spark). Every file written is recorded, with
what made it (version, commit, command, scenario and its SHA-256, seed, flags) and a
table schema, in datapackage.json in its directory (a Frictionless Data Package).`;

const SHARDS = `  --shard K/N            run only shard K (0 to N-1) of N: the jobs whose index mod N is K,
                         with the seeds they have in the whole batch; files are written as
                         NAME.shard-K-of-N.EXT; sim merge combines them (no --summary here)`;

const OUTPUTS = `Outputs: a file is written under a temporary name beside it (.NAME.PID.partial) and
renamed into place only when the command succeeds; meanwhile a lock file beside it
(.NAME.lock) makes a second job given the same file stop at once, naming the first.
- is standard output; a device (/dev/null) or FIFO is written through, never replaced.
A symlink is followed: the file it points to is replaced, the link stays. The scenario
file and read-only files are replaced only with --force; a directory never.`;

export const HELP: Record<string, string> = {
  main: `Quasimarket: agent-based simulator of the English NHS health economy, headless.

Usage: npm run -s sim -- <command> [flags]        (-s keeps npm's banner out of stdout)
       node src/cli/sim.mjs <command> [flags]    (the same, without npm's start-up time)

Commands:
  run        run one scenario; yearly metrics as CSV, optionally events and relationships
  ensemble   N runs of one scenario with derived seeds, on worker threads; rows and a summary
  sweep      vary parameters over a grid or a Latin hypercube, N runs at each point
  sa         sensitivity analysis: Morris or Sobol' indices of any parameters on any outputs
  design     run every row of a design made elsewhere (SALib, EMA Workbench), N runs each
  calibrate  fit parameters to target patterns by approximate Bayesian computation (ABC-SMC)
  merge      combine the shards of an ensemble, sweep, sa or design run with --shard K/N
  check      validate a scenario file (or preset plus flags) and print it, normalised
  presets    list the preset scenarios
  params     list the parameters (id, meaning, unit, range, default, source)
  regimes    list the regimes with their summaries
  areas      list the 42 ICB footprints (codes, names, regions) a scenario's area may name

Each command takes --help; --version prints the version and git commit. Columns are
documented in docs/metrics.md. Numbers in flags are plain decimals (0.6, -2, 1.5e-3);
whole-number flags take digits only.

${FORMATS}

${OUTPUTS}
Ctrl-C or SIGTERM stops cleanly: partial files are removed, and an ensemble or sweep with
--out keeps its complete runs and prints the command that continues it (--resume).
A second Ctrl-C stops at once (still removing partial files).

Exit status (messages are one line "quasimarket: ..." on stderr):
  0    success
  1    the model failed, or a file could not be read, written or locked (the file is named)
  2    bad input: a flag, the scenario file, or an output not to be replaced without --force
  130  stopped by Ctrl-C (SIGINT); 143 by SIGTERM
  141  standard output was closed by its reader (e.g. | head): stops quietly, as Unix tools do
`,
  run: `Usage: npm run -s sim -- run --scenario <id|path> [flags]

Runs one scenario to the end. Writes one CSV row per simulated year (columns in
docs/metrics.md) to --out, or to stdout without --out.

${RUN_FLAGS}
  --out FILE             yearly rows: seed, then the yearly columns (default, or -: stdout)
${CHOICES}
  --relationships FILE   one row per commissioner-provider pair at the end (- for stdout)
  --areas FILE           one row per area (ICB footprint, with code and region) and year:
                         population, spend, deficits, waiting list, arbitrations (- for stdout)

${FORMATS}

Files are written only when the run succeeds (see npm run -s sim -- --help, "Outputs").
Standard output is written year by year; if the run fails or is stopped, the message on
stderr says it is incomplete. Example:
  npm run -s sim -- run --scenario ccg-2013 --years 5 --reform icb-2022@4 --set market.providerChoice=0.6 --out ccg.csv
  npm run -s sim -- run --scenario history-1991-2025 --from 2010 --out since-2010.csv
`,
  ensemble: `Usage: npm run -s sim -- ensemble --scenario <id|path> --runs N [flags]

Runs the scenario N times; run i has seed runSeed(S, i), whatever the number of workers,
so output is byte-identical for any --workers. Rows: one per run per year (long format),
tagged with run (0-based) and seed, then the yearly columns.

${RUN_FLAGS}
  --runs N               repetitions, 1 to 100000 (required)
  --workers K            worker threads (default: available cores for large batches; 1 = this
                         thread below ~5,000 local-scale run-years (a region year counts 20, an
                         England year 55), where each extra thread's JIT warm-up, 2-3 s of CPU,
                         costs more than it saves); more than the cores available is capped, with a note
  --out FILE             per-run rows (default, or -: stdout)
  --summary FILE         per year and metric: n, mean, sd, min, p05, median, p95, max
${CHOICES}
${SHARDS}
  --resume               continue an ensemble stopped by Ctrl-C, SIGTERM or a full disk (same
                         command, same --out): complete runs are kept from the checkpoint beside
                         --out (.NAME.partial), the rest run; the stop message prints this command.
                         Without --resume (or --force), a checkpoint holding runs is not overwritten
Rows are tagged with scenario, scale, run and seed (events, weekly and organisation rows too).
--resume needs --out FILE.csv and continues --out and --summary only.
Examples:
  npm run -s sim -- ensemble --scenario icb-2022 --runs 20 --out runs.csv --summary summary.csv
  npm run -s sim -- ensemble --scenario icb-2022 --runs 100 --shard 0/4 --out runs.parquet
`,
  sweep: `Usage: npm run -s sim -- sweep --scenario <id|path> --vary P=FROM:TO:STEPS [--vary ...] --runs N [flags]

Varies parameters over a full grid (every combination of each --vary's STEPS evenly spaced
values) or, with --design lhs --samples M, a seeded Latin hypercube of M points over the
ranges FROM:TO. Every point runs N repetitions; repetition r uses seed runSeed(S, r) at
every point (common random numbers). Rows are tagged with point, the varied values, run
and seed.

${RUN_FLAGS}
  --vary P=FROM:TO:STEPS parameter to vary (repeatable); STEPS is ignored by --design lhs
  --design grid|lhs      full factorial grid (default) or Latin hypercube sampling
  --samples M            design points for --design lhs
  --runs N               repetitions at each point (default 1)
  --workers K            worker threads (default and cap: as for ensemble)
  --out FILE             per-run rows (default, or -: stdout)
  --summary FILE         per point, year and metric: n, mean, sd, min, p05, median, p95, max
${CHOICES}
${SHARDS}
  --resume               continue a sweep stopped by Ctrl-C, SIGTERM or a full disk (same command,
                         same --out)
Example:
  npm run -s sim -- sweep --scenario ccg-2013 --vary market.providerChoice=0:1:5 --vary trust.initial=0.3:0.7:3 --runs 10 --out sweep.csv --summary sweep-summary.csv
`,
  check: `Usage: npm run -s sim -- check --scenario <id|path> [--seed N] [--years N] [--scale S] [--reform R@Y ...] [--set P=V ...]

Checks the scenario and flags as run would, without running, and prints the resulting
scenario as JSON (defaults filled in, reforms sorted). Exit 0 when valid; otherwise exit 2
and one line naming each problem. Save flags as a scenario file:
  npm run -s sim -- check --scenario ccg-2013 --reform icb-2022@6 --set trust.initial=0.4 > my-scenario.json
`,
  presets: `Usage: npm run -s sim -- presets

Lists the preset scenarios in public/scenarios (id, regime, years, name).
`,
  params: `Usage: npm run -s sim -- params [--group G] [--format table|csv|json]

Lists the parameter registry: id, group, unit, range, default, meaning and source.
  --group G              only the parameters whose group contains G (case-insensitive)
  --format F             table (default), csv or json
`,
  merge: `Usage: npm run -s sim -- merge --out FILE [--summary FILE] SHARD-FILES...

Combines the files of an ensemble, sweep, sa or design run in shards (--shard K/N) into the
file one machine would have written, byte for byte, in the shards' format (give --out the
same extension). --summary computes the summary from the merged rows, as a single run does.
Each shard's plan (scenario, seed, runs, design) is checked in the datapackage.json beside
it: shards of different plans are refused, and so are incomplete sets, naming the missing
shards and the array indices to submit again. Merge each output (rows, events, weekly,
organisations) on its own. Example:
  npm run -s sim -- merge --out runs.csv --summary summary.csv runs.shard-*.csv
  --force, --quiet       as for the other commands
`,
  areas: `Usage: npm run -s sim -- areas [--format table|csv|json]

Lists England's 42 ICB footprints (ODS code, name, NHS England region, registered
population) by region. A scenario's "area" anchors a local run on a footprint (an ICB
code) or a region run on a footprint's region (an ICB or region code); the england scale
has them all. Data: ONS and NHS England, Open Government Licence v3.0.
  --format F             table (default), csv or json
`,
  sa: `Usage: npm run -s sim -- sa --method morris|sobol --scenario <id|path> --vary P=LO:HI [--vary ...]
       --outputs metric,... [flags]

Global sensitivity analysis of the parameters varied over their ranges on the yearly outputs
named. Each design point runs --runs times with the seeds of an ensemble (run r has seed
runSeed(S, r) at every point: common random numbers); a point's output is the mean over its
runs of the --stat of the metric over the --years-of-interest. Writes the indices as a tidy
CSV (method, parameter, output, index, value, ci_low, ci_high), a figure, and datapackage.json.

  --method morris        Morris elementary effects: mu, mu_star (mean absolute effect of moving
                         the parameter across its range) and sigma; Campolongo et al. (2007):
                         --trajectories r kept (default 10) of --candidates M drawn (default 4r)
                         to maximise their spread, on a grid of --levels p (even, default 4);
                         (k + 1) x r points for k parameters
  --method sobol         Sobol' first-order (S1) and total-order (ST) indices: Saltelli (2010)
                         sampling from a Sobol' sequence, Jansen's estimators; --samples N base
                         samples (default 64; a power of 2 is best), N x (k + 2) points
  --vary P=LO:HI         a parameter and its range, within the registry's (npm run sim -- params);
                         repeatable
  --outputs a,b          yearly metrics analysed (docs/metrics.md)
  --stat S               mean (default), sum, min, max, first, last, change (last - first) or
                         growth (last / first - 1) over the years of interest
  --years-of-interest Y  financial years by their first calendar year: 2015, 2015-2017 or
                         2015/16-2017/18 (default: every year of the run)
  --runs N               runs at each design point, averaged (default 1)
  --bootstrap B          bootstrap resamples for the intervals (default 1000; 0: none)
  --confidence C         the intervals' level (default 0.95)
  --out FILE             the indices (default, or -: stdout)
  --figure FILE.svg      mu_star against sigma (Morris) or S1 and ST bars (Sobol'), per output
  --rows FILE            every run's yearly rows, tagged with point, the values, run and seed
                         (as a sweep's; a .csv is checkpointed for --resume)
  --from-rows FILE       compute the indices from a rows file (merged shards) instead of running:
                         give the same scenario and flags; the file's runs are checked against them
${RUN_FLAGS}
  --workers K, --resume, --summary FILE, --weekly, --events, --organisations: as for sweep
${SHARDS.replace('(no --summary here)', '(with --rows; no --out, --figure or --summary)')}
Examples:
  npm run -s sim -- sa --method morris --scenario ccg-2013 --years 5 --vary market.providerChoice=0.1:0.9 --vary trust.initial=0.3:0.8 --outputs arbitrations,mean_trust --out morris.csv --figure morris.svg
  npm run -s sim -- sa --method sobol --samples 64 --scenario ccg-2013 --years 5 --vary market.providerChoice=0.1:0.9 --vary trust.initial=0.3:0.8 --vary tender.propensity=0.5:2 --outputs mean_trust --out sobol.csv
  for k in 0 1 2 3; do npm run -s sim -- sa --method sobol ... --rows rows.csv --shard $k/4; done
  npm run -s sim -- merge --out rows.csv rows.shard-*.csv && npm run -s sim -- sa --method sobol ... --from-rows rows.csv --out sobol.csv
`,
  design: `Usage: npm run -s sim -- design --scenario <id|path> --from design.csv [--runs N] [flags]

Runs every row of a design made elsewhere (SALib, EMA Workbench, R, a spreadsheet): a CSV
whose header names parameter ids (npm run sim -- params) and whose rows give their values.
A first column with an empty name (pandas' index) is ignored; an unknown id, a value that is
not a plain number or is out of the parameter's range, or a row of the wrong length is
refused, naming its line, before anything runs. Values are kept to 6 decimals (whole numbers
for whole-number parameters). Every row runs N times; repetition r has seed runSeed(S, r) at
every row (common random numbers). Rows are tagged as a sweep's: point (0 = the file's first
data row), the parameters' values, run and seed.

${RUN_FLAGS.replace(/ {2}--from YEAR[\s\S]*?\n(?= {2}--scale)/, '  (to start in a later year of the timeline, give the scenario a startYear)\n')}
  --from FILE            the design (required)
  --runs N               repetitions of each row (default 1)
  --workers K            worker threads (default and cap: as for ensemble)
  --out FILE             per-run rows (default, or -: stdout)
  --summary FILE         per point, year and metric: n, mean, sd, min, p05, median, p95, max
${CHOICES}
${SHARDS}
  --resume               continue a design run stopped by Ctrl-C, SIGTERM or a full disk
Example (the design from SALib in Python:
  pd.DataFrame(saltelli.sample(problem, 64), columns=problem["names"]).to_csv("design.csv", index=False)):
  npm run -s sim -- design --scenario ccg-2013 --from design.csv --runs 5 --out runs.csv --summary summary.csv
`,
  regimes: `Usage: npm run -s sim -- regimes

Lists the regimes a scenario or --reform may name, with their summaries.
`,
};
