// `npm run bench`'s sizes, each of which the environment may set (a small run: BENCH_LISTS=20
// BENCH_WARM_UP=3 BENCH_COLD_STARTS=1 BENCH_SEARCHES=20), and the budgets it reports against.

export const LISTS = Number(process.env.BENCH_LISTS ?? 500);
export const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 30);
export const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 10);
export const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 1000);
/** Lists made for one council for its sufficiency picture and what-if, and how often each is timed. */
export const SUFFICIENCY_LISTS = Number(process.env.BENCH_SUFFICIENCY_LISTS ?? 2000);
/** Cases copied into the 24 months before, so the picture's look-back is not empty: two years at today's rate. */
export const SUFFICIENCY_HISTORY = Number(process.env.BENCH_SUFFICIENCY_HISTORY ?? 2 * SUFFICIENCY_LISTS);
export const SUFFICIENCY_RUNS = Number(process.env.BENCH_SUFFICIENCY_RUNS ?? 10);
export const BUDGET = {
  p50Ms: 10,
  p99Ms: 40,
  ratioP50: 1.5,
  /** DynamoDB reads per list in the steady state, and their sequential rounds (the write apart). */
  readsPerList: 4,
  roundsPerList: 2,
  bundleBytes: 1.5 * 1024 * 1024,
  /** The API's cold start: a fresh process imports the bundle, loads the register and answers a list. */
  coldStartMs: 700,
  rssBytes: 300 * 1024 * 1024,
  searchP50Ms: 50,
  pageRatioP50: 1.5,
  pageTransferBytes: 120 * 1024,
  webColdStartMs: 600,
  /** `sufficiency` for a council with 2,000 lists, p50. */
  sufficiencyP50Ms: 1000,
  /** `sufficiencyWhatIf` over the period's lists (budget set for 1,000; the bench gives it 2,000). */
  whatIfMs: 2000,
};
