import type { Directory, Service } from '../directory/schema.js';
import { CHILD_ABUSE, CHILD_HELPLINE, EMERGENCY, EMERGENCY_SMS, type Helpline, NATIONAL_HELPLINE } from './helplines.js';

/**
 * The built-in national directory: only the lines marked **show** in docs/data/ro-helplines.md
 * (0800 500 333, 112, 113 with its registration note, 119 and 116 111 without hours), built from
 * the verified facts in `helplines.ts`. Every element uses it when there is no feed or no good
 * feed, so help is never an empty list. The anti-trafficking line (optional) is not included.
 */

/** Date the facts in docs/data/ro-helplines.md were compiled. */
const VERIFIED_AT = '2026-11-28';

/** `0800500333` → `+40800500333`; short numbers (112, 116111) stay as dialled. */
const e164 = (line: Helpline) => (line.number.startsWith('0') ? `+40${line.number.slice(1)}` : line.number);

const base = (line: Helpline) => ({
  areaServed: ['România'],
  free: line.free,
  languages: ['ro'],
  verifiedAt: VERIFIED_AT,
  source: line.source,
});

const national: Service = {
  id: 'ro-national-helpline',
  name: {
    ro: 'Linia națională pentru victimele violenței domestice',
    hu: 'Országos segélyvonal a családon belüli erőszak áldozatainak',
    en: 'National helpline for victims of domestic violence',
    uk: 'Національна гаряча лінія для постраждалих від домашнього насильства',
  },
  description: {
    ro: 'Linie gratuită, non-stop, pentru victimele violenței domestice, ale traficului de persoane și ale discriminării de gen. Pot suna și martorii sau rudele.',
    hu: 'Ingyenes, éjjel-nappal hívható vonal a családon belüli erőszak, az emberkereskedelem és a nemi alapú megkülönböztetés áldozatainak. Tanúk és hozzátartozók is hívhatják.',
    en: 'Free line, open 24/7, for victims of domestic violence, human trafficking and gender discrimination. Witnesses and relatives may call too.',
    uk: 'Безкоштовна цілодобова лінія для постраждалих від домашнього насильства, торгівлі людьми та гендерної дискримінації. Телефонувати можуть також свідки й родичі.',
  },
  organization: {
    ro: 'Agenția Națională pentru Egalitatea de Șanse între Femei și Bărbați (ANES)',
    en: 'National Agency for Equal Opportunities between Women and Men (ANES)',
  },
  categories: ['helpline', 'information'],
  audiences: ['adult-victim', 'minor-victim', 'relative-or-witness'],
  phones: [
    { number: e164(NATIONAL_HELPLINE), display: NATIONAL_HELPLINE.display, kind: 'voice', tollFree: true, hours: { open247: true } },
  ],
  hours: { open247: true },
  ...base(NATIONAL_HELPLINE),
};

const emergency: Service = {
  id: 'ro-emergency-112',
  name: {
    ro: 'Numărul unic pentru apeluri de urgență 112',
    hu: 'Egységes segélyhívó szám: 112',
    en: 'Single emergency number 112',
    uk: 'Єдиний номер екстреної допомоги 112',
  },
  description: {
    ro: 'Pentru pericol imediat. Poliția preia prin 112 și sesizările de violență domestică.',
    hu: 'Közvetlen veszély esetén. A rendőrség a 112-n keresztül a családon belüli erőszakról szóló bejelentéseket is fogadja.',
    en: 'For immediate danger. The police take reports of domestic violence through 112.',
    uk: 'У разі безпосередньої небезпеки. Через 112 поліція також приймає повідомлення про домашнє насильство.',
  },
  organization: 'STS',
  categories: ['police', 'helpline'],
  audiences: ['adult-victim', 'minor-victim', 'child-witness', 'relative-or-witness', 'professional'],
  phones: [{ number: e164(EMERGENCY), display: EMERGENCY.display, kind: 'voice', tollFree: true, hours: { open247: true } }],
  hours: { open247: true },
  ...base(EMERGENCY),
};

const registrationNote = {
  ro: 'Funcționează doar după înregistrare: expeditorul trebuie să se înregistreze mai întâi la STS.',
  hu: 'Csak előzetes regisztráció után működik: a küldőnek előbb regisztrálnia kell az STS-nél.',
  en: 'Works only after registration: the sender must first register with STS.',
  uk: 'Працює лише після реєстрації: відправник має спершу зареєструватися в STS.',
};

const emergencySms: Service = {
  id: 'ro-emergency-sms-113',
  name: {
    ro: '113 – SMS de urgență pentru persoanele surde sau cu deficiențe de vorbire',
    hu: '113 – segélyhívó SMS siket vagy beszédfogyatékos személyeknek',
    en: '113 – emergency SMS for deaf or speech-impaired people',
    uk: '113 — екстрені SMS для людей з порушеннями слуху або мовлення',
  },
  description: registrationNote,
  organization: 'STS',
  categories: ['police', 'helpline'],
  audiences: ['adult-victim', 'minor-victim', 'relative-or-witness'],
  phones: [
    { number: e164(EMERGENCY_SMS), display: EMERGENCY_SMS.display, kind: 'sms', hours: { open247: true }, note: registrationNote },
  ],
  hours: { open247: true },
  ...base(EMERGENCY_SMS),
};

const childAbuse: Service = {
  id: 'ro-child-abuse-119',
  name: {
    ro: '119 – semnalarea abuzului, neglijării și exploatării copiilor',
    hu: '119 – gyermekbántalmazás, elhanyagolás és kizsákmányolás bejelentése',
    en: '119 – reporting child abuse, neglect and exploitation',
    uk: '119 — повідомлення про жорстоке поводження з дітьми, нехтування та експлуатацію',
  },
  description: {
    ro: 'Centrele de apel județene ale DGASPC, conectate la 112. Gratuit, non-stop.',
    hu: 'A DGASPC megyei hívóközpontjai, a 112-vel összekapcsolva. Ingyenes, éjjel-nappal hívható.',
    en: 'County call centres of the DGASPC, linked to 112. Free, 24/7.',
    uk: 'Повітові кол-центри DGASPC, пов’язані з 112. Безкоштовно, цілодобово.',
  },
  organization: CHILD_ABUSE.operator,
  categories: ['child-protection', 'helpline'],
  audiences: ['minor-victim', 'child-witness', 'relative-or-witness', 'professional'],
  phones: [{ number: e164(CHILD_ABUSE), display: CHILD_ABUSE.display, kind: 'voice', tollFree: true, hours: { open247: true } }],
  hours: { open247: true },
  ...base(CHILD_ABUSE),
};

const childHelpline: Service = {
  id: 'ro-child-helpline-116111',
  name: {
    ro: 'Telefonul Copilului 116 111',
    hu: 'Gyermeksegélyvonal – 116 111',
    en: 'Child helpline 116 111',
    uk: 'Дитяча гаряча лінія 116 111',
  },
  description: {
    ro: 'Linie gratuită pentru copii.',
    hu: 'Ingyenes segélyvonal gyerekeknek.',
    en: 'Free helpline for children.',
    uk: 'Безкоштовна лінія для дітей.',
  },
  organization: CHILD_HELPLINE.operator,
  categories: ['helpline', 'child-protection'],
  audiences: ['minor-victim', 'child-witness'],
  // Hours were not re-verified: none are given, only a note (isOpenAt() answers "unknown").
  phones: [{ number: e164(CHILD_HELPLINE), display: CHILD_HELPLINE.display, kind: 'voice', tollFree: true }],
  hours: {
    note: {
      ro: 'Programul nu a fost reverificat.',
      hu: 'A nyitvatartást nem ellenőriztük újra.',
      en: 'Opening hours not re-verified.',
      uk: 'Години роботи повторно не перевірено.',
    },
  },
  ...base(CHILD_HELPLINE),
};

/** The built-in national directory (`status: "published"`, region România). */
export const NATIONAL_DIRECTORY: Directory = {
  schema: 'reper-directory/1',
  id: 'ro-national',
  name: {
    ro: 'Linii naționale de ajutor',
    hu: 'Országos segélyvonalak',
    en: 'National help lines',
    uk: 'Національні лінії допомоги',
  },
  publisher: { name: 'Reper' },
  region: 'România',
  generatedAt: `${VERIFIED_AT}T00:00:00Z`,
  locales: ['ro', 'hu', 'en', 'uk'],
  status: 'published',
  services: [national, emergency, emergencySms, childAbuse, childHelpline],
};
