// The React example's browser entry, bundled by scripts/build-examples.mjs (esbuild) into
// examples/react/client.js and its chunks. The page's HTML already holds the app, pre-rendered at
// build time with every element's fallback: this defines Reper's elements (they upgrade the
// server-rendered ones and keep their children as they are) and then hydrates the app.
//
// The quick exit first: it must work as soon as possible.
import 'reper/exit.js';

// Then the other element modules and React (hydrate.jsx), each evaluated in a task of its own:
// all of them in one task would block the main thread for long enough to miss a tap (Lighthouse:
// total blocking time). The build preloads every chunk, so these imports do not wait for the
// network one after the other. The provider first, so the hotline and the finder find it.
const nextTask = () => new Promise((resolve) => setTimeout(resolve));
for (const load of [() => import('reper/provider.js'), () => import('reper/hotline.js'), () => import('reper/finder.js'), () => import('./hydrate.jsx')]) {
  await nextTask();
  await load();
}
