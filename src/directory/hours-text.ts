import { DAYS, type Day, type Slot } from './schema.js';

/**
 * Opening hours as a maintainer writes them in a spreadsheet cell:
 *   `24/7`, or slots separated by `;` such as `Mo-Fr 08:00-16:00; Sa 09:00-13:00`.
 * Day names: English `Mo Tu We Th Fr Sa Su` (written by export) or Romanian
 * `Lu Ma Mi Jo Vi Sâ Du` (accepted on import), single days, lists (`Mo,We`) and ranges (`Mo-Fr`).
 */

const LABEL: Record<Day, string> = { mo: 'Mo', tu: 'Tu', we: 'We', th: 'Th', fr: 'Fr', sa: 'Sa', su: 'Su' };
const ALIASES: Record<string, Day> = {
  mo: 'mo', tu: 'tu', we: 'we', th: 'th', fr: 'fr', sa: 'sa', su: 'su',
  lu: 'mo', ma: 'tu', mi: 'we', jo: 'th', vi: 'fr', sâ: 'sa', sb: 'sa', du: 'su',
};

function formatDays(days: readonly Day[]): string {
  const idx = days.map((d) => DAYS.indexOf(d));
  const consecutive = idx.length >= 3 && idx.every((v, i) => i === 0 || v === idx[i - 1] + 1);
  if (consecutive) return `${LABEL[days[0]]}-${LABEL[days[days.length - 1]]}`;
  return days.map((d) => LABEL[d]).join(',');
}

export function formatSlots(open247: boolean | undefined, weekly: readonly Slot[] | undefined): string {
  if (open247) return '24/7';
  return (weekly ?? []).map((s) => `${formatDays(s.days)} ${s.opens}-${s.closes}`).join('; ');
}

const normTime = (t: string) => {
  const [h, m] = t.split(/[:.]/);
  return `${h.padStart(2, '0')}:${m}`;
};

/** Parses a cell; returns the slots or a reason the cell cannot be read. */
export function parseSlots(cell: string): { open247?: true; weekly?: Slot[] } | { error: string } {
  const text = cell.trim();
  if (!text) return {};
  if (/^(24\/7|non-?stop|nonstop)$/i.test(text)) return { open247: true };
  const weekly: Slot[] = [];
  for (const part of text.split(/[;\n]/).map((p) => p.trim()).filter(Boolean)) {
    const m = /^(.+?)\s+(\d{1,2}[:.]\d{2})\s*[-–]\s*(\d{1,2}[:.]\d{2})$/u.exec(part);
    if (!m) return { error: `cannot read "${part}" (write e.g. "Mo-Fr 08:00-16:00; Sa 09:00-13:00" or "24/7")` };
    const days: Day[] = [];
    for (const piece of m[1].split(',').map((p) => p.trim().toLowerCase())) {
      const range = piece.split(/\s*[-–]\s*/);
      const ends = range.map((r) => ALIASES[r]);
      if (ends.some((e) => e === undefined) || range.length > 2) return { error: `unknown day "${piece}" in "${part}"` };
      if (ends.length === 1) days.push(ends[0]);
      else {
        const a = DAYS.indexOf(ends[0]);
        const b = DAYS.indexOf(ends[1]);
        if (b < a) return { error: `day range "${piece}" runs backwards` };
        days.push(...DAYS.slice(a, b + 1));
      }
    }
    weekly.push({ days, opens: normTime(m[2]), closes: normTime(m[3]) });
  }
  return { weekly };
}
