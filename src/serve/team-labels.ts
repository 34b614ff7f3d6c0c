/**
 * The review page's words for working as a team: editors' names, who decided when, rejecting
 * the rest of a section, closing an issue with confirmation, and items carried over from the
 * last issue. Spread into each language's table in labels.ts.
 */
const nb = {
  editorLabel: 'Redaktør',
  editorChange: 'Bytt navn',
  editorTitle: 'Navnet ditt',
  editorAsk: 'Skriv navnet ditt én gang, så vises det ved beslutningene du tar (det lagres i denne nettleseren).',
  editorName: 'Navn',
  editorSave: 'Lagre navnet',
  decidedLine: (status: string, who: string | null, when: string) => (who ? `${status} av ${who}, ${when}` : `${status}, ${when}`),
  rejectRest: 'Avvis resten av seksjonen',
  rejectedRest: (n: number) => `${n} ${n === 1 ? 'sak' : 'saker'} avvist`,
  undoneMany: (n: number) => `Angret ${n} beslutninger`,
  keptFor: (title: string, who: string | null) => `«${title}» ble avgjort av ${who ?? 'en annen'} etterpå; den beslutningen står.`,
  carriedOver: 'Fra forrige nummer',
  closeConfirmTitle: (name: string) => `Lukk «${name}»?`,
  closeConfirmUndecided: (n: number) =>
    n === 0
      ? 'Alle kandidatene siden forrige nummer er avgjort.'
      : `${n} ${n === 1 ? 'kandidat' : 'kandidater'} siden forrige nummer er ikke avgjort. Etter lukkingen vises de ikke lenger i standardvisningen (de finnes under «Valgte datoer»).`,
  closeConfirmMaybe: (n: number) =>
    n === 0 ? 'Ingen saker står som Kanskje.' : `${n} ${n === 1 ? 'sak står' : 'saker står'} som Kanskje. De blir med videre og vises i neste nummers kandidater til de er avgjort.`,
  closeConfirmMark: 'Merket «siden forrige nummer» flyttes til nå. Nummeret kan åpnes igjen hvis det ble lukket ved en feil.',
  closeConfirmButton: 'Ja, lukk nummeret',
  cancel: 'Avbryt',
  teamErrors: {
    'editor-name-missing': 'skriv et navn',
    'editor-name-too-long': 'navnet er for langt',
    'editor-name-invalid': 'navnet har tegn som ikke kan brukes',
    'unknown-section': 'seksjonen finnes ikke',
    'nothing-to-reject': 'ingen kandidater uten beslutning i seksjonen',
  } as Record<string, string>,
};

export type TeamLabels = typeof nb;

const en: TeamLabels = {
  editorLabel: 'Editor',
  editorChange: 'Change name',
  editorTitle: 'Your name',
  editorAsk: 'Give your name once and it is shown beside the decisions you make (it is kept in this browser).',
  editorName: 'Name',
  editorSave: 'Save the name',
  decidedLine: (status: string, who: string | null, when: string) => (who ? `${status} by ${who}, ${when}` : `${status}, ${when}`),
  rejectRest: 'Reject the rest of the section',
  rejectedRest: (n: number) => `${n} ${n === 1 ? 'item' : 'items'} rejected`,
  undoneMany: (n: number) => `Undid ${n} decisions`,
  keptFor: (title: string, who: string | null) => `“${title}” was decided by ${who ?? 'someone else'} since; that decision stands.`,
  carriedOver: 'From the last issue',
  closeConfirmTitle: (name: string) => `Close “${name}”?`,
  closeConfirmUndecided: (n: number) =>
    n === 0
      ? 'Every candidate since the last issue is decided.'
      : `${n} ${n === 1 ? 'candidate' : 'candidates'} since the last issue ${n === 1 ? 'is' : 'are'} undecided. After closing they are no longer in the default view (they are under “Chosen dates”).`,
  closeConfirmMaybe: (n: number) =>
    n === 0 ? 'No items are marked Maybe.' : `${n} ${n === 1 ? 'item is' : 'items are'} marked Maybe. They carry over and show among the next issue’s candidates until decided.`,
  closeConfirmMark: 'The “since the last issue” mark moves to now. The issue can be reopened if it was closed by mistake.',
  closeConfirmButton: 'Yes, close the issue',
  cancel: 'Cancel',
  teamErrors: {
    'editor-name-missing': 'give a name',
    'editor-name-too-long': 'the name is too long',
    'editor-name-invalid': 'the name has characters that cannot be used',
    'unknown-section': 'no such section',
    'nothing-to-reject': 'no undecided candidates in the section',
  },
};

export const teamLabels = { nb, en } as const;
