/**
 * The loader's problems with sources.json (English, for maintainers) in the editor's words:
 * a table of the messages the schema and the loader give, each rewritten for Norwegian; an
 * unknown message is kept as it is, after a Norwegian lead-in, so nothing is lost.
 */
import type { Language } from './labels.js';

type Rewrite = [RegExp, (match: RegExpExecArray) => string];

const NB: Rewrite[] = [
  [/^Invalid input: expected number, received (\w+)$/, () => 'må være et tall'],
  [/^Invalid input: expected boolean/, () => 'må være på eller av'],
  [/^Invalid input: expected string, received undefined$/, () => 'mangler'],
  [/^Invalid input: expected (\w+)/, (m) => `har feil type (ventet ${m[1]})`],
  [/^Too small: expected number to be >=(-?[\d.]+)$/, (m) => `må være minst ${m[1]}`],
  [/^Too big: expected number to be <=(-?[\d.]+)$/, (m) => `kan være høyst ${m[1]}`],
  [/^Too small: expected array to have >=1 items?$/, () => 'trenger minst én verdi'],
  [/^Too small: expected string to have >=1 characters?$/, () => 'kan ikke være tom'],
  [/^unknown section "(.*)" \(known: (.*)\)$/, (m) => `ukjent seksjon «${m[1]}» (kjente: ${m[2]})`],
  [/^not a valid CSS selector: (.*)$/, (m) => `ikke en gyldig CSS-velger: ${m[1]}`],
  [/^not a valid regular expression: (.*)$/, (m) => `ikke et gyldig regulært uttrykk: ${m[1]}`],
  [/^may backtrack catastrophically/, () => 'kan låse programmet (en gjentakelse inni en gjentakelse, som (a+)+, eller syntaks som ikke kan kontrolleres): skriv det om'],
  [/^give `articles` \(link patterns\), `select` \(selectors\), or both$/, () => 'oppgi lenkemønstre, velgere eller begge deler'],
  [/^give `next` \(a selector\) or `template`/, () => 'oppgi en «neste»-velger eller en adressemal'],
  [/^duplicate id "(.*)" \(also (.*)\)$/, (m) => `id-en «${m[1]}» finnes allerede (${m[2]})`],
  [/^unknown source "(.*)"$/, (m) => `ukjent kilde «${m[1]}»`],
  [/^unknown key$/, () => 'ukjent nøkkel'],
  [/^must be an absolute http\(s\) URL$/, () => 'må være en fullstendig http(s)-adresse'],
  [/^not valid JSON: (.*)$/, (m) => `ikke gyldig JSON: ${m[1]}`],
];

/** One loader message in the page's language. Pure. */
export function configIssueText(message: string, language: Language): string {
  if (language === 'en') return message;
  for (const [pattern, rewrite] of NB) {
    const match = pattern.exec(message);
    if (match) return rewrite(match);
  }
  return `ugyldig verdi (${message})`;
}
