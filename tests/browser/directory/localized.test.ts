import { expect } from '@open-wc/testing';
import { localized, localizedLang } from '../../../src/directory/localized.js';

describe('localized()', () => {
  const text = { ro: 'Adăpost', hu: 'Menedékhely', en: 'Shelter' };

  it('returns a plain string as it is, in any language', () => {
    expect(localized('Centrul X', 'hu')).to.equal('Centrul X');
  });

  it('picks the requested language, then its primary subtag', () => {
    expect(localized(text, 'hu')).to.equal('Menedékhely');
    expect(localized(text, 'hu-RO')).to.equal('Menedékhely');
  });

  it('falls back in order: Romanian, English, Hungarian, Ukrainian, then anything', () => {
    expect(localized(text, 'uk')).to.equal('Adăpost');
    expect(localized({ en: 'Shelter', hu: 'Menedékhely' }, 'uk')).to.equal('Shelter');
    expect(localized({ de: 'Zuflucht' }, 'ro')).to.equal('Zuflucht');
  });

  it('takes a custom fallback order', () => {
    expect(localized(text, 'uk', ['en', 'ro'])).to.equal('Shelter');
  });

  it('gives an empty string for undefined and names the language it used', () => {
    expect(localized(undefined, 'ro')).to.equal('');
    expect(localizedLang(text, 'uk')).to.equal('ro');
    expect(localizedLang('x', 'uk')).to.equal(undefined);
  });
});
