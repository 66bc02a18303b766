// The spreadsheet module runs in the browser as it does in the CLI: the directory editor imports it.
import { expect } from '@open-wc/testing';
import { exportCsv, importCsv, MAX_CSV_BYTES } from '../../../src/directory/csv.js';
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

  it('formula-like names and phone numbers leave as text and come back exactly', async () => {
    const feed = await sampleFeed();
    feed.services[0].name = { ro: '=HYPERLINK("http://evil","x")' };
    feed.services[1].name = { ro: '@SUM(1+1)' };
    const csv = exportCsv(feed);
    expect(csv).to.include(`"'=HYPERLINK(""http://evil"",""x"")"`);
    expect(csv).to.include(",'+40264000001,");
    const back = importCsv(bytes(csv));
    expect(back.problems).to.deep.equal([]);
    expect(back.services.slice(0, 2).map((s) => s.name)).to.deep.equal([{ ro: '=HYPERLINK("http://evil","x")' }, { ro: '@SUM(1+1)' }]);
    expect(back.services[0].phones[0].number).to.equal('+40264000001');
  });

  it('a short row and a stray byte are problems with their line, for the editor to point at', () => {
    const short = importCsv(bytes('id,name,free\na-1,Centru (exemplu)\n'));
    expect(short.problems.map((p) => [p.line, p.column, p.columnName])).to.deep.equal([[2, 3, 'free']]);
    const stray = importCsv(new Uint8Array([...bytes('id,name\na-1,Asociația\na-2,'), 0xe3, ...bytes('\n')]));
    expect(stray.problems.map((p) => p.line)).to.deep.equal([3]);
    const big = importCsv(new Uint8Array(MAX_CSV_BYTES + 1));
    expect(big.problems[0].reason).to.match(/^is 20\.0 MB; the limit is 20\.0 MB/);
  });

  it('names the line and column of a bad cell', () => {
    const r = importCsv(bytes('id,name,free\na-1,Centru (exemplu),yes\na-2,Centru 2 (exemplu),maybe\n'));
    expect(r.services.length).to.equal(2);
    expect(r.problems).to.deep.equal([{ path: 'line 3, column free', line: 3, column: 3, columnName: 'free', reason: '"maybe" is not yes/no (write yes or no)' }]);
  });
});
