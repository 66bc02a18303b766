/** Cell conversions shared by the CSV and HSDS importers. */

const TRUE = new Set(['true', 'yes', 'y', 'da', 'd', '1', 'x', 'adevărat', 'adevarat', 'igen', 'i', 'так', 'wahr', 'vrai']);
const FALSE = new Set(['false', 'no', 'n', 'nu', '0', 'fals', 'nem', 'ні', 'falsch', 'faux']);

/** `yes`/`no`, `true`/`false`, `da`/`nu`, Excel's `TRUE`/`ADEVĂRAT`…; `undefined` when empty. */
export function toBool(cell: string): boolean | undefined | Error {
  const v = cell.trim().toLowerCase();
  if (!v) return undefined;
  if (TRUE.has(v)) return true;
  if (FALSE.has(v)) return false;
  return new Error(`"${cell}" is not yes/no (write yes or no)`);
}

/** Splits a multi-value cell on `|`, `;` or `,`. */
export function toList(cell: string): string[] {
  return cell
    .split(/[|;,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A number with a decimal point or a decimal comma (Excel in Romanian writes `46,7712`). */
export function toNumber(cell: string): number | undefined | Error {
  const v = cell.trim().replace(/\s/g, '');
  if (!v) return undefined;
  const normal = /^-?\d+,\d+$/.test(v) ? v.replace(',', '.') : v;
  const n = Number(normal);
  return Number.isFinite(n) && /^-?\d+(\.\d+)?(e-?\d+)?$/i.test(normal) ? n : new Error(`"${cell}" is not a number`);
}

/** ISO `YYYY-MM-DD` as is; Romanian `DD.MM.YYYY` converted; anything else left for the validator. */
export function toDate(cell: string): string | undefined {
  const v = cell.trim();
  if (!v) return undefined;
  const ro = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
  if (ro) return `${ro[3]}-${ro[2].padStart(2, '0')}-${ro[1].padStart(2, '0')}`;
  const iso = /^(\d{4})-(\d{2})-(\d{2})[T ]00:00(:00)?(\.0+)?Z?$/.exec(v);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  return v;
}

/**
 * A phone number as maintainers type it, to E.164: spaces, dots, dashes and brackets removed;
 * `+40 (0)264 000 001` → `+40264000001` (the trunk 0 in brackets dropped; refused after another
 * country code, where Reper cannot know the rule);
 * `0040…` → `+40…`; a Romanian national number `0264 000 001` → `+40264000001`; `40264000001`
 * (Excel dropped the `+`) → `+40264000001`. Short numbers (112, 116 111) stay short.
 */
export function toPhone(cell: string): string | undefined | Error {
  // An apostrophe typed to keep the number as text in a spreadsheet is not part of it.
  const raw = cell.trim().replace(/^'/, '').trim();
  if (!raw) return undefined;
  if (/^\d(\.\d+)?e\+\d+$/i.test(raw) || /^\d+,\d+e\+\d+$/i.test(raw)) {
    return new Error(`"${raw}" was turned into a number by the spreadsheet; format the column as text and type the number again`);
  }
  // `+40 (0)264 123 456`: the national trunk 0 in brackets is dialled only from inside the country.
  const trunk = /^(\+|00)\s*(\d{1,3})[\s.-]*\(\s*0\s*\)/.exec(raw);
  if (trunk && trunk[2] !== '40') {
    return new Error(`"${raw}" has a national trunk "(0)" after +${trunk[2]}: write the number without it, as dialled from abroad`);
  }
  let v = (trunk ? raw.slice(0, trunk.index) + trunk[1] + trunk[2] + raw.slice(trunk.index + trunk[0].length) : raw).replace(/[\s.\-()/]/g, '');
  if (v.startsWith('00')) v = `+${v.slice(2)}`;
  else if (/^0\d{9}$/.test(v)) v = `+40${v.slice(1)}`;
  else if (/^40\d{9}$/.test(v)) v = `+${v}`;
  return v;
}

export function clean(cell: string | undefined): string | undefined {
  const v = cell?.trim();
  return v ? v : undefined;
}
