// `npm run bench`'s sizes, each of which the environment may set (a small run: BENCH_LISTS=20
// BENCH_WARM_UP=3 BENCH_COLD_STARTS=1 BENCH_SEARCHES=20), and the budgets it reports against.

export const LISTS = Number(process.env.BENCH_LISTS ?? 500);
export const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 30);
export const COLD_STARTS = Number(process.env.BENCH_COLD_STARTS ?? 10);
export const SEARCHES = Number(process.env.BENCH_SEARCHES ?? 1000);
export const BUDGET = {
  ratioP50: 2,
  p99Ms: 150,
  bundleBytes: 1.5 * 1024 * 1024,
  coldStartMs: 500,
  searchP50Ms: 50,
  pageRatioP50: 1.5,
  pageTransferBytes: 120 * 1024,
  webColdStartMs: 600,
};
