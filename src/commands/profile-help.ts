// `modelops profile --help`, apart from the command so the CLI shows it without loading the command.
export const PROFILE_HELP = `Usage: modelops profile FILE [options]
       modelops profile --sql --table TABLE [options]
       modelops profile --from-rows ROWS.json [options]

Profiles data for drift checks without moving it: per feature, the share of missing values, bin counts
and sums over equal-width bins (numeric) or category counts (categorical), as JSON
(schemas/profile.schema.json). \`modelops drift --current PROFILE.json\` compares a current profile
with the reference; KS and Wasserstein are then binned approximations, and the report says so.

  FILE                 Profile a local CSV, JSONL or Parquet file (path as given, relative to the
                       working directory) and print the profile
  --sql                Print the SQL that computes the same profile in a warehouse, for --table
  --table TABLE        Table (or view, or subquery in parentheses) the SQL reads
  --dialect NAME       duckdb (default), spark or bigquery: identifier quoting and type names only
  --from-rows FILE     Turn the SQL's result rows, saved as JSON (an array) or JSON lines, into the
                       profile (e.g. DuckDB: COPY (<sql>) TO 'rows.json' (FORMAT JSON))

Options:
  --repo DIR           Repository root (default: .)
  --model NAME         Whose features to profile (default: the repository's only model)
  --reference FILE     Count numeric features over this reference profile's bin edges (a current
                       profile). Without it, the profile is a reference profile over its own range
  --bins N             Equal-width bins per numeric feature of a reference profile (default 100)
  --chunk-by COLUMN    With --sql and --from-rows (and --reference): one current profile per calendar
                       period of this TIMESTAMP column, grouped in the warehouse (date_trunc), for the
                       monitoring series of data too big for a runner
  --period P           The chunk period: day, week (ISO, from Monday; default) or month
  --output FILE        Write the profile (or the SQL) to FILE instead of standard output
  -h, --help           Show this help

Exit codes: 0 done, 2 invalid input or usage.
`;
