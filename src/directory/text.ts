const MARKS_RE = /\p{M}+/gu;
const NON_WORD_RE = /[^\p{L}\p{N}]+/gu;
const EXTRA: Record<string, string> = { ı: 'i', ł: 'l', ø: 'o', ß: 'ss', đ: 'd' };
const EXTRA_RE = /[ıłøßđ]/g;

/**
 * Folds text for matching: lower case, no diacritics (Romanian ă â î ș ş ț ţ, Hungarian á é í ó ö
 * ő ú ü ű, Ukrainian й stays a letter after folding), punctuation as spaces. "Asistență" →
 * "asistenta", "Kolozsvár" → "kolozsvar", "Șţ" and "Şț" → "st".
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(MARKS_RE, '')
    .toLowerCase()
    .replace(EXTRA_RE, (c) => EXTRA[c] ?? c)
    .replace(NON_WORD_RE, ' ')
    .trim();
}
