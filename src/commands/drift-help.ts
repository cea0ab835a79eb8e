// `modelops drift --help`, apart from the command so the CLI shows it without loading the command.
export const DRIFT_HELP = `Usage: modelops drift [MODEL...] [options]

The scheduled check of production models. For every model whose manifest says stage: production (or
the named ones), compares its reference data (data.reference) with its current data
(monitoring.current: a path, a glob or a DuckDB query, read afresh on every run; or --current):
  features     a test per feature (KS, chi-squared, z, Wasserstein, Jensen-Shannon, PSI, Hellinger:
               gates.drift's method, else Evidently's default by type and size), a multiple-testing
               correction, and the share of drifted features against gates.drift.drift_share
  missing      each feature's share of missing values, reference against current
  prediction   the same test on the model's scores
  domain       a classifier trained to tell current from reference rows: drift when its cross-validated
               ROC AUC is above the threshold of its permutation null at these sizes (false-alarm rate
               gates.drift.domain_classifier.alpha, default 0.05; never below 0.5), top features
  performance  CBPE's label-free estimate of accuracy, precision, recall, F1 and ROC AUC (binary
               classifiers) with a sampling band, and the realised values when the data has labels
  staleness    days since the latest <name>#production#<n> tag, against monitoring.retraining
               max_interval (stale: fail) and min_interval (retraining now too soon: no dispatch)
  series       with monitoring.chunks: every signal above per chunk (period, size or count) of the
               current data, with alert bands from the reference cut into chunks of the same size,
               realised metrics where monitoring.labels arrived, and the chunks earlier runs logged;
               the latest chunk decides the verdict ("drifting since" the chunk its alerts began)
The report's monitoring section says, per model, whether to open or update its drift issue and
whether to dispatch retraining (monitoring.retraining.trigger).

Options:
  --repo DIR                 Repository root (default: .)
  --issue                    Print the GitHub issue the scheduled Action would open, update or close
  --current PATH|GLOB        Current data instead of monitoring.current (one model only): a file or a
                             glob of files (quote it). A relative path or glob is relative to the
                             repository root and must stay inside it; an absolute path is read
                             wherever it is. A profile (JSON, kind: Profile,
                             from modelops profile) is compared as a profile: per-feature tests only,
                             KS and Wasserstein as binned approximations
  --log                      Models with monitoring.chunks: append this run's chunks that are new or
                             changed to the monitoring log (branch modelops/monitoring, fetched from
                             and pushed to --log-remote, default origin when there is one); the
                             series always shows the chunks earlier runs logged
  --log-remote NAME          The remote of the monitoring log
  --reference-profile FILE   Compare a current profile with this reference profile (default: profile
                             data.reference locally over the current profile's bin edges)
  --seed N                   Seed of the domain classifier and the calibration choice (default 0)
  --format FORMAT            text (default), json, markdown or html
  --output FILE              Also write the JSON report to FILE
  --report-dir DIR           Also write report.json, report.md and report.html to DIR
  --no-color                 Plain text output (also NO_COLOR=1)
  -h, --help                 Show this help

Exit codes: 0 no model drifted or is stale, 1 a model drifted or is stale, 2 invalid input or usage.
`;
