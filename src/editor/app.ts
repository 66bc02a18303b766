import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { AUDIENCES, CATEGORIES, CONFIDENTIALITY, DAYS, PHONE_KINDS, SCHEMA_ID, STATUSES } from '../directory/constants.js';
import { exportCsv, importCsv } from '../directory/csv.js';
import { diffDirectories, type DirectoryDiff, type FieldChange } from '../directory/diff.js';
import type { Directory } from '../directory/schema.js';
import { validateDirectory, type Problem } from '../directory/validate.js';
import { revoke, saveFile, type Saved } from './download.js';
import {
  asDraft,
  attentionOf,
  byAttention,
  downloadBase,
  duplicateService,
  feedBytes,
  getAt,
  newService,
  nextReviewDate,
  pathOf,
  problemsByService,
  serviceName,
  setAt,
  textLanguages,
  withText,
  type Attention,
  type AttentionKind,
  type Draft,
  type Json,
  type JsonObject,
  type Segment,
} from './model.js';
import { reasonIn } from './reasons.js';
import { KeyFileError, signBytes } from './sign.js';
import { EDITOR_LANGS, isEditorLang, translate, type EditorLang } from './strings.js';

type Filter = 'all' | 'attention' | AttentionKind;
const FILTERS: Filter[] = ['all', 'attention', 'problems', 'review', 'stale', 'confidential'];
const FILTER_KEYS: Record<Filter, string> = {
  all: 'filterAll',
  attention: 'filterAttention',
  problems: 'filterProblems',
  review: 'filterReview',
  stale: 'filterStale',
  confidential: 'filterConfidential',
};
const LANG_NAMES: Record<EditorLang, string> = { ro: 'Română', hu: 'Magyar', en: 'English' };

const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);
const idFor = (path: readonly Segment[]) => `f-${pathOf(path).replace(/[^A-Za-z0-9]+/g, '_')}`;
const str = (v: Json | undefined) => (typeof v === 'string' ? v : v === undefined || v === null ? '' : String(v));
const list = (v: Json | undefined) => (Array.isArray(v) ? v.map(str) : []);
const splitList = (text: string, sep: RegExp) =>
  text
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
const isoNow = () => new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');

/** A text in the page language: for `lang` attributes and the `{{date}}` of badges. */
const formatDate = (iso: string, lang: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : new Intl.DateTimeFormat(lang, { dateStyle: 'medium', timeZone: 'UTC' }).format(ms);
};

/**
 * The directory editor (the page `editor/`): open a feed or spreadsheet, see what needs attention,
 * edit every field with the CLI's validator reporting each problem beside its field, review the
 * change as a `reper diff`, and sign and download. Renders into the light DOM of the page so the
 * page's own stylesheet applies; makes no request except an explicit "open from this address".
 */
export class DirectoryEditor extends LitElement {
  static override properties = {
    lang: { type: String, reflect: true },
  };

  override lang: EditorLang = 'ro';
  /** The clock; the end-to-end tests keep the real one. */
  now: () => Date = () => new Date();

  private original?: Draft;
  private draft?: Draft;
  private fileName?: string;
  private problems: Problem[] = [];
  private problemMap = new Map<string, Problem[]>();
  private selected: number | 'envelope' = 'envelope';
  private query = '';
  private filter: Filter = 'all';
  private openError?: { title: string; problems: Problem[] };
  private status = '';
  private undo?: { service: JsonObject; index: number };
  private keyFile?: File;
  private publishError?: { title: string; problems: Problem[] };
  private saved: Saved[] = [];
  private dragging = false;
  private labels = new Map<string, string>();
  /** The draft as last opened or downloaded: leaving the page with other changes asks first. */
  private savedAs = '';
  /** What the last download gave, shown beside the buttons. */
  private done = '';

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    const asked = new URLSearchParams(location.search).get('lang');
    if (isEditorLang(asked)) this.lang = asked;
    document.documentElement.lang = this.lang;
    document.addEventListener('dragover', this.onDragOver);
    document.addEventListener('dragleave', this.onDragLeave);
    document.addEventListener('drop', this.onDrop);
    window.addEventListener('beforeunload', this.onLeave);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('dragover', this.onDragOver);
    document.removeEventListener('dragleave', this.onDragLeave);
    document.removeEventListener('drop', this.onDrop);
    window.removeEventListener('beforeunload', this.onLeave);
  }

  /** Changes that were neither signed nor downloaded would be lost (the editor keeps no copy). */
  get unsaved(): boolean {
    return !!this.draft && JSON.stringify(this.draft) !== this.savedAs;
  }

  private onLeave = (e: BeforeUnloadEvent) => {
    if (this.unsaved) e.preventDefault();
  };

  private t(key: string, options: Record<string, string | number> = {}): string {
    return translate(this.lang, key, options);
  }

  // ---- opening -------------------------------------------------------------------------------

  private onDragOver = (e: DragEvent) => {
    if (!e.dataTransfer?.types.includes('Files')) return;
    e.preventDefault();
    if (!this.dragging) {
      this.dragging = true;
      this.requestUpdate();
    }
  };

  private onDragLeave = (e: DragEvent) => {
    if (e.relatedTarget === null && this.dragging) {
      this.dragging = false;
      this.requestUpdate();
    }
  };

  private onDrop = (e: DragEvent) => {
    const file = e.dataTransfer?.files[0];
    if (!file) return;
    e.preventDefault();
    this.dragging = false;
    void this.openFile(file);
  };

  private async onFileChosen(e: Event) {
    const input = e.target as HTMLInputElement;
    const file = input.files?.[0];
    if (file) await this.openFile(file);
  }

  /** Opens a `.json` feed or a `.csv` spreadsheet; a file that cannot be used changes nothing. */
  async openFile(file: File): Promise<void> {
    const bytes = new Uint8Array(await file.arrayBuffer());
    if (/\.(csv|tsv|txt)$/i.test(file.name) || /^text\/(csv|tab-separated-values)/.test(file.type)) this.openCsv(bytes, file.name);
    else this.openJson(bytes, file.name, this.t('notOpened', { file: file.name }));
  }

  /**
   * A spreadsheet, read by the same module as `reper import-csv`. It holds services only: with a
   * directory open, its services replace the open ones and the directory details stay (the review
   * then shows what the spreadsheet changes); otherwise the details start as the CLI's draft
   * envelope (status "sample") for the maintainer to fill in.
   */
  private openCsv(bytes: Uint8Array, name: string): void {
    const imported = importCsv(bytes);
    if (imported.problems.length) {
      this.refuse(this.t('notOpened', { file: name }), imported.problems);
      return;
    }
    const services = structuredClone(imported.services) as unknown as JsonObject[];
    if (this.draft) {
      this.draft.services = services;
      this.fileName = name;
      this.openError = undefined;
      this.undo = undefined;
      this.revalidate();
      this.selected = 'envelope';
      this.status = this.t('openedCsvInto', { file: name, count: services.length });
      this.requestUpdate();
      void this.updateComplete.then(() => this.querySelector<HTMLElement>('#overview-title')?.focus());
      return;
    }
    const base = name.replace(/\.[^.]+$/, '');
    const draft: Draft = {
      schema: SCHEMA_ID,
      id: base.replace(/[^A-Za-z0-9._:-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '') || 'directory',
      name: base,
      publisher: { name: 'unknown' },
      region: 'unknown',
      generatedAt: isoNow(),
      locales: imported.languages.length ? imported.languages : ['ro'],
      status: 'sample',
      services,
    };
    this.load(draft, name);
    this.status = this.t('openedCsv', { file: name, count: services.length });
  }

  private openJson(bytes: Uint8Array, name: string, failTitle: string): void {
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
    } catch {
      this.refuse(failTitle, [{ path: '', reason: 'is not UTF-8 text' }]);
      return;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      this.refuse(failTitle, [{ path: '', reason: `is not valid JSON: ${(error as Error).message}` }]);
      return;
    }
    const result = asDraft(json);
    if (!result.ok) {
      this.refuse(failTitle, result.problems);
      return;
    }
    this.load(result.draft, name);
  }

  private refuse(title: string, problems: Problem[]): void {
    this.openError = { title, problems };
    this.status = title;
    this.requestUpdate();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#open-error')?.focus());
  }

  private load(draft: Draft, name: string): void {
    this.original = structuredClone(draft);
    this.draft = draft;
    this.savedAs = JSON.stringify(draft);
    this.fileName = name;
    this.openError = undefined;
    this.publishError = undefined;
    this.undo = undefined;
    revoke(this.saved);
    this.saved = [];
    this.query = '';
    this.filter = 'all';
    this.revalidate();
    const first = attentionOf(draft, this.problems, this.now()).sort(byAttention)[0];
    this.selected = first ? first.index : 'envelope';
    this.status = this.t('opened', { file: name, count: draft.services.length });
    this.requestUpdate();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#overview-title')?.focus());
  }

  private async openUrl(e: Event) {
    e.preventDefault();
    const input = this.querySelector<HTMLInputElement>('#open-url')!;
    const url = input.value.trim();
    if (!url) return;
    let response: Response;
    try {
      response = await fetch(url, { credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer', redirect: 'follow' });
    } catch (error) {
      this.refuse(this.t('notOpenedUrl', { reason: (error as Error).message }), []);
      return;
    }
    if (!response.ok) {
      this.refuse(this.t('notOpenedUrl', { reason: `HTTP ${response.status}` }), []);
      return;
    }
    const bytes = new Uint8Array(await response.arrayBuffer());
    const name = decodeURIComponent(new URL(response.url || url, location.href).pathname.split('/').pop() ?? '') || 'directory.json';
    this.openJson(bytes, name, this.t('notOpenedUrl', { reason: name }));
  }

  // ---- editing -------------------------------------------------------------------------------

  private revalidate(): void {
    if (!this.draft) return;
    const result = validateDirectory(this.draft);
    this.problems = result.ok ? [] : result.problems;
    this.problemMap = new Map();
    for (const p of this.problems) {
      const l = this.problemMap.get(p.path) ?? [];
      l.push(p);
      this.problemMap.set(p.path, l);
    }
  }

  private edit(path: readonly Segment[], value: Json | undefined): void {
    if (!this.draft) return;
    setAt(this.draft, path, value);
    // An address or coordinates emptied field by field go away instead of staying as `{}`.
    for (let i = path.length - 1; i > 0; i--) {
      const parent = getAt(this.draft, path.slice(0, i));
      const key = path[i - 1];
      if (isObject(parent) && Object.keys(parent).length === 0 && (key === 'address' || key === 'geo')) setAt(this.draft, path.slice(0, i), undefined);
    }
    this.publishError = undefined;
    this.revalidate();
    this.requestUpdate();
  }

  private select(index: number | 'envelope'): void {
    this.selected = index;
    this.requestUpdate();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#form-title')?.focus());
  }

  private addService(): void {
    if (!this.draft) return;
    this.draft.services.push(newService(this.draft, this.now()));
    this.revalidate();
    this.status = this.t('added');
    this.select(this.draft.services.length - 1);
  }

  private duplicate(index: number): void {
    if (!this.draft) return;
    const at = duplicateService(this.draft, index);
    this.revalidate();
    this.status = this.t('duplicated', { id: str(this.draft.services[at].id) });
    this.select(at);
  }

  private removeService(index: number): void {
    if (!this.draft) return;
    const [service] = this.draft.services.splice(index, 1);
    this.undo = { service, index };
    this.revalidate();
    this.status = this.t('removed', { name: serviceName(service, this.lang) });
    this.selected = 'envelope';
    this.requestUpdate();
    void this.updateComplete.then(() => this.querySelector<HTMLElement>('#undo')?.focus());
  }

  private restore(): void {
    if (!this.draft || !this.undo) return;
    const { service, index } = this.undo;
    this.draft.services.splice(index, 0, service);
    this.undo = undefined;
    this.revalidate();
    this.status = this.t('restored', { name: serviceName(service, this.lang) });
    this.select(index);
  }

  private setLang(lang: EditorLang): void {
    this.lang = lang;
    document.documentElement.lang = lang;
    document.title = `Reper — ${this.t('title')}`;
    // The address keeps the language on reload; replaceState adds no history entry.
    const url = new URL(location.href);
    url.searchParams.set('lang', lang);
    history.replaceState(history.state, '', url);
  }

  // ---- publishing ----------------------------------------------------------------------------

  /** The draft as it will be published (generatedAt = now), or the problems that stop it. */
  private candidate(): { draft: Draft; bytes: Uint8Array<ArrayBuffer> } | undefined {
    if (!this.draft) return undefined;
    const draft = structuredClone(this.draft);
    draft.generatedAt = isoNow();
    const result = validateDirectory(draft);
    if (!result.ok) {
      this.publishError = { title: this.t('cannotPublish', { count: result.problems.length }), problems: result.problems };
      this.status = this.publishError.title;
      this.requestUpdate();
      return undefined;
    }
    return { draft, bytes: feedBytes(draft) };
  }

  private async signAndDownload(): Promise<void> {
    const keyInput = this.querySelector<HTMLInputElement>('#key');
    const keyFile = this.keyFile;
    if (!keyFile) {
      this.publishError = { title: this.t('noKey'), problems: [] };
      this.status = this.publishError.title;
      this.requestUpdate();
      keyInput?.focus();
      return;
    }
    const ready = this.candidate();
    if (!ready) return;
    let signature: string;
    try {
      signature = await signBytes(ready.bytes, await keyFile.text());
    } catch (error) {
      const code = error instanceof KeyFileError ? error.message : 'noWebCrypto';
      this.publishError = { title: this.t(`keyError.${code}`), problems: [] };
      this.status = this.publishError.title;
      this.requestUpdate();
      return;
    } finally {
      // The key is forgotten whatever happened: the file reference and the input's selection.
      this.keyFile = undefined;
      if (keyInput) keyInput.value = '';
    }
    const base = downloadBase(this.fileName, ready.draft);
    this.finish(ready.draft, [
      saveFile(`${base}.json`, ready.bytes, 'application/json'),
      saveFile(`${base}.json.sig`, `${signature}\n`, 'text/plain'),
    ]);
    this.status = this.done = this.t('signed', { json: `${base}.json`, sig: `${base}.json.sig` });
    this.requestUpdate();
  }

  private downloadUnsigned(): void {
    const ready = this.candidate();
    if (!ready) return;
    const name = `${downloadBase(this.fileName, ready.draft)}.json`;
    this.finish(ready.draft, [saveFile(name, ready.bytes, 'application/json')]);
    this.status = this.done = this.t('downloaded', { file: name });
    this.requestUpdate();
  }

  private downloadCsv(): void {
    const ready = this.candidate();
    if (!ready) return;
    const name = `${downloadBase(this.fileName, ready.draft)}.csv`;
    this.finish(this.draft!, [saveFile(name, exportCsv(ready.draft as unknown as Directory), 'text/csv')]);
    this.status = this.done = this.t('downloaded', { file: name });
    this.requestUpdate();
  }

  private finish(published: Draft, saved: Saved[]): void {
    revoke(this.saved);
    this.saved = saved;
    this.publishError = undefined;
    this.draft = published;
    this.savedAs = JSON.stringify(published);
    this.revalidate();
  }

  // ---- rendering: fields ---------------------------------------------------------------------

  private problemsAt(path: readonly Segment[]): Problem[] {
    return this.problemMap.get(pathOf(path)) ?? [];
  }

  private problemText(path: readonly Segment[], label: string): TemplateResult | typeof nothing {
    const found = this.problemsAt(path);
    if (!found.length) return nothing;
    return html`<div class="problem" id=${`${idFor(path)}-problem`}>
      ${found.map((p) => html`<p><strong>${label}:</strong> ${reasonIn(this.lang, p.reason)}</p>`)}
    </div>`;
  }

  private describedBy(path: readonly Segment[], hint: boolean): string | typeof nothing {
    const ids = [hint ? `${idFor(path)}-hint` : '', this.problemsAt(path).length ? `${idFor(path)}-problem` : ''].filter(Boolean);
    return ids.length ? ids.join(' ') : nothing;
  }

  private textField(
    path: Segment[],
    label: string,
    options: {
      optional?: boolean;
      multiline?: boolean;
      hint?: string;
      type?: string;
      inputmode?: string;
      disabled?: boolean;
      value?: string;
      onValue?: (v: string) => void;
      lang?: string;
    } = {},
  ): TemplateResult {
    const id = idFor(path);
    this.labels.set(pathOf(path), label);
    const value = options.value ?? str(getAt(this.draft, path));
    const invalid = this.problemsAt(path).length > 0;
    const onInput = (e: Event) => {
      const v = (e.target as HTMLInputElement).value;
      if (options.onValue) options.onValue(v);
      else this.edit(path, v === '' && options.optional ? undefined : v);
    };
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <label for=${id}>${label}</label>
      ${options.hint ? html`<p class="hint" id=${`${id}-hint`}>${options.hint}</p>` : nothing}
      ${this.problemText(path, label)}
      ${options.multiline
        ? html`<textarea
            id=${id}
            rows="3"
            lang=${options.lang ?? nothing}
            .value=${value}
            ?disabled=${options.disabled}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${this.describedBy(path, !!options.hint)}
            @input=${onInput}
          ></textarea>`
        : html`<input
            id=${id}
            type=${options.type ?? 'text'}
            inputmode=${options.inputmode ?? nothing}
            lang=${options.lang ?? nothing}
            .value=${value}
            ?disabled=${options.disabled}
            aria-invalid=${invalid ? 'true' : 'false'}
            aria-describedby=${this.describedBy(path, !!options.hint)}
            @input=${onInput}
          />`}
    </div>`;
  }

  /** A text in one language, or one field per language of the feed. */
  private localizedField(path: Segment[], label: string, options: { optional?: boolean; multiline?: boolean } = {}): TemplateResult {
    const value = getAt(this.draft, path);
    this.labels.set(pathOf(path), label);
    const names = new Intl.DisplayNames([this.lang], { type: 'language', fallback: 'code' });
    const fields =
      typeof value === 'string'
        ? [this.textField(path, `${label} (${this.t('allLanguages')})`, { ...options, onValue: (v) => this.edit(path, withText(value, null, v) ?? (options.optional ? undefined : '')) })]
        : textLanguages(this.draft!, value).map((l) =>
            this.textField([...path, l], `${label} (${names.of(l) ?? l})`, {
              ...options,
              lang: l,
              value: str(getAt(value, [l])),
              onValue: (v) => this.edit(path, withText(getAt(this.draft, path), l, v)),
            }),
          );
    return html`<fieldset class="group">
      <legend>${label}</legend>
      ${this.problemText(path, label)} ${fields}
    </fieldset>`;
  }

  private checkbox(path: Segment[], label: string, checked: boolean, onChange: (checked: boolean) => void): TemplateResult {
    const id = idFor(path);
    this.labels.set(pathOf(path), label);
    return html`<div class="check">
      <input id=${id} type="checkbox" .checked=${checked} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} />
      <label for=${id}>${label}</label>
      ${this.problemText(path, label)}
    </div>`;
  }

  private choice(path: Segment[], label: string, values: readonly string[], labelOf: (v: string) => string, options: { empty?: string } = {}): TemplateResult {
    const id = idFor(path);
    this.labels.set(pathOf(path), label);
    const current = str(getAt(this.draft, path));
    const invalid = this.problemsAt(path).length > 0;
    return html`<div class="field ${invalid ? 'invalid' : ''}">
      <label for=${id}>${label}</label>
      ${this.problemText(path, label)}
      <select
        id=${id}
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${this.describedBy(path, false)}
        @change=${(e: Event) => this.onChoice(path, (e.target as HTMLSelectElement).value)}
      >
        ${options.empty !== undefined ? html`<option value="" ?selected=${current === ''}>${options.empty}</option>` : nothing}
        ${current && !values.includes(current) ? html`<option value=${current} selected>${current}</option>` : nothing}
        ${values.map((v) => html`<option value=${v} ?selected=${v === current}>${labelOf(v)}</option>`)}
      </select>
    </div>`;
  }

  private onChoice(path: Segment[], value: string): void {
    if (path[path.length - 1] === 'confidentiality') {
      const loc = path.slice(0, -1);
      if (value === '') {
        this.edit(loc, undefined);
        return;
      }
      if (value !== 'public') {
        // A confidential location never carries an address or coordinates: cleared and locked.
        setAt(this.draft!, [...loc, 'address'], undefined);
        setAt(this.draft!, [...loc, 'geo'], undefined);
      }
    }
    this.edit(path, value === '' ? undefined : value);
  }

  /** Checkboxes for a fixed vocabulary (categories, audiences, days). */
  private vocabulary(path: Segment[], label: string, values: readonly string[], labelOf: (v: string) => string): TemplateResult {
    this.labels.set(pathOf(path), label);
    const current = list(getAt(this.draft, path));
    const unknown = current.filter((v) => !values.includes(v));
    const toggle = (v: string, on: boolean) => {
      const now = list(getAt(this.draft, path));
      this.edit(path, on ? [...now.filter((x) => x !== v), v].sort((a, b) => order(a) - order(b)) : now.filter((x) => x !== v));
    };
    const order = (v: string) => (values.includes(v) ? values.indexOf(v) : values.length);
    return html`<fieldset class="group choices ${this.problemsAt(path).length ? 'invalid' : ''}">
      <legend>${label}</legend>
      ${this.problemText(path, label)}
      ${[...values, ...unknown].map((v, i) => {
        const id = `${idFor(path)}-${i}`;
        return html`<div class="check">
          <input id=${id} type="checkbox" .checked=${current.includes(v)} @change=${(e: Event) => toggle(v, (e.target as HTMLInputElement).checked)} />
          <label for=${id}>${labelOf(v)}</label>
        </div>`;
      })}
    </fieldset>`;
  }

  private listField(path: Segment[], label: string, sep: 'lines' | 'commas'): TemplateResult {
    const value = list(getAt(this.draft, path));
    return this.textField(path, label, {
      multiline: sep === 'lines',
      value: value.join(sep === 'lines' ? '\n' : ', '),
      onValue: (v) => this.edit(path, splitList(v, sep === 'lines' ? /\n/ : /[,\n]/)),
    });
  }

  private hoursEditor(path: Segment[], label: string): TemplateResult {
    const hours = getAt(this.draft, path);
    const open247 = isObject(hours) && hours.open247 === true;
    const weekly = isObject(hours) && Array.isArray(hours.weekly) ? hours.weekly : [];
    const dayNames = new Intl.DateTimeFormat(this.lang, { weekday: 'long', timeZone: 'UTC' });
    const dayName = (d: string) => dayNames.format(Date.UTC(2024, 0, 1 + DAYS.indexOf(d as (typeof DAYS)[number])));
    this.labels.set(pathOf(path), label);
    return html`<fieldset class="group">
      <legend>${label}</legend>
      ${this.problemText(path, label)}
      ${this.checkbox([...path, 'open247'], this.t('fields.open247'), open247, (on) => {
        // Round the clock replaces the weekly slots (the validator refuses both together).
        if (on) setAt(this.draft!, [...path, 'weekly'], undefined);
        this.edit([...path, 'open247'], on ? true : undefined);
      })}
      ${open247
        ? nothing
        : html`${weekly.map((_, s) => {
              const slot = [...path, 'weekly', s];
              const n = s + 1;
              return html`<fieldset class="group slot">
                <legend>${this.t('fields.slot', { n })}</legend>
                ${this.problemText(slot, this.t('fields.slot', { n }))}
                ${this.vocabulary([...slot, 'days'], this.t('fields.days'), DAYS, dayName)}
                <div class="row">
                  ${this.textField([...slot, 'opens'], this.t('fields.opens'), { type: 'time' })}
                  ${this.textField([...slot, 'closes'], this.t('fields.closes'), { type: 'time' })}
                </div>
                <button type="button" class="secondary" @click=${() => this.edit(slot, undefined)}>${this.t('removeSlot', { n })}</button>
              </fieldset>`;
            })}
            <button
              type="button"
              class="secondary"
              @click=${() => this.edit([...path, 'weekly', weekly.length], { days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' })}
            >
              ${this.t('addSlot')}
            </button>`}
      ${this.localizedField([...path, 'note'], this.t('fields.hoursNote'), { optional: true })}
    </fieldset>`;
  }

  private phonesEditor(base: Segment[]): TemplateResult {
    const path = [...base, 'phones'];
    const phones = getAt(this.draft, path);
    const items = Array.isArray(phones) ? phones : [];
    this.labels.set(pathOf(path), this.t('fields.phones'));
    return html`<fieldset class="group">
      <legend>${this.t('fields.phones')}</legend>
      ${this.problemText(path, this.t('fields.phones'))}
      ${items.map((phone, p) => {
        const at = [...path, p];
        const n = p + 1;
        const hasHours = isObject(phone) && phone.hours !== undefined;
        return html`<fieldset class="group phone">
          <legend>${this.t('fields.phone', { n })}</legend>
          ${this.problemText(at, this.t('fields.phone', { n }))}
          ${this.textField([...at, 'number'], this.t('fields.number'), { type: 'tel' })}
          ${this.textField([...at, 'display'], this.t('fields.display'), { optional: true })}
          ${this.choice([...at, 'kind'], this.t('fields.kind'), PHONE_KINDS, (k) => this.t(`phoneKinds.${k}`))}
          ${this.checkbox([...at, 'tollFree'], this.t('fields.tollFree'), isObject(phone) && phone.tollFree === true, (on) =>
            this.edit([...at, 'tollFree'], on ? true : undefined),
          )}
          ${this.localizedField([...at, 'note'], this.t('fields.note'), { optional: true })}
          ${this.checkbox([...at, 'hours', '_own'], this.t('fields.phoneHours'), hasHours, (on) => this.edit([...at, 'hours'], on ? {} : undefined))}
          ${hasHours ? this.hoursEditor([...at, 'hours'], this.t('fields.hours')) : nothing}
          <button type="button" class="secondary" @click=${() => this.edit(at, undefined)}>${this.t('removePhone', { n })}</button>
        </fieldset>`;
      })}
      <button type="button" class="secondary" @click=${() => this.edit([...path, items.length], { number: '', kind: 'voice' })}>${this.t('addPhone')}</button>
    </fieldset>`;
  }

  private locationEditor(base: Segment[]): TemplateResult {
    const path = [...base, 'location'];
    const loc = getAt(this.draft, path);
    const level = isObject(loc) ? str(loc.confidentiality) : '';
    const locked = level !== '' && level !== 'public';
    const field = (name: string, label: string, opts: { optional?: boolean; inputmode?: string } = {}) =>
      this.textField([...path, 'address', name], label, { ...opts, disabled: locked || !loc, value: locked ? '' : undefined });
    const geo = (name: 'lat' | 'lon', label: string) =>
      this.textField([...path, 'geo', name], label, {
        inputmode: 'decimal',
        disabled: locked || !loc,
        value: locked ? '' : undefined,
        onValue: (v) => this.edit([...path, 'geo', name], v === '' ? undefined : Number.isFinite(Number(v)) ? Number(v) : v),
      });
    this.labels.set(pathOf(path), this.t('fields.location'));
    return html`<fieldset class="group">
      <legend>${this.t('fields.location')}</legend>
      ${this.problemText(path, this.t('fields.location'))}
      ${this.choice([...path, 'confidentiality'], this.t('fields.confidentiality'), CONFIDENTIALITY, (c) => this.t(`confidentialityLevels.${c}`), {
        empty: this.t('noLocation'),
      })}
      ${locked ? html`<p class="locked" id=${`${idFor(path)}-locked`}>${this.t('locationLocked')}</p>` : nothing}
      <fieldset class="group">
        <legend>${this.t('fields.address')}</legend>
        ${this.problemText([...path, 'address'], this.t('fields.address'))}
        ${field('street', this.t('fields.street'))} ${field('locality', this.t('fields.locality'))} ${field('county', this.t('fields.county'))}
        ${field('postalCode', this.t('fields.postalCode'), { optional: true, inputmode: 'numeric' })}
      </fieldset>
      <fieldset class="group">
        <legend>${this.t('fields.geo')}</legend>
        ${this.problemText([...path, 'geo'], this.t('fields.geo'))}
        <div class="row">${geo('lat', this.t('fields.lat'))} ${geo('lon', this.t('fields.lon'))}</div>
      </fieldset>
      ${loc ? this.localizedField([...path, 'accessibility'], this.t('fields.accessibility'), { optional: true }) : nothing}
    </fieldset>`;
  }

  private serviceForm(index: number): TemplateResult {
    const base: Segment[] = ['services', index];
    const service = this.draft!.services[index];
    const f = (k: string) => this.t(`fields.${k}`);
    return html`${this.textField([...base, 'id'], f('id'))} ${this.localizedField([...base, 'name'], f('name'))}
      ${this.localizedField([...base, 'description'], f('description'), { optional: true, multiline: true })}
      ${this.localizedField([...base, 'organization'], f('organization'), { optional: true })}
      ${this.vocabulary([...base, 'categories'], f('categories'), CATEGORIES, (c) => this.t(`categories.${c}`))}
      ${this.vocabulary([...base, 'audiences'], f('audiences'), AUDIENCES, (a) => this.t(`audiences.${a}`))} ${this.phonesEditor(base)}
      ${this.textField([...base, 'email'], f('email'), { optional: true, type: 'email' })}
      ${this.textField([...base, 'website'], f('website'), { optional: true, type: 'url' })} ${this.locationEditor(base)}
      ${this.listField([...base, 'areaServed'], f('areaServed'), 'lines')} ${this.hoursEditor([...base, 'hours'], f('hours'))}
      ${this.checkbox([...base, 'free'], f('free'), service.free === true, (on) => this.edit([...base, 'free'], on))}
      ${this.listField([...base, 'languages'], f('languages'), 'commas')}
      <div class="with-action">
        ${this.textField([...base, 'verifiedAt'], f('verifiedAt'), { inputmode: 'numeric' })}
        <button type="button" id="checked-today" @click=${() => this.edit([...base, 'verifiedAt'], this.now().toISOString().slice(0, 10))}>
          ${this.t('checkedToday')}
        </button>
      </div>
      ${this.textField([...base, 'reviewDue'], f('reviewDue'), { optional: true, inputmode: 'numeric' })}
      ${this.textField([...base, 'source'], f('source'), { optional: true })}`;
  }

  private envelopeForm(): TemplateResult {
    const f = (k: string) => this.t(`fields.${k}`);
    const draft = this.draft!;
    const next = nextReviewDate(draft, this.now());
    return html`${this.textField(['id'], f('id'), { hint: this.t('idHint') })} ${this.localizedField(['name'], f('name'))}
      <fieldset class="group">
        <legend>${f('publisher')}</legend>
        ${this.problemText(['publisher'], f('publisher'))} ${this.textField(['publisher', 'name'], f('publisherName'))}
        ${this.textField(['publisher', 'url'], f('publisherUrl'), { optional: true, type: 'url' })}
        ${this.textField(['publisher', 'email'], f('publisherEmail'), { optional: true, type: 'email' })}
      </fieldset>
      ${this.textField(['region'], f('region'))}
      ${this.textField(['generatedAt'], f('generatedAt'), { disabled: true, hint: this.t('generatedAtNote') })}
      <div class="with-action">
        ${this.textField(['expiresAt'], f('expiresAt'), {
          optional: true,
          hint: next ? this.t('nextReview', { date: next }) : this.t('noNextReview'),
        })}
        ${next
          ? html`<button type="button" id="use-expiry" @click=${() => this.edit(['expiresAt'], `${next}T00:00:00Z`)}>${this.t('useAsExpiry')}</button>`
          : nothing}
      </div>
      ${this.listField(['locales'], f('locales'), 'commas')}
      ${this.choice(['status'], f('status'), STATUSES, (s) => this.t(`statuses.${s}`))}`;
  }

  /** Every problem of the part on screen, as buttons that move to the field (no URL fragment, no history entry). */
  private summary(problems: Problem[]): TemplateResult | typeof nothing {
    if (!problems.length) return nothing;
    return html`<div class="summary" role="group" aria-labelledby="summary-title">
      <p id="summary-title"><strong>${this.t('problemSummary', { count: problems.length })}</strong></p>
      <ul>
        ${problems.map((p) => {
          const id = this.fieldIdFor(p.path);
          return html`<li>
            ${id
              ? html`<button type="button" class="link" @click=${() => this.querySelector<HTMLElement>(`#${id}`)?.focus()}>
                  ${this.labels.get(p.path) ?? p.path}: ${reasonIn(this.lang, p.reason)}
                </button>`
              : html`${this.labels.get(p.path) ?? (p.path || this.t('whole'))}: ${reasonIn(this.lang, p.reason)}`}
          </li>`;
        })}
      </ul>
    </div>`;
  }

  private fieldIdFor(path: string): string | undefined {
    const id = `f-${path.replace(/[^A-Za-z0-9]+/g, '_')}`;
    return this.labels.has(path) ? id : undefined;
  }

  // ---- rendering: page -----------------------------------------------------------------------

  private renderOpen(): TemplateResult {
    return html`<section class="open" aria-labelledby="open-title">
      <h2 id="open-title">${this.t('open')}</h2>
      <div class="field">
        <label for="open-file">${this.t('openFile')}</label>
        <p class="hint" id="open-file-hint">${this.t('openFileHint')}</p>
        <input id="open-file" type="file" accept=".json,.csv,application/json,text/csv" aria-describedby="open-file-hint" @change=${this.onFileChosen} />
      </div>
      <form class="url" @submit=${this.openUrl}>
        <div class="field">
          <label for="open-url">${this.t('openUrl')}</label>
          <p class="hint" id="open-url-hint">${this.t('openUrlHint')}</p>
          <input id="open-url" type="url" inputmode="url" autocomplete="url" aria-describedby="open-url-hint" />
        </div>
        <button type="submit">${this.t('openUrlButton')}</button>
      </form>
      ${this.openError
        ? html`<div class="error" id="open-error" tabindex="-1">
            <p><strong>${this.openError.title}</strong></p>
            ${this.openError.problems.length
              ? html`<ul>
                  ${this.openError.problems.map((p) => html`<li>${p.path || this.t('whole')}: ${reasonIn(this.lang, p.reason)}</li>`)}
                </ul>`
              : nothing}
          </div>`
        : nothing}
    </section>`;
  }

  private renderList(attention: Attention[]): TemplateResult {
    const draft = this.draft!;
    const q = this.query.trim().toLocaleLowerCase(this.lang);
    const shown = attention
      .filter((a) => {
        if (this.filter === 'all') return true;
        if (this.filter === 'attention') return a.kinds.length > 0;
        return a.kinds.includes(this.filter);
      })
      .filter((a) => !q || JSON.stringify(draft.services[a.index]).toLocaleLowerCase(this.lang).includes(q))
      .sort(byAttention);
    return html`<section class="list" aria-labelledby="services-title">
      <h2 id="services-title">${this.t('services')}</h2>
      <div class="field">
        <label for="search">${this.t('search')}</label>
        <input id="search" type="search" .value=${this.query} @input=${(e: Event) => ((this.query = (e.target as HTMLInputElement).value), this.requestUpdate())} />
      </div>
      <div class="field">
        <label for="filter">${this.t('filter')}</label>
        <select id="filter" @change=${(e: Event) => ((this.filter = (e.target as HTMLSelectElement).value as Filter), this.requestUpdate())}>
          ${FILTERS.map((f) => html`<option value=${f} ?selected=${f === this.filter}>${this.t(FILTER_KEYS[f])}</option>`)}
        </select>
      </div>
      <button type="button" id="add" @click=${this.addService}>${this.t('add')}</button>
      <p class="count" role="status">${this.t('servicesCount', { count: shown.length })}</p>
      ${shown.length
        ? html`<ul class="services">
            <li>
              <button type="button" class="item" aria-current=${this.selected === 'envelope' ? 'true' : 'false'} @click=${() => this.select('envelope')}>
                <span class="name">${this.t('editDirectory')}</span>
                ${problemsByService(this.problems).envelope.length
                  ? html`<span class="badge badge-problems">${this.t('envelopeProblems', { count: problemsByService(this.problems).envelope.length })}</span>`
                  : nothing}
              </button>
            </li>
            ${shown.map((a) => {
              const s = draft.services[a.index];
              return html`<li>
                <button type="button" class="item" aria-current=${this.selected === a.index ? 'true' : 'false'} @click=${() => this.select(a.index)}>
                  <span class="name">${serviceName(s, this.lang)}</span>
                  <span class="id">${str(s.id)}</span>
                  ${a.kinds.map((k) => html`<span class="badge badge-${k}">${this.badge(k, a)}</span>`)}
                </button>
              </li>`;
            })}
          </ul>`
        : html`<p>${this.t('noMatch')}</p>`}
    </section>`;
  }

  private badge(kind: AttentionKind, a: Attention): string {
    switch (kind) {
      case 'problems':
        return this.t('badgeProblems', { count: a.problems });
      case 'review':
        return this.t('badgeReview', { date: formatDate(a.date ?? '', this.lang) });
      case 'stale':
        return this.t('badgeStale', { date: formatDate(a.date ?? '', this.lang) });
      default:
        return this.t('badgeConfidential', { level: this.t(`confidentialityLevels.${a.confidentiality}`).split(':')[0] });
    }
  }

  private renderForm(): TemplateResult {
    const draft = this.draft!;
    this.labels = new Map();
    const index = this.selected;
    const isService = typeof index === 'number' && index < draft.services.length;
    const body = isService ? this.serviceForm(index) : this.envelopeForm();
    const grouped = problemsByService(this.problems);
    const mine = isService ? (grouped.services.get(index) ?? []) : grouped.envelope;
    const title = isService ? this.t('editService', { name: serviceName(draft.services[index], this.lang) }) : this.t('editDirectory');
    return html`<section class="form" aria-labelledby="form-title">
      <h2 id="form-title" tabindex="-1">${title}</h2>
      ${isService
        ? html`<div class="actions">
            <button type="button" class="secondary" @click=${() => this.duplicate(index)}>${this.t('duplicate')}</button>
            <button type="button" class="secondary danger" @click=${() => this.removeService(index)}>${this.t('remove')}</button>
          </div>`
        : nothing}
      ${this.undo
        ? html`<p class="undo">
            ${this.t('removed', { name: serviceName(this.undo.service, this.lang) })}
            <button type="button" id="undo" class="secondary" @click=${this.restore}>${this.t('undo')}</button>
          </p>`
        : nothing}
      ${this.summary(mine)} ${keyed(isService ? index : 'envelope', html`<div class="fields">${body}</div>`)}
    </section>`;
  }

  private renderDiff(): TemplateResult {
    const d: DirectoryDiff = diffDirectories(this.original as unknown as Directory, this.draft as unknown as Directory);
    const show = (v: unknown) => (v === undefined ? this.t('none') : typeof v === 'string' ? `“${v}”` : JSON.stringify(v));
    const change = (c: FieldChange) => html`<li><code>${c.path}</code>: <del>${show(c.before)}</del> → <ins>${show(c.after)}</ins></li>`;
    const empty = !d.added.length && !d.removed.length && !d.changed.length && !d.envelope.length;
    return html`<section class="review" id="review" aria-labelledby="review-title">
      <h2 id="review-title">${this.t('review')}</h2>
      ${empty
        ? html`<p>${this.t('noChanges')}</p>`
        : html`<p>${this.t('diffCounts', { added: d.added.length, removed: d.removed.length, changed: d.changed.length })}</p>
            ${d.envelope.length
              ? html`<h3>${this.t('diffEnvelope')}</h3>
                  <ul class="changes">
                    ${d.envelope.map(change)}
                  </ul>`
              : nothing}
            ${serviceList(this.t('diffAdded'), d.added)} ${serviceList(this.t('diffRemoved'), d.removed)}
            ${d.changed.length
              ? html`<h3>${this.t('diffChanged')}</h3>
                  ${d.changed.map(
                    (s) => html`<h4>${s.name || s.id} <span class="id">${s.id}</span></h4>
                      <ul class="changes">
                        ${s.changes.map(change)}
                      </ul>`,
                  )}`
              : nothing}`}
    </section>`;
  }

  private renderPublish(): TemplateResult {
    return html`<section class="publish" id="publish" aria-labelledby="publish-title">
      <h2 id="publish-title">${this.t('publish')}</h2>
      <div class="field">
        <label for="key">${this.t('key')}</label>
        <p class="hint" id="key-hint">${this.t('keyHint')}</p>
        <input
          id="key"
          type="file"
          accept=".key,.pem"
          aria-describedby="key-hint"
          @change=${(e: Event) => ((this.keyFile = (e.target as HTMLInputElement).files?.[0]), (this.publishError = undefined), this.requestUpdate())}
        />
      </div>
      <div class="actions">
        <button type="button" id="sign" @click=${this.signAndDownload}>${this.t('signAndDownload')}</button>
        <button type="button" id="unsigned" class="secondary" @click=${this.downloadUnsigned}>${this.t('downloadUnsigned')}</button>
        <button type="button" id="csv" class="secondary" @click=${this.downloadCsv}>${this.t('downloadCsv')}</button>
      </div>
      ${this.publishError
        ? html`<div class="error" id="publish-error">
            <p><strong>${this.publishError.title}</strong></p>
            ${this.publishError.problems.length
              ? html`<ul>
                  ${this.publishError.problems.map((p) => html`<li>${p.path || this.t('whole')}: ${reasonIn(this.lang, p.reason)}</li>`)}
                </ul>`
              : nothing}
          </div>`
        : nothing}
      ${this.saved.length
        ? html`<p class="done">${this.done}</p>
            <p>${this.t('downloadAgain')}</p>
            <ul class="saved">
              ${this.saved.map((s) => html`<li><a href=${s.url} download=${s.name}>${s.name}</a></li>`)}
            </ul>`
        : nothing}
    </section>`;
  }

  protected override render(): TemplateResult {
    const draft = this.draft;
    const attention = draft ? attentionOf(draft, this.problems, this.now()) : [];
    const count = (k: AttentionKind) => attention.filter((a) => a.kinds.includes(k)).length;
    return html`<header class="top">
        <h1>Reper — ${this.t('title')}</h1>
        <nav aria-label=${this.t('language')}>
          <ul class="langs">
            ${EDITOR_LANGS.map(
              (l) => html`<li>
                <button type="button" lang=${l} aria-pressed=${l === this.lang ? 'true' : 'false'} @click=${() => this.setLang(l)}>${LANG_NAMES[l]}</button>
              </li>`,
            )}
          </ul>
        </nav>
      </header>
      <main>
        <p class="lead">${this.t('lead')}</p>
        ${this.renderOpen()}
        <p class="status" role="status" aria-live="polite">${this.status}</p>
        ${draft
          ? html`<section class="overview" aria-labelledby="overview-title">
                <h2 id="overview-title" tabindex="-1">${serviceName(draft, this.lang)}</h2>
                ${draft.status === 'sample' ? html`<p class="sample">${this.t('sample')}</p>` : nothing}
                <p>
                  ${this.t('servicesCount', { count: draft.services.length })} ·
                  ${this.problems.length
                    ? this.t('attentionSummary', { problems: count('problems'), review: count('review'), stale: count('stale'), confidential: count('confidential') })
                    : html`${this.t('allValid')}
                      ${this.t('attentionSummary', { problems: 0, review: count('review'), stale: count('stale'), confidential: count('confidential') })}`}
                </p>
              </section>
              <div class="workspace">${this.renderList(attention)} ${this.renderForm()}</div>
              ${this.renderDiff()} ${this.renderPublish()}`
          : nothing}
      </main>
      ${this.dragging ? html`<div class="drop" aria-hidden="true">${this.t('dropHere')}</div>` : nothing}`;
  }
}

/** A heading and the services under it (name and id), or nothing for an empty list: the review's "added" and "removed". */
function serviceList(heading: string, services: readonly { id: string; name?: string }[]) {
  return services.length
    ? html`<h3>${heading}</h3>
        <ul>
          ${services.map((s) => html`<li>${s.name || s.id} <span class="id">${s.id}</span></li>`)}
        </ul>`
    : nothing;
}
