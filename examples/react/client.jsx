// The React example's browser entry, bundled by scripts/build-examples.mjs (esbuild) into
// examples/react/client.js. The page's HTML already holds the app, pre-rendered at build time;
// this defines Reper's elements (they upgrade the server-rendered ones, whose fallback content
// stays as it was) and hydrates the app: React attaches to that HTML instead of replacing it.
import 'reper/exit.js';
import 'reper/provider.js';
import 'reper/hotline.js';
import 'reper/finder.js';
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.jsx';

startTransition(() => {
  hydrateRoot(
    document.getElementById('app'),
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
