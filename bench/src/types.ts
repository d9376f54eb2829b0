/** A benchmark suite prints tables that compare against baselines measured in the same run. */
export type Cell = string | number;
export interface BenchTable {
  title: string;
  columns: string[];
  rows: Cell[][];
  /** How to read the table: units, what the baseline is, what the ratio means. */
  notes?: string[];
}
export interface BenchContext {
  /** Smaller sizes for a quick look (`npm run bench -- --quick`). */
  quick: boolean;
  /** The pipeline suite also measures each issue 22 headroom change alone (`npm run bench -- --only pipeline --knobs`). */
  knobs?: boolean;
  /** The pipeline suite also runs the fabric as one process per node (`--processes`). */
  processes?: boolean;
  progress(message: string): void;
}
export interface BenchSuite {
  name: string;
  run(ctx: BenchContext): Promise<BenchTable[]>;
}
