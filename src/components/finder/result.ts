import { html, nothing, type TemplateResult } from 'lit';
import type { MapProvider } from '../../internal/context.js';
import type { Lang } from '../../internal/lang.js';
import type { TOptions } from '../../internal/i18n.js';
import { DAYS } from '../../directory/constants.js';
import type { Hours, Phone, Service } from '../../directory/schema.js';
import { localized, localizedLang } from '../../directory/localized.js';
import { isServiceOpenAt, nextOpening, wallTime } from '../../directory/hours.js';
import { DATE_WORDS, LANGUAGE_CODES, LANGUAGE_NAMES } from './dates.js';
import { isStale } from '../../directory/freshness.js';
import { addressLine, mailHref, mapHref, phoneDisplay, telHref, webHref } from './links.js';
import { reportLink } from './report.js';

/** What rendering one result needs from the finder. */
export interface ResultContext {
  t: (key: string, options?: TOptions) => string;
  lang: Lang;
  now: Date;
  timeZone: string;
  mapProvider: MapProvider;
  kiosk: boolean;
  /** With `report-changes` (never on a kiosk): the publisher e-mail the "report a change" link writes to. */
  reportTo?: string;
}

const languageNames = new Map<Lang, Intl.DisplayNames>();

/** The name of a language code in the UI language (`hu` → "maghiară"), or the code itself. */
export function languageName(code: string, lang: Lang): string {
  const i = LANGUAGE_CODES.indexOf(code);
  if (i >= 0) return LANGUAGE_NAMES[lang].split('|')[i];
  try {
    let names = languageNames.get(lang);
    if (!names) languageNames.set(lang, (names = new Intl.DisplayNames([lang], { type: 'language', fallback: 'code' })));
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** `2026-10-15` → "15 octombrie 2026" in the UI language. */
export function formatDay(isoDate: string, lang: Lang): string {
  const ms = Date.parse(isoDate);
  if (Number.isNaN(ms)) return isoDate;
  const d = new Date(ms);
  const words = DATE_WORDS[lang];
  return words.day(d.getUTCDate(), words.months[d.getUTCMonth()], d.getUTCFullYear());
}

/** `['mo','tu','we','th','fr']` → "Mon–Fri"; gaps are listed: "Mon, Wed, Fri". */
function dayRuns(days: readonly string[], lang: Lang): string {
  const names = DATE_WORDS[lang].weekdaysShort;
  const idx = [...new Set(days.map((d) => DAYS.indexOf(d as (typeof DAYS)[number])))].filter((i) => i >= 0).sort();
  const parts: string[] = [];
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && idx[j + 1] === idx[j] + 1) j++;
    parts.push(j - i >= 2 ? `${names[idx[i]]}–${names[idx[j]]}` : idx.slice(i, j + 1).map((k) => names[k]).join(', '));
    i = j + 1;
  }
  return parts.join(', ');
}

function hoursStatus(service: Service, ctx: ResultContext): TemplateResult | typeof nothing {
  const { t, now, timeZone, lang } = ctx;
  if (service.hours.open247) return html`<span class="status open">${t('alwaysOpen')}</span>`;
  const open = isServiceOpenAt(service, now, timeZone);
  if (open === undefined) return nothing;
  if (open) return html`<span class="status open">${t('openNowStatus')}</span>`;
  const next = nextOpening(service.hours, now, timeZone);
  if (!next) return html`<span class="status closed">${t('closed')}</span>`;
  const wall = wallTime(next, timeZone);
  const hhmm = (n: number) => String(n).padStart(2, '0');
  const when = `${DATE_WORDS[lang].weekdays[wall.weekday]} ${hhmm(Math.floor(wall.minutes / 60))}:${hhmm(wall.minutes % 60)}`;
  return html`<span class="status closed">${t('opensAt', { when })}</span>`;
}

function schedule(hours: Hours, lang: Lang): TemplateResult | typeof nothing {
  if (hours.open247 || !hours.weekly?.length) return nothing;
  return html`<ul class="slots">
    ${hours.weekly.map((s) => html`<li>${dayRuns(s.days, lang)} ${s.opens}–${s.closes}</li>`)}
  </ul>`;
}

/** Text in the UI language, with a `lang` attribute when the feed only had another language. */
function text(value: Parameters<typeof localized>[0], lang: Lang): TemplateResult | string {
  const shown = localizedLang(value, lang);
  const s = localized(value, lang);
  return shown && shown !== lang ? html`<span lang=${shown}>${s}</span>` : s;
}

function phoneItem(phone: Phone, ctx: ResultContext): TemplateResult | typeof nothing {
  const href = telHref(phone);
  if (!href) return nothing;
  const kind = phone.kind === 'voice' ? '' : ctx.t(`phoneKinds.${phone.kind}`);
  const extras = [kind, phone.tollFree ? ctx.t('tollFree') : ''].filter(Boolean).join(', ');
  return html`<li>
    ${ctx.kiosk
      ? html`<span class="phone" part="phone">${phoneDisplay(phone)}</span>`
      : html`<a class="phone" part="phone" href=${href}>${phoneDisplay(phone)}</a>`}
    ${extras ? html`<span class="muted">(${extras})</span>` : nothing}
    ${phone.note ? html`<span class="note">${text(phone.note, ctx.lang)}</span>` : nothing}
  </li>`;
}

/** The first phone a person can call, for the "take it with you" QR code. */
function callable(service: Service): Phone | undefined {
  return service.phones.find((p) => p.kind === 'voice' && telHref(p)) ?? service.phones.find((p) => telHref(p));
}

const serviceIds = new WeakMap<Service, number>();
let nextServiceId = 0;

/** One service, rendered as text only: every feed string goes through a lit text binding. */
export function renderResult(service: Service, ctx: ResultContext): TemplateResult {
  const { t, lang } = ctx;
  let n = serviceIds.get(service);
  if (n === undefined) serviceIds.set(service, (n = ++nextServiceId));
  const id = `r${n}`;
  const loc = service.location;
  const address = loc && loc.confidentiality === 'public' ? loc.address : undefined;
  const map = address ? mapHref(address, ctx.mapProvider) : undefined;
  const mail = mailHref(service.email);
  const web = webHref(service.website);
  // A kiosk cannot call, mail or browse: contacts are text there (and the QR code takes the phone away).
  const kiosk = ctx.kiosk;
  const stale = isStale(service, ctx.now);
  const qrPhone = ctx.kiosk ? callable(service) : undefined;
  const description = localized(service.description, lang);
  return html`<li class="result" part="result">
    <article aria-labelledby=${id}>
      <h3 id=${id} class="name">${text(service.name, lang)}</h3>
      ${service.organization ? html`<p class="org">${text(service.organization, lang)}</p>` : nothing}
      <ul class="tags">
        ${service.categories.map((c) => html`<li class="tag">${t(`categories.${c}`)}</li>`)}
        ${service.free ? html`<li class="tag free">${t('isFree')}</li>` : nothing}
      </ul>
      ${description ? html`<p class="desc">${text(service.description, lang)}</p>` : nothing}
      <dl class="facts">
        ${service.phones.length
          ? html`<div>
              <dt>${t('phones')}</dt>
              <dd><ul class="phones">${service.phones.map((p) => phoneItem(p, ctx))}</ul></dd>
            </div>`
          : nothing}
        ${mail
          ? html`<div><dt>${t('email')}</dt><dd>${kiosk ? service.email : html`<a href=${mail}>${service.email}</a>`}</dd></div>`
          : nothing}
        ${web
          ? html`<div>
              <dt>${t('website')}</dt>
              <dd>
                ${kiosk
                  ? new URL(web).hostname
                  : html`<a href=${web} target="_blank" rel="noopener noreferrer">${new URL(web).hostname}<span class="vh"> ${t('newTab')}</span></a>`}
              </dd>
            </div>`
          : nothing}
        ${address
          ? html`<div>
              <dt>${t('address')}</dt>
              <dd>
                <span class="address">${addressLine(address)}</span>
                ${map && !kiosk
                  ? html`<a class="map" part="map-link" href=${map} target="_blank" rel="noopener noreferrer"
                      >${t('map')}<span class="vh">: ${addressLine(address)} ${t('newTab')}</span></a
                    >`
                  : nothing}
              </dd>
            </div>`
          : loc
            ? html`<div><dt>${t('address')}</dt><dd class="by-phone">${t('addressByPhone')}</dd></div>`
            : nothing}
        <div>
          <dt>${t('hours')}</dt>
          <dd>
            ${hoursStatus(service, ctx)} ${schedule(service.hours, lang)}
            ${service.hours.note ? html`<span class="note">${text(service.hours.note, lang)}</span>` : nothing}
          </dd>
        </div>
        ${service.languages.length
          ? html`<div>
              <dt>${t('languages')}</dt>
              <dd>${service.languages.map((l) => languageName(l, lang)).join(', ')}</dd>
            </div>`
          : nothing}
      </dl>
      <p class="checked">
        ${t('checkedOn', { date: formatDay(service.verifiedAt, lang) })}
        ${stale ? html`<strong class="stale" part="stale">${t('stale')}</strong>` : nothing}
      </p>
      ${ctx.reportTo && !kiosk ? reportLink(service, ctx.reportTo, t, lang) : nothing}
      ${qrPhone
        ? html`<div class="take" part="take-away">
            <p class="take-title">${t('takeItWithYou')}</p>
            <reper-qr value=${telHref(qrPhone)!} label=${t('qrLabel', { phone: phoneDisplay(qrPhone) })} size="176"></reper-qr>
          </div>`
        : nothing}
    </article>
  </li>`;
}
