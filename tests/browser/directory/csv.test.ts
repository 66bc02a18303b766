// The spreadsheet module runs in the browser as it does in the CLI: the directory editor imports it.
import { expect } from '@open-wc/testing';
import { exportCsv, importCsv } from '../../../src/directory/csv.js';
import { validateDirectory } from '../../../src/directory/validate.js';
import { sampleFeed } from './helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('src/directory/csv in the browser', () => {
  it('exports the sample feed and imports it back unchanged', async () => {
    const feed = await sampleFeed();
    const csv = exportCsv(feed);
    expect(csv.startsWith('\uFEFFid,')).to.equal(true);
    const back = importCsv(bytes(csv));
    expect(back.problems).to.deep.equal([]);
    expect(back.encoding).to.equal('utf-8');
    const { services: _s, ...envelope } = feed;
    void _s;
    const r = validateDirectory({ ...envelope, services: back.services });
    expect(r.ok, JSON.stringify(!r.ok && r.problems)).to.equal(true);
    expect(back.services).to.deep.equal(feed.services);
  });

  it('names the line and column of a bad cell', () => {
    const r = importCsv(bytes('id,name,free\na-1,Centru (exemplu),yes\na-2,Centru 2 (exemplu),maybe\n'));
    expect(r.problems).to.deep.equal([{ path: 'line 3, column free', line: 3, column: 3, columnName: 'free', reason: '"maybe" is not yes/no (write yes or no)' }]);
  });
});
