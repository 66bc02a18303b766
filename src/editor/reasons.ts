/**
 * The validator's reasons (written in English for the CLI and the events) in the editor's
 * language. Each pattern matches one reason of `schema.ts` / `validate.ts`; a reason without a
 * pattern is shown as written, so a new rule is never hidden, only untranslated.
 */
import type { EditorLang } from './strings.js';

type Table = [RegExp, string][];

const WHAT_RO: Record<string, string> = {
  text: 'text',
  'a number': 'un număr',
  'true or false': 'adevărat sau fals',
  'true/false': 'adevărat sau fals',
  'a list': 'o listă',
  'an object': 'un obiect',
  null: 'gol (null)',
};
const WHAT_HU: Record<string, string> = {
  text: 'szöveg',
  'a number': 'szám',
  'true or false': 'igaz vagy hamis',
  'true/false': 'igaz vagy hamis',
  'a list': 'lista',
  'an object': 'objektum',
  null: 'üres (null)',
};
const LIST_RO: Record<string, string> = { day: 'o zi', category: 'un tip de ajutor', audience: 'un public', language: 'o limbă' };
const LIST_HU: Record<string, string> = { day: 'egy napot', category: 'egy segítségfajtát', audience: 'egy célcsoportot', language: 'egy nyelvet' };
const FIELD_RO: Record<string, string> = { coordinates: 'coordonatele', address: 'adresa' };
const FIELD_HU: Record<string, string> = { coordinates: 'a koordinátákat', address: 'a címet' };

const ro: Table = [
  [/^is required$/, 'este obligatoriu'],
  [/^must not be empty$/, 'nu poate fi gol'],
  [/^must not be blank$/, 'nu poate conține doar spații'],
  [/^must be at most (\d+) characters$/, 'poate avea cel mult $1 de caractere'],
  [/^must not contain control or bidi-override characters$/, 'nu poate conține caractere de control sau de inversare a direcției textului'],
  [/^must be well-formed Unicode text.*$/, 'trebuie să fie text Unicode corect (are o jumătate de pereche surogat)'],
  [/^language keys must be language codes such as "ro" or "hu"$/, 'cheile trebuie să fie coduri de limbă, precum „ro” sau „hu”'],
  [/^must have a text in at least one language$/, 'trebuie să aibă un text în cel puțin o limbă'],
  [/^must be text, or an object with one text per language.*$/, 'trebuie să fie un text sau câte un text pentru fiecare limbă'],
  [/^must be an ISO date \(YYYY-MM-DD\)$/, 'trebuie să fie o dată AAAA-LL-ZZ'],
  [/^must be an ISO date and time \(e\.g\. (.+)\)$/, 'trebuie să fie o dată și o oră ISO (de exemplu $1)'],
  [/^must be a language code such as "ro" or "hu"$/, 'trebuie să fie un cod de limbă, precum „ro” sau „hu”'],
  [/^must be an https:\/\/ link$/, 'trebuie să fie o adresă https://'],
  [/^unknown ([a-z ]+) ("[^"]*"|\S+) \(expected one of: (.+)\)$/, 'valoare necunoscută $2 (se acceptă: $3)'],
  [/^must list at least one (day|category|audience|language)$/, 'trebuie să conțină cel puțin {{list:$1}}'],
  [/^must be a time HH:MM$/, 'trebuie să fie o oră HH:MM'],
  [/^must be an E\.164 number such as (\+\d+) \(or a short number such as (\d+)\)$/, 'trebuie să fie un număr în format internațional, precum $1 (sau un număr scurt, precum $2)'],
  [/^must be a 6-digit Romanian postal code$/, 'trebuie să fie un cod poștal românesc de 6 cifre'],
  [/^must be between (-?\d+) and (-?\d+)$/, 'trebuie să fie între $1 și $2'],
  [/^must be 1–100 letters, digits.*$/, 'trebuie să aibă 1–100 de litere, cifre, „.”, „_”, „:” sau „-”, începând cu o literă sau o cifră'],
  [/^must be an e-mail address$/, 'trebuie să fie o adresă de e-mail'],
  [/^must be "([^"]+)"$/, 'trebuie să fie „$1”'],
  [/^must be later than generatedAt$/, 'trebuie să fie după generatedAt'],
  [/^duplicate id "([^"]*)" \(already used by (.+)\)$/, 'identificatorul „$1” se repetă (îl folosește deja $2)'],
  [/^must be left out: location\.confidentiality is (.+), so the (coordinates|address) must never be published$/, 'trebuie să lipsească: locația este confidențială ($1), deci {{field:$2}} nu se publică niciodată'],
  [/^must give open247: true, weekly slots or a note$/, 'trebuie să spună „non-stop”, să aibă intervale sau o notă'],
  [/^must be left out when open247 is true$/, 'trebuie să lipsească atunci când e deschis non-stop'],
  [/^must differ from opens$/, 'trebuie să difere de ora de deschidere'],
  [/^must not be earlier than verifiedAt$/, 'nu poate fi înainte de data verificării'],
  [/^must be (text|a number|true or false|a list|an object), not (.+)$/, 'trebuie să fie {{what:$1}}, nu {{what:$2}}'],
  [/^unknown field "([^"]*)"$/, 'câmp necunoscut „$1”'],
  [/^must be an object$/, 'trebuie să fie un obiect'],
  [/^must be a list of services$/, 'trebuie să fie o listă de servicii'],
  [/^must be a JSON object \(a reper-directory\/1 feed\)$/, 'trebuie să fie un obiect JSON (un director reper-directory/1)'],
  [/^is not UTF-8 text$/, 'nu este text UTF-8'],
  [/^is not valid JSON: (.+)$/, 'nu este JSON valid: $1'],
];

const hu: Table = [
  [/^is required$/, 'kötelező'],
  [/^must not be empty$/, 'nem lehet üres'],
  [/^must not be blank$/, 'nem állhat csak szóközökből'],
  [/^must be at most (\d+) characters$/, 'legfeljebb $1 karakter lehet'],
  [/^must not contain control or bidi-override characters$/, 'nem tartalmazhat vezérlő- vagy irányváltó karaktereket'],
  [/^must be well-formed Unicode text.*$/, 'helyes Unicode-szöveg kell legyen (egy fél helyettesítő pár van benne)'],
  [/^language keys must be language codes such as "ro" or "hu"$/, 'a kulcsok nyelvkódok legyenek, pl. „ro” vagy „hu”'],
  [/^must have a text in at least one language$/, 'legalább egy nyelven kell szöveg'],
  [/^must be text, or an object with one text per language.*$/, 'szöveg vagy nyelvenként egy szöveg kell legyen'],
  [/^must be an ISO date \(YYYY-MM-DD\)$/, 'ÉÉÉÉ-HH-NN dátum kell legyen'],
  [/^must be an ISO date and time \(e\.g\. (.+)\)$/, 'ISO dátum és idő kell legyen (pl. $1)'],
  [/^must be a language code such as "ro" or "hu"$/, 'nyelvkód kell legyen, pl. „ro” vagy „hu”'],
  [/^must be an https:\/\/ link$/, 'https:// cím kell legyen'],
  [/^unknown ([a-z ]+) ("[^"]*"|\S+) \(expected one of: (.+)\)$/, 'ismeretlen érték: $2 (lehetséges: $3)'],
  [/^must list at least one (day|category|audience|language)$/, 'legalább {{list:$1}} meg kell adni'],
  [/^must be a time HH:MM$/, 'ÓÓ:PP időpont kell legyen'],
  [/^must be an E\.164 number such as (\+\d+) \(or a short number such as (\d+)\)$/, 'nemzetközi formátumú szám kell legyen, pl. $1 (vagy rövid szám, pl. $2)'],
  [/^must be a 6-digit Romanian postal code$/, '6 jegyű romániai irányítószám kell legyen'],
  [/^must be between (-?\d+) and (-?\d+)$/, '$1 és $2 között kell legyen'],
  [/^must be 1–100 letters, digits.*$/, '1–100 betű, számjegy, „.”, „_”, „:” vagy „-” lehet, betűvel vagy számjeggyel kezdve'],
  [/^must be an e-mail address$/, 'e-mail cím kell legyen'],
  [/^must be "([^"]+)"$/, '„$1” kell legyen'],
  [/^must be later than generatedAt$/, 'a generatedAt után kell legyen'],
  [/^duplicate id "([^"]*)" \(already used by (.+)\)$/, 'ismétlődő azonosító: „$1” (már használja: $2)'],
  [/^must be left out: location\.confidentiality is (.+), so the (coordinates|address) must never be published$/, 'el kell hagyni: a helyszín bizalmas ($1), ezért {{field:$2}} soha nem szabad közzétenni'],
  [/^must give open247: true, weekly slots or a note$/, 'meg kell adni: éjjel-nappal, időszakok vagy megjegyzés'],
  [/^must be left out when open247 is true$/, 'el kell hagyni, ha éjjel-nappal nyitva van'],
  [/^must differ from opens$/, 'el kell térnie a nyitás időpontjától'],
  [/^must not be earlier than verifiedAt$/, 'nem lehet korábbi az ellenőrzés dátumánál'],
  [/^must be (text|a number|true or false|a list|an object), not (.+)$/, '{{what:$1}} kell legyen, nem {{what:$2}}'],
  [/^unknown field "([^"]*)"$/, 'ismeretlen mező: „$1”'],
  [/^must be an object$/, 'objektum kell legyen'],
  [/^must be a list of services$/, 'szolgálatok listája kell legyen'],
  [/^must be a JSON object \(a reper-directory\/1 feed\)$/, 'JSON-objektum kell legyen (reper-directory/1 címtár)'],
  [/^is not UTF-8 text$/, 'nem UTF-8 szöveg'],
  [/^is not valid JSON: (.+)$/, 'nem érvényes JSON: $1'],
];

const TABLES: Partial<Record<EditorLang, { table: Table; what: Record<string, string>; list: Record<string, string>; field: Record<string, string> }>> = {
  ro: { table: ro, what: WHAT_RO, list: LIST_RO, field: FIELD_RO },
  hu: { table: hu, what: WHAT_HU, list: LIST_HU, field: FIELD_HU },
};

/** `reason` in `lang`; English, or a reason no pattern knows, is returned unchanged. */
export function reasonIn(lang: EditorLang, reason: string): string {
  const t = TABLES[lang];
  if (!t) return reason;
  for (const [re, out] of t.table) {
    const m = re.exec(reason);
    if (!m) continue;
    return out
      .replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '')
      .replace(/\{\{(what|list|field):([^}]*)\}\}/g, (_, kind: 'what' | 'list' | 'field', v: string) => t[kind][v] ?? v);
  }
  return reason;
}
