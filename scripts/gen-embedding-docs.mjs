// Writes docs/guides/embedding.md from custom-elements.json (built by `npm run build` from the
// JSDoc in src/components/*/*.component.ts), so the embedding guide cannot drift from the code.
//   node scripts/gen-embedding-docs.mjs           # rewrite docs/guides/embedding.md
//   node scripts/gen-embedding-docs.mjs --check   # exit 1 when the committed file is out of date
// The snippets and the framework notes below are hand-written; every table comes from the manifest.
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';

const OUT = 'docs/guides/embedding.md';
const MANIFEST = 'custom-elements.json';

/** Order of the sections; elements not listed follow alphabetically. */
const ORDER = ['reper-hotline', 'reper-exit', 'reper-finder', 'reper-qr', 'reper-poster', 'reper-provider', 'reper-kiosk'];

const HOTLINE_FALLBACK = `  <a href="tel:0800500333">0800 500 333</a> — linia gratuită pentru victimele violenței domestice (24/7).
  Pericol imediat: <a href="tel:112">112</a>`;

/** One embed snippet per element: what a CMS editor pastes. */
const SNIPPETS = {
  'reper-hotline': `<script type="module" src="https://your-site.example/reper/cdn/hotline.js"></script>
<reper-hotline>
${HOTLINE_FALLBACK}
</reper-hotline>`,
  'reper-exit': `<script type="module" src="https://your-site.example/reper/cdn/exit.js"></script>
<reper-exit><a href="https://www.meteoromania.ro/" rel="noreferrer">Ieși rapid</a></reper-exit>`,
  'reper-finder': `<script type="module" src="https://your-site.example/reper/cdn/provider.js"></script>
<script type="module" src="https://your-site.example/reper/cdn/finder.js"></script>
<reper-provider src="/reper/data/directory.json" public-key="BASE64-PUBLIC-KEY" map-provider="osm">
  <reper-finder>
    Linia națională pentru victimele violenței domestice: <a href="tel:0800500333">0800 500 333</a> (gratuit, 24/7)
  </reper-finder>
</reper-provider>`,
  'reper-qr': `<script type="module" src="https://your-site.example/reper/cdn/qr.js"></script>
<reper-qr value="tel:0800500333" label="Linia gratuită, non-stop: 0800 500 333"></reper-qr>`,
  'reper-poster': `<script type="module" src="https://your-site.example/reper/cdn/poster.js"></script>
<reper-poster size="A4" langs="ro hu" url="https://your-site.example/ajutor">
  <span slot="institution">Spitalul Exemplu</span>
</reper-poster>`,
  'reper-provider': `<script type="module" src="https://your-site.example/reper/cdn/provider.js"></script>
<script type="module" src="https://your-site.example/reper/cdn/hotline.js"></script>
<reper-provider lang="hu" neutral>
  <reper-hotline>
${HOTLINE_FALLBACK.replace(/^/gm, '  ')}
  </reper-hotline>
</reper-provider>`,
  'reper-kiosk': `<!-- kiosk/index.html: see docs/kiosk.md -->
<script type="module" src="../cdn/kiosk.js"></script>
<reper-kiosk config="config.json" service-worker="sw.js">
  <p>Linia telefonică gratuită pentru victimele violenței domestice: 0800 500 333</p>
</reper-kiosk>`,
};

/** Cell text: one line, pipes escaped. */
const cell = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const oneLine = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').trim();
const code = (s) => (s ? `\`${oneLine(s).replace(/\|/g, '\\|')}\`` : '');
const para = (s) => String(s ?? '').replace(/\s*\n\s*/g, ' ').trim();

/** Element declarations: those with a tag, and Reper classes whose JSDoc lacks `@tag` (tag from the folder). */
export function elementsOf(manifest) {
  const found = [];
  for (const mod of manifest.modules ?? []) {
    for (const d of mod.declarations ?? []) {
      if (d.kind !== 'class') continue;
      let tag = d.tagName;
      if (!tag && d.superclass?.name === 'ReperElement') {
        const m = mod.path.match(/src\/components\/([\w-]+)\//);
        if (m) tag = `reper-${m[1]}`;
      }
      if (tag) found.push({ tag, decl: d, path: mod.path });
    }
  }
  const rank = (t) => (ORDER.includes(t) ? ORDER.indexOf(t) : ORDER.length);
  return found.sort((a, b) => rank(a.tag) - rank(b.tag) || a.tag.localeCompare(b.tag));
}

function section({ tag, decl, path }) {
  const out = [];
  const entry = tag.replace(/^reper-/, '');
  out.push(`## \`<${tag}>\``, '');
  if (decl.summary) out.push(`**${para(decl.summary)}**`, '');
  if (decl.description) out.push(para(decl.description), '');
  out.push(`Load: \`cdn/${entry}.js\` (one \`<script type="module">\`), or \`import 'reper/${entry}.js'\` in a bundled app. Source: \`${path}\`.`, '');
  const snippet = SNIPPETS[tag];
  if (snippet) out.push('```html', snippet, '```', '');

  const attrs = decl.attributes ?? [];
  if (attrs.length) {
    out.push('### Attributes', '', '| attribute | property | type | default | description |', '| --- | --- | --- | --- | --- |');
    for (const a of attrs) {
      out.push(`| ${code(a.name)} | ${code(a.fieldName)} | ${code(a.type?.text)} | ${code(a.default)} | ${cell(a.description)} |`);
    }
    out.push('', 'Also `lang` and `neutral`, as on every Reper element (see “Every element” above).', '');
  }

  const publicMembers = (decl.members ?? []).filter((m) => !m.privacy && !m.static && m.description);
  const props = publicMembers.filter((m) => m.kind === 'field' && !m.attribute);
  const methods = publicMembers.filter((m) => m.kind === 'method');
  if (props.length || methods.length) {
    out.push('### Properties and methods (JavaScript only)', '', '| name | kind | description |', '| --- | --- | --- |');
    for (const p of props) out.push(`| ${code(p.name)} | ${p.readonly ? 'read-only property' : 'property'} | ${cell(p.description)} |`);
    for (const m of methods) {
      const params = (m.parameters ?? []).map((p) => p.name).join(', ');
      out.push(`| ${code(`${m.name}(${params})`)} | method | ${cell(m.description)} |`);
    }
    out.push('');
  }

  const events = decl.events ?? [];
  if (events.length) {
    out.push('### Events', '', 'All bubble and are composed (they cross shadow roots).', '', '| event | description |', '| --- | --- |');
    for (const e of events) out.push(`| ${code(e.name)} | ${cell(e.description)} |`);
    out.push('');
  }

  const slots = decl.slots ?? [];
  if (slots.length) {
    out.push('### Slots', '', '| slot | description |', '| --- | --- |');
    for (const s of slots) out.push(`| ${s.name ? code(s.name) : '(default)'} | ${cell(s.description)} |`);
    out.push('');
  }

  const parts = decl.cssParts ?? [];
  if (parts.length) {
    out.push('### Parts (`::part()`)', '', '| part | description |', '| --- | --- |');
    for (const p of parts) out.push(`| ${code(p.name)} | ${cell(p.description)} |`);
    out.push('');
  }

  const cssProps = decl.cssProperties ?? [];
  if (cssProps.length) {
    out.push('### Custom properties', '', '| property | description |', '| --- | --- |');
    for (const p of cssProps) out.push(`| ${code(p.name)} | ${cell(p.description)}${p.default ? ` (default ${code(p.default)})` : ''} |`);
    out.push('');
  }
  return out.join('\n');
}

const HEAD = `<!-- GENERATED by scripts/gen-embedding-docs.mjs from custom-elements.json: do not edit by hand.
     Change the JSDoc in src/components/*/*.component.ts, run \`npm run build\`, then
     \`node scripts/gen-embedding-docs.mjs\`. tests/node/examples/embedding-doc.test.mjs fails when this file is stale. -->

# Embedding guide

For the web editor of a school, hospital or town hall, and for developers. Each Reper element is a
custom element: paste one \`<script type="module">\` and the element into any HTML page or CMS
block. Examples you can open: \`npm start\`, then http://localhost:8000/examples/ — in particular
\`school.html\` (a WordPress block), \`hospital.html\`, \`municipality.html\` and \`react.html\`.

<img src="../screenshots/school-1280.png" alt="The school example: a WordPress block with the helpline for children and the quick exit" width="480"> <img src="../screenshots/hospital-320.png" alt="The hospital example on a 320 px phone: helpline and finder" width="120">

## Before you start

- **Host the files yourself.** Copy \`cdn/\` (and \`themes/\` if you use a theme) from the npm package
  or from \`npm run build\` to your own site, e.g. \`https://your-site.example/reper/\`. The elements
  then request nothing from any other origin, which is the point: a person's visit is not
  reported to anyone.
- **One script per element**, or \`cdn/reper.js\` for every element at once. The per-element
  files are smaller (the helpline alone stays under 12 KB, with the quick exit under 18 KB).
- **Put fallback content inside each element.** It shows before the script runs and when
  JavaScript is off or blocked, so the helpline is always visible and callable.
- **Load \`themes/fallback.css\` in \`<head>\`.** It gives each fallback about the height of the
  rendered element, so the page does not jump when the script runs (a layout shift moves the text a
  person is reading, and Core Web Vitals count it).
- **Strict Content-Security-Policy works**: \`script-src 'self'\`, \`style-src 'self'\`, Trusted Types.
  No inline script is needed.
- **WordPress**: install the Reper plugin (below). Its blocks work for every editor; pasted
  elements in a *Custom HTML* block survive only for users who may post unfiltered HTML.
- **Where to put the quick exit**: first in \`<body>\` if you can (a bar stuck to the top of the
  window). Anywhere else — a CMS content block — it moves itself to the window's bottom corner,
  stays there however far the page scrolls, and keeps room below the page's end.

## WordPress

\`dist/wordpress/reper.zip\` (written by \`npm run build\`) is a WordPress plugin for WordPress 6.1 or
newer and PHP 8.0 or newer. It holds the \`cdn/\` files, so every script is served from your own
site (WordPress.org plugin guideline 8: no third-party code), and only on pages that use a Reper
block or shortcode. WordPress 6.5 and newer load them as script modules; 6.1 to 6.4 as
\`<script type="module">\`.

1. **Install**: *Plugins → Add New → Upload Plugin*, choose \`reper.zip\`, *Install Now*, *Activate*.
2. **Settings → Reper** (administrators): the directory feed URL (\`https://\` or a path on your
   site; empty: the national helplines only), the publisher's public key(s) (the text of the
   \`.pub\` file; then only a signed feed is shown), the language (default: the page's), neutral
   mode, map links (Google Maps, OpenStreetMap or none) and the quick exit's destination (default:
   the national weather service). A value that is not valid is refused with a message naming the
   field and why, and the previous value stays.
3. **Blocks**: in the block inserter, category **Reper**: *Helpline*, *Quick exit*, *Service
   finder*, *QR code* and *What happens when you ask for help*. Their options are in the block
   sidebar. The preview in the editor is the element itself, as on the page; in the editor the
   quick exit neither answers Shift nor leaves.
4. **Shortcodes** (classic editor, widgets): \`[reper_hotline variant="card" audience="children"]\`,
   \`[reper_exit info]\`, \`[reper_finder locality="Turda" report-changes="1"]\`,
   \`[reper_qr value="https://example.org/ajutor" label="example.org/ajutor"]\`,
   \`[reper_pathway audience="professional"]\`. Attributes as for the blocks.

The post stores only the block comment (\`<!-- wp:reper/hotline {"variant":"card"} /-->\`) or the
shortcode, never custom-element markup, so WordPress's HTML filter (kses) has nothing to strip:
Editors and Authors without the *unfiltered_html* capability (on multisite, everyone but super
admins; with \`DISALLOW_UNFILTERED_HTML\`, everyone) can use every block. The page's HTML has the
numbers as \`tel:\` links inside each element, so they show and call without JavaScript. The admin
screens are in English and Romanian.

<img src="../screenshots/wordpress-editor.png" alt="The block editor: the Helpline block selected, its preview the same card as on the page, its options (look, audience, neutral wording) in the sidebar, in Romanian" width="640">

<img src="../screenshots/wordpress-front-1280.png" alt="The published post on a 1280 px screen: the helpline card, the finder with the sample-data notice, the quick exit in the bottom right corner" width="640"> <img src="../screenshots/wordpress-front-320.png" alt="The same post on a 320 px phone: the quick exit in the bottom right corner" width="160">

<img src="../screenshots/wordpress-settings.png" alt="Settings → Reper after a bad feed URL and public key: two error messages naming the fields, the previous values kept" width="640">

## Every element

| attribute | what it does |
| --- | --- |
| \`lang\` | \`ro\`, \`hu\`, \`en\` or \`uk\`. Without it: the closest \`[lang]\` ancestor, then \`<html lang>\`, then Romanian. |
| \`neutral\` | Boolean. Wording that does not name violence or abuse (same numbers), for screens that may be overlooked. |

Inside a \`<reper-provider>\`, elements also take its \`lang\`, \`neutral\`, \`map-provider\`, \`time-zone\`
and directory. Every element has \`part="base"\`, uses the shared tokens \`--reper-color-*\`,
\`--reper-space-*\`, \`--reper-font-*\` (see [theming](theming.md)) and can be reworded per language:

\`\`\`js
import { registerTranslations } from 'reper';
registerTranslations('ro', 'hotline', { title: 'Școala noastră te sprijină.' });
\`\`\`
`;

const FRAMEWORKS = `## Frameworks

The elements are standard custom elements: no wrapper package is needed. Import the element
modules once, before the first render, so that properties are set on defined elements.

### React 19

\`\`\`jsx
import 'reper/provider.js';
import 'reper/finder.js';

function Help({ neutral }) {
  const finder = useRef(null);
  return (
    <reper-provider src="/reper/data/directory.json" neutral={neutral} map-provider="osm">
      <reper-finder ref={finder} onreper-search={(e) => console.log(e.detail.results)}>
        <a href="tel:0800500333">0800 500 333</a>
      </reper-finder>
      <button onClick={() => finder.current.reset()}>Start again</button>
    </reper-provider>
  );
}
\`\`\`

- A prop becomes a **property** when the element has one of that name (\`neutral\`, \`lang\`,
  \`src\`), otherwise an **attribute** (\`map-provider\`, \`variant\`).
- An event prop is \`on\` followed by the **exact** event name: \`onreper-search\`,
  \`onreper-exit\`, \`onreper-directory-load\`. \`onReperSearch\` would listen to an event called
  \`ReperSearch\`, which never fires.
- Methods (\`reset()\`, \`refreshDirectory()\`) through a \`ref\`.
- React 18 and older pass everything as attributes and do not attach custom-event listeners:
  add them with \`ref.current.addEventListener('reper-search', …)\` in an effect.
- Server rendering (Next.js, \`renderToString\`, \`prerender\`): React 19 writes the elements
  with their string, number and \`true\` props as attributes and their children as they are, so
  the fallback helpline is in the HTML; load \`themes/fallback.css\` so that nothing moves when
  the elements upgrade. Hydrating, React 19 attaches no \`on<event>\` listener to a custom
  element until it re-renders it (react/react#35446): listen through a \`ref\` in an effect.

Working example: \`examples/react.html\`, pre-rendered at build time from
\`examples/react/app.jsx\` (\`scripts/build-examples.mjs\`) and hydrated by
\`examples/react/client.jsx\`.

### Vue 3

Tell the template compiler that \`reper-*\` tags are custom elements (\`vite.config.js\`):

\`\`\`js
vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('reper-') } } })
\`\`\`

\`\`\`html
<reper-finder :neutral="neutral" locality="Turda" @reper-search="onSearch" ref="finder">
  <a href="tel:0800500333">0800 500 333</a>
</reper-finder>
\`\`\`

Vue sets a bound value as a property when the element has it; \`.prop\` / \`.attr\` modifiers force one
or the other.

### Angular

Add \`CUSTOM_ELEMENTS_SCHEMA\` to the component's \`schemas\`, import the element modules (e.g. in
\`main.ts\`), then:

\`\`\`html
<reper-finder [neutral]="neutral" [attr.map-provider]="'osm'" (reper-search)="onSearch($event)">
  <a href="tel:0800500333">0800 500 333</a>
</reper-finder>
\`\`\`

### TypeScript

Each element module adds its tag to \`HTMLElementTagNameMap\` and its events to
\`GlobalEventHandlersEventMap\`, so \`document.querySelector('reper-finder')\` and
\`addEventListener('reper-search', (e) => e.detail.results)\` are typed.
`;

export function render(manifest) {
  const elements = elementsOf(manifest);
  const toc = elements.map(({ tag }) => `- [\`<${tag}>\`](#${tag})`).join('\n');
  return [HEAD, '## Elements', '', toc, '', ...elements.map(section), FRAMEWORKS].join('\n').replace(/\n{3,}/g, '\n\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(MANIFEST)) {
    console.error(`${MANIFEST} is missing: run \`npm run build\` first.`);
    process.exit(2);
  }
  const text = render(JSON.parse(readFileSync(MANIFEST, 'utf8')));
  if (process.argv.includes('--check')) {
    const current = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
    if (current !== text) {
      console.error(`${OUT} is out of date: run \`node scripts/gen-embedding-docs.mjs\` after \`npm run build\`.`);
      process.exit(1);
    }
    console.log(`${OUT} is up to date.`);
  } else {
    mkdirSync('docs/guides', { recursive: true });
    writeFileSync(OUT, text);
    console.log(`wrote ${OUT}`);
  }
}
