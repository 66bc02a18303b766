import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { ReperElement } from '../../internal/reper-element.js';
import { I18nController } from '../../internal/i18n.js';
import { EMERGENCY, NATIONAL_HELPLINE, type Helpline } from '../../data/helplines.js';
import { type PathwayAudience, hasPathwayLocale, loadPathwayLocale, pathwayLocales } from '../../locales/pathway.js';

export type { PathwayAudience };
import { pathwayStyles } from './pathway.styles.js';


/** The finder categories the "at any level of risk" step links to, in the order it lists them. */
export const PATHWAY_CATEGORIES = ['shelter', 'legal', 'psychological'] as const;
export type PathwayCategory = (typeof PATHWAY_CATEGORIES)[number];

/** The disclosures, one per step and branch, and the legal note. */
const STEPS = ['assess', 'imminent', 'notImminent', 'support', 'law'] as const;
type Step = (typeof STEPS)[number];

/** `{{national}}` and `{{emergency}}` in a text are the numbers, as links (text on a kiosk). */
const NUMBERS: Record<string, Helpline> = { national: NATIONAL_HELPLINE, emergency: EMERGENCY };
const NUMBER_RE = /\{\{\s*(national|emergency)\s*\}\}/;

/**
 * What happens when you ask for help: the police-intervention pathway for domestic violence, as
 * validated in 2025 by the Cluj County working group (police, probation, social services, NGOs),
 * in calm, plain steps. First the helpline 0800 500 333 (to talk it through) and 112 (immediate
 * danger), then the police's risk assessment, the two branches (imminent risk: a provisional
 * protection order; no imminent risk: applying to court for a protection order), and the support
 * services offered at any level of risk. Each step opens for detail; printed, every detail shows.
 *
 * In the same document (or kiosk screen) as a `<reper-finder>`, the support step offers buttons
 * that set that finder's `category` to shelters, legal or psychological counselling and move to it.
 *
 * The texts load on first use, for the language and audience shown (small chunks); until then the
 * element shows its light-DOM content.
 *
 * @tag reper-pathway
 * @summary "What happens when you ask for help": the police-intervention pathway, step by step.
 *
 * @slot - Fallback content shown until the element has its texts (and without JavaScript), e.g.
 *   a short paragraph with `<a href="tel:0800500333">0800 500 333</a>`. Hidden once it renders.
 *
 * @csspart base - The whole explainer.
 * @csspart title - The heading.
 * @csspart first - The box with 0800 500 333 and 112.
 * @csspart steps - The ordered list of steps.
 * @csspart step - One step.
 * @csspart toggle - A "more about this step" button.
 * @csspart detail - The detail a toggle opens.
 * @csspart find - A button that shows a kind of help in the finder on the page.
 * @csspart source - The source line.
 *
 * @cssproperty --reper-pathway-background - Background (default: the surface colour).
 * @cssproperty --reper-pathway-color - Text colour.
 * @cssproperty --reper-pathway-accent - Headings, step numbers and the line between steps (default: the brand colour).
 * @cssproperty --reper-pathway-first-background - Background of the helpline box.
 * @cssproperty --reper-pathway-font-size - Base type size (default 1rem; the kiosk enlarges it).
 */
export class ReperPathwayElement extends ReperElement {
  static override styles = pathwayStyles;

  /** `general` (default: plain words, "you") or `professional` (the legal names and orders). */
  @property() audience: PathwayAudience = 'general';

  /** Steps whose detail is open. */
  @state() private open: ReadonlySet<Step> = new Set();

  /** Set while the current language's texts are not loaded yet. */
  @state() private loading?: string;

  protected readonly i18n = new I18nController(this, 'pathway', pathwayLocales);

  /** Opens or closes the detail of every step at once (e.g. before printing from script). */
  expandAll(open = true): void {
    this.open = new Set(open ? STEPS : []);
  }

  private get aud(): PathwayAudience {
    return this.audience === 'professional' ? 'professional' : 'general';
  }

  /** A text of the current audience, in neutral wording when asked for and one exists. */
  private s(key: string): string {
    if (this.isNeutral) {
      const k = `${this.aud}.neutral.${key}`;
      const v = this.i18n.t(k);
      if (v !== k) return v;
    }
    return this.i18n.t(`${this.aud}.${key}`);
  }

  /** Text with `{{national}}` / `{{emergency}}` replaced by the numbers. */
  private rich(text: string): (string | TemplateResult)[] {
    const out: (string | TemplateResult)[] = [];
    let rest = text;
    for (let m = NUMBER_RE.exec(rest); m; m = NUMBER_RE.exec(rest)) {
      out.push(rest.slice(0, m.index), this.number(NUMBERS[m[1]]));
      rest = rest.slice(m.index + m[0].length);
    }
    out.push(rest);
    return out;
  }

  private number(line: Helpline): TemplateResult {
    // On a kiosk a tap cannot call: the number is text there.
    if (this.settings.kiosk) return html`<strong class="num">${line.display}</strong>`;
    return html`<a class="num" href=${line.href}>${line.display}</a>`;
  }

  /** One paragraph, or a list when the text has several lines (a first line ending in ":" leads it in). */
  private block(text: string): TemplateResult {
    const lines = text.split('\n').filter((l) => l.trim());
    if (lines.length === 1) return html`<p>${this.rich(lines[0])}</p>`;
    const lead = lines[0].trimEnd().endsWith(':') ? lines.shift()! : undefined;
    return html`${lead ? html`<p>${this.rich(lead)}</p>` : nothing}
      <ul>
        ${lines.map((l) => html`<li>${this.rich(l)}</li>`)}
      </ul>`;
  }

  private toggle(step: Step): void {
    const next = new Set(this.open);
    if (next.has(step)) next.delete(step);
    else next.add(step);
    this.open = next;
  }

  private disclosure(step: Step, body: TemplateResult): TemplateResult {
    const open = this.open.has(step);
    return html`<button
        type="button"
        part="toggle"
        class="toggle"
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls="d-${step}"
        aria-describedby="h-${step}"
        @click=${() => this.toggle(step)}
      >
        ${this.i18n.t(step === 'law' ? 'moreLaw' : 'more')}
      </button>
      <div part="detail" class="detail" id="d-${step}" ?hidden=${!open}>${body}</div>`;
  }

  private step(step: Step, level: 3 | 4, extra: TemplateResult | typeof nothing = nothing): TemplateResult {
    const title = this.s(`${step}.title`);
    const heading = level === 3 ? html`<h3 id="h-${step}">${title}</h3>` : html`<h4 id="h-${step}">${title}</h4>`;
    return html`${heading}${this.block(this.s(`${step}.summary`))}${extra}${this.disclosure(step, this.block(this.s(`${step}.detail`)))}`;
  }

  /** The `<reper-finder>` on the same page (or kiosk screen), if there is one. */
  private get finder(): HTMLElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.querySelector?.('reper-finder') ?? (root === document ? null : document.querySelector('reper-finder'));
  }

  /** Shows one kind of help in the page's finder and moves there (focus, then scroll). */
  private find(category: PathwayCategory): void {
    const finder = this.finder;
    if (!finder) return;
    // The same value again would not re-apply the filter after the person changed it in the finder.
    if (finder.getAttribute('category') === category) finder.removeAttribute('category');
    finder.setAttribute('category', category);
    if (!finder.hasAttribute('tabindex')) finder.setAttribute('tabindex', '-1');
    finder.focus({ preventScroll: true });
    finder.scrollIntoView({ block: 'start' });
  }

  private findLinks(): TemplateResult | typeof nothing {
    if (!this.finder) return nothing;
    return html`<div class="find" role="group" aria-labelledby="find-label">
      <p id="find-label">${this.i18n.t('findLabel')}</p>
      <ul>
        ${PATHWAY_CATEGORIES.map(
          (c) => html`<li><button type="button" part="find" @click=${() => this.find(c)}>${this.i18n.t(`find.${c}`)}</button></li>`,
        )}
      </ul>
    </div>`;
  }

  override willUpdate(): void {
    const lang = this.i18n.lang;
    const want = `${lang}/${this.aud}`;
    if (hasPathwayLocale(lang, this.aud) || this.loading === want) return;
    this.loading = want;
    void loadPathwayLocale(lang, this.aud).then(
      () => {
        this.loading = undefined;
        this.requestUpdate();
      },
      () => (this.loading = undefined),
    );
  }

  /** Resolves once the texts of the current language and audience are loaded and rendered. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (!hasPathwayLocale(this.i18n.lang, this.aud) && this.loading) {
      await loadPathwayLocale(this.i18n.lang, this.aud).catch(() => undefined);
      done = await super.getUpdateComplete();
    }
    return done;
  }

  override render() {
    const lang = this.i18n.lang;
    if (!hasPathwayLocale(lang, this.aud)) return html`<slot></slot>`;
    return html`<section part="base" class="base ${this.aud}" lang=${lang} aria-labelledby="title">
      <h2 part="title" id="title">${this.i18n.t('title')}</h2>
      <p class="intro">${this.s('intro')}</p>
      <div part="first" class="first">
        <p>${this.rich(this.s('talk'))}</p>
        <p class="danger">${this.rich(this.s('danger'))}</p>
      </div>
      <ol part="steps" class="steps">
        <li part="step" class="step">${this.step('assess', 3)}</li>
        <li part="step" class="step branches">
          <h3>${this.s('depends')}</h3>
          <ul>
            <li class="branch imminent">${this.step('imminent', 4)}</li>
            <li class="branch">${this.step('notImminent', 4)}</li>
          </ul>
        </li>
        <li part="step" class="step">${this.step('support', 3, this.findLinks())}</li>
      </ol>
      <div class="law">${this.step('law', 3)}</div>
      <p part="source" class="source">${this.i18n.t('source')}</p>
    </section>`;
  }
}
