// Hydrates the server-rendered app: React attaches to the HTML that scripts/build-examples.mjs
// pre-rendered from app.jsx instead of replacing it. Loaded by client.jsx, after the elements.
import { StrictMode, startTransition } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './app.jsx';

// In a transition, React hydrates in slices of a few milliseconds and yields to the browser in
// between, instead of in one long task.
startTransition(() => {
  hydrateRoot(
    document.getElementById('app'),
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
