import { type ItemStatus, STATUS_LABELS } from '../../shared/checklist/item-status.ts';
import type { ItemState } from './item-state.ts';
import type { PageContext } from './page-context.ts';

/** A mark and a class per state: the mark and the word carry the meaning, the colour repeats it. */
const LOOKS: Record<ItemState | ItemStatus, { mark: string; tone: string }> = {
  met: { mark: '✓', tone: 's-met' },
  dat: { mark: '✓', tone: 's-met' },
  khong_ap_dung: { mark: '○', tone: 's-na' },
  failing: { mark: '✗', tone: 's-fail' },
  chua_dat: { mark: '✗', tone: 's-fail' },
  none: { mark: '–', tone: 's-none' },
  chua_kiem_tra: { mark: '–', tone: 's-none' },
};

/** An item's state at a period's end, or a stored answer status, as a short mark and its word. */
export function StatusMark({ page, status }: { page: PageContext; status: ItemState | ItemStatus }) {
  const { mark, tone } = LOOKS[status];
  const word =
    status === 'met' || status === 'failing' || status === 'none'
      ? page.t(`state_${status}`)
      : STATUS_LABELS[status][page.language];
  return (
    <span class={`status ${tone}`} data-status={status}>
      <span aria-hidden="true">{mark}</span> {word}
    </span>
  );
}
