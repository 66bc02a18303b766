// Reper's custom elements used from React 19, with no wrapper: React 19 sets a prop as a property
// when the element has one (`neutral`, `lang`), as an attribute otherwise (`variant`, `map-provider`),
// and turns `on<event-name>` props into event listeners for exactly that event name. A ref gives the
// element's methods (`reset()`).
//
// Rendered twice, like a server-rendered React site: scripts/build-examples.mjs pre-renders it to
// HTML at build time (react-dom/server) into examples/react.html, so the page's first HTML already
// has the elements with their fallback content; examples/react/client.jsx defines the elements
// and hydrates it in the browser. So nothing here may touch the DOM while rendering.
import { useEffect, useRef, useState } from 'react';

const LANGS = [
  ['ro', 'Română'],
  ['hu', 'Magyar'],
  ['en', 'English'],
  ['uk', 'Українська'],
];

export function App() {
  const [lang, setLang] = useState('en');
  const [neutral, setNeutral] = useState(false);
  const [searches, setSearches] = useState(0);
  const [last, setLast] = useState(null);
  const finder = useRef(null);

  // `onreper-search={onSearch}` on <reper-finder> is enough when React creates the element
  // (createRoot). Hydrating server-rendered HTML, React 19 attaches no `on<event>` listener to a
  // custom element until it re-renders it (react/react#35446), so this page listens through the
  // ref. `detail` never carries the query text: only the filters and the number of results.
  useEffect(() => {
    const element = finder.current;
    const onSearch = (event) => {
      setSearches((n) => n + 1);
      setLast(event.detail);
    };
    element.addEventListener('reper-search', onSearch);
    return () => element.removeEventListener('reper-search', onSearch);
  }, []);

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
        <reper-finder ref={finder} id="react-finder">
          National helpline: <a href="tel:0800500333">0800 500 333</a>
        </reper-finder>
      </reper-provider>
    </>
  );
}
