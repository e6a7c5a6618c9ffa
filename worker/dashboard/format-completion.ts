/** `complete/total (NN %)`, the figure the dashboard and its printout show (Vietnamese spacing before %). */
export function formatCompletion(complete: number, total: number): string {
  const percent = total === 0 ? '–' : `${Math.round((complete / total) * 100)} %`;
  return `${complete}/${total} (${percent})`;
}
