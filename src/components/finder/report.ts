import { html, nothing, type TemplateResult } from 'lit';
import type { Service } from '../../directory/schema.js';
import { localized } from '../../directory/localized.js';
import { mailHref } from './links.js';

/**
 * The finder's opt-in "report a change" link (`report-changes`): a `mailto:` to the feed's
 * publisher with the service's id and name prefilled, so a professional who finds a closed
 * service or a wrong number can tell the people who keep the list. Only the service goes into the
 * message: never the search text, the filters or anything about the person.
 */
export function reportHref(publisherEmail: string | undefined, subject: string, body: string): string | undefined {
  const to = mailHref(publisherEmail);
  if (!to) return undefined;
  return `${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/** The link under one result, or nothing when the feed names no publisher e-mail. */
export function reportLink(
  service: Service,
  publisherEmail: string | undefined,
  t: (key: string, options?: Record<string, unknown>) => string,
  lang: string,
): TemplateResult | typeof nothing {
  // The id names the service without doubt; the name is in the language the person reads.
  const name = localized(service.name, lang);
  const href = reportHref(publisherEmail, t('reportSubject', { name, id: service.id }), t('reportBody', { name, id: service.id }));
  if (!href) return nothing;
  return html`<p class="report"><a part="report-link" href=${href}>${t('reportChange')}<span class="vh">: ${name}</span></a></p>`;
}
