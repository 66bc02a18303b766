/**
 * Romanian help lines that were verified (see docs/data/ro-helplines.md, which names the source
 * of each fact). A wrong number on a help display is a safety defect: add a line here only with a
 * source, and never add 116 016, 116 123 or 116 006 (not operated in Romania).
 */
export interface Helpline {
  /** Stable id, also the translation key of its description. */
  id: 'national' | 'emergency' | 'emergency-sms' | 'child-abuse' | 'child-helpline';
  /** E.164 or national short number as dialled. */
  number: string;
  /** How the number is written for people. */
  display: string;
  /** `tel:` or `sms:` link target. */
  href: string;
  /** Operator, as a proper name (not translated). */
  operator: string;
  open247: boolean;
  free: boolean;
  /** Where the fact was checked. */
  source: string;
}

export const NATIONAL_HELPLINE: Helpline = {
  id: 'national',
  number: '0800500333',
  display: '0800 500 333',
  href: 'tel:0800500333',
  operator: 'ANES',
  open247: true,
  free: true,
  source: 'anes.gov.ro, call-center page',
};

export const EMERGENCY: Helpline = {
  id: 'emergency',
  number: '112',
  display: '112',
  href: 'tel:112',
  operator: 'STS',
  open247: true,
  free: true,
  source: 'politiaromana.ro',
};

/** Emergency SMS for deaf or speech-impaired people; shown only with its registration note. */
export const EMERGENCY_SMS: Helpline = {
  id: 'emergency-sms',
  number: '113',
  display: '113',
  href: 'sms:113',
  operator: 'STS',
  open247: true,
  free: true,
  source: 'radiocluj.ro (2022)',
};

/** Reporting child abuse, neglect and exploitation (DGASPC county call centres). */
export const CHILD_ABUSE: Helpline = {
  id: 'child-abuse',
  number: '119',
  display: '119',
  href: 'tel:119',
  operator: 'DGASPC',
  open247: true,
  free: true,
  source: 'rador.ro (2022-01-25)',
};

/** Child helpline; its hours were not re-verified, so none are shown. */
export const CHILD_HELPLINE: Helpline = {
  id: 'child-helpline',
  number: '116111',
  display: '116 111',
  href: 'tel:116111',
  operator: 'Asociația Telefonul Copilului',
  open247: false,
  free: true,
  source: 'aradcity.ro; evz.ro (2026)',
};

// The anti-trafficking line 0800 800 678 (ANITP) is optional in docs/data/ro-helplines.md and shown by no
// element, so it has no constant here; add one with its source if an element comes to show it.
