import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/qr.js';
import type { ReperQr } from '../../../src/qr.js';

describe('<reper-qr> refuses links a phone must never be sent to', () => {
  for (const value of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '\u0001javascript:alert(1)', 'java\tscript:alert(1)', 'java\nscript:alert(1)', 'jav\r\nascript:alert(1)', 'da\tta:text/html,x', 'blob:https://example.org/x']) {
    it(`draws no code for ${JSON.stringify(value)} and says why`, async () => {
      const wrap = await fixture(html`<div lang="en"><reper-qr value=${value} label="Help"></reper-qr></div>`);
      const el = wrap.querySelector<ReperQr>('reper-qr')!;
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('svg')).to.equal(null);
      expect(el.shadowRoot!.querySelector('[part="error"]')!.textContent).to.equal('This link cannot be shown as a QR code.');
    });
  }

  it('still draws https:, tel: and plain text', async () => {
    for (const value of ['https://example.org/ajutor', 'tel:0800500333', 'Ajutor: data: nu']) {
      const el = await fixture<ReperQr>(html`<reper-qr value=${value}></reper-qr>`);
      expect(el.shadowRoot!.querySelector('svg'), value).to.not.equal(null);
      expect(el.shadowRoot!.querySelector('[part="error"]'), value).to.equal(null);
    }
  });
});
