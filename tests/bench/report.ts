// How `npm run bench` prints: one line a measure (label, value, verdict against its budget).

export const line = (label: string, value: string, verdict = '') =>
  console.log(`${label.padEnd(44)} ${value.padEnd(34)} ${verdict}`);
export const verdict = (ok: boolean) => (ok ? 'within budget' : 'OVER BUDGET');
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
