// Reper's custom elements used from React 19, with no wrapper: React 19 sets a prop as a property
// when the element has one (`neutral`, `lang`), as an attribute otherwise (`variant`, `locality`),
// and turns `on<event-name>` props into event listeners for exactly that event name, so
// `onreper-search` listens to `reper-search`. A ref gives the element's methods (`reset()`).
//
// Bundled by scripts/build-examples.mjs (esbuild) into examples/react/app.js.
import 'reper/provider.js';
import 'reper/hotline.js';
import 'reper/finder.js';
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

const LANGS = [
  ['ro', 'Română'],
  ['hu', 'Magyar'],
  ['en', 'English'],
  ['uk', 'Українська'],
];

function App() {
  const [lang, setLang] = useState('en');
  const [neutral, setNeutral] = useState(false);
  const [searches, setSearches] = useState(0);
  const [last, setLast] = useState(null);
  const finder = useRef(null);

  // `detail` never carries the query text: only the filters and the number of results.
  const onSearch = (event) => {
    setSearches((n) => n + 1);
    setLast(event.detail);
  };

  return (
    <>
      <div className="react-controls">
        <label>
          Language
          <select value={lang} onChange={(e) => setLang(e.target.value)}>
            {LANGS.map(([code, name]) => (
              <option key={code} value={code} lang={code}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          <input type="checkbox" checked={neutral} onChange={(e) => setNeutral(e.target.checked)} />
          Neutral wording
        </label>
        <button type="button" onClick={() => finder.current?.reset()}>
          Reset the finder
        </button>
      </div>
      <p className="react-log" role="status" id="react-log">
        {last
          ? `reper-search events: ${searches}; last: ${last.results} results${last.category ? `, category ${last.category}` : ''}${last.locality ? `, place ${last.locality}` : ''}`
          : 'Type in the finder or pick a filter: React receives its reper-search events here.'}
      </p>
      <reper-provider src="data/cluj-sample.json" lang={lang} neutral={neutral} map-provider="osm">
        <reper-hotline variant="compact">
          <a href="tel:0800500333">0800 500 333</a> (free, 24/7). Immediate danger: <a href="tel:112">112</a>
        </reper-hotline>
        <reper-finder ref={finder} onreper-search={onSearch} id="react-finder">
          National helpline: <a href="tel:0800500333">0800 500 333</a>
        </reper-finder>
      </reper-provider>
    </>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
