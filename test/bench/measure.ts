/** Median wall time in milliseconds of `run`, after a warm-up, over at least `minRuns` runs. */
export function medianMs(run: () => unknown, minRuns = 30): number {
  for (let i = 0; i < 5; i += 1) run();
  const times: number[] = [];
  const deadline = performance.now() + 200;
  while (times.length < minRuns || (performance.now() < deadline && times.length < 2000)) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? 0;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** Prints rows as an aligned table under a title. */
export function printTable(title: string, header: string[], rows: (string | number)[][]): void {
  const cells = [
    header,
    ...rows.map((row) =>
      row.map((cell) =>
        typeof cell === 'number' && !Number.isInteger(cell) ? cell.toFixed(3) : String(cell),
      ),
    ),
  ];
  const widths = header.map((_, i) => Math.max(...cells.map((row) => String(row[i]).length)));
  console.log(`\n${title}`);
  for (const [index, row] of cells.entries()) {
    console.log(row.map((cell, i) => String(cell).padEnd(widths[i] ?? 0)).join('  '));
    if (index === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
