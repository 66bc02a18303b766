/** What scanning a code does, to build its accessible name. */
export type QrKind = 'url' | 'tel' | 'sms' | 'mailto' | 'geo' | 'text';

export interface QrTarget {
  kind: QrKind;
  /** A short, readable form of the target: `example.org/help`, `0800 500 333`, the text itself. */
  target: string;
}

/** Classifies a code's value and shortens it for people (no scheme, no query string). */
export function describeValue(value: string): QrTarget {
  const v = value.trim();
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(v)?.[1]?.toLowerCase();
  if (scheme === 'https' || scheme === 'http') {
    try {
      const url = new URL(v);
      const path = url.pathname === '/' ? '' : url.pathname.replace(/\/$/, '');
      return { kind: 'url', target: decodeSafe(url.host + path) };
    } catch {
      return { kind: 'text', target: v };
    }
  }
  const rest = decodeSafe(v.slice((scheme?.length ?? 0) + 1));
  switch (scheme) {
    case 'tel':
      return { kind: 'tel', target: rest };
    case 'sms':
    case 'smsto':
      return { kind: 'sms', target: rest.split(/[?:]/)[0] };
    case 'mailto':
      return { kind: 'mailto', target: rest.split('?')[0] };
    case 'geo':
      return { kind: 'geo', target: rest.split(/[?;]/)[0] };
    default:
      return { kind: 'text', target: v };
  }
}

function decodeSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
