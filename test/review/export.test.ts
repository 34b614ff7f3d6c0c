import { describe, expect, it } from 'vitest';
import {
  buildIssueExport,
  exportHtmlDocument,
  exportHtmlFragment,
  exportJson,
  exportMarkdown,
  inferKind,
  norwegianMonth,
  renderLead,
  repeatsSource,
  shortSourceName,
  type ExportItemInput,
  type LeadFields,
} from '../../src/review/export.js';

describe('norwegianMonth: the month in Oslo, in Norwegian', () => {
  it.each([
    ['2022-06-08T10:00:00Z', 'juni'],
    ['2026-01-01T12:00:00Z', 'januar'],
    ['2026-03-15T12:00:00Z', 'mars'],
    ['2026-05-02T12:00:00Z', 'mai'],
    ['2026-12-31T12:00:00Z', 'desember'],
    // 22:30 UTC on 30 June is already 1 July in Oslo (summer time, +2).
    ['2026-06-30T22:30:00Z', 'juli'],
    // 23:30 UTC on 31 January is 1 February in Oslo (+1).
    ['2026-01-31T23:30:00Z', 'februar'],
  ])('%s → %s', (iso, month) => {
    expect(norwegianMonth(iso)).toBe(month);
  });
});

describe('shortSourceName: the institution, not the listing', () => {
  it.each([
    ['Fafo – rapporter', 'Fafo'],
    ['GRETA – Europarådet (coe.int)', 'GRETA'],
    ['EU-kommisjonen – Migration and Home Affairs', 'EU-kommisjonen'],
    ['Stortinget — saker', 'Stortinget'],
    ['HEUNI', 'HEUNI'],
    ['A-krim - nyheter', 'A-krim'],
  ])('%s → %s', (name, short) => {
    expect(shortSourceName(name)).toBe(short);
  });
});

describe('inferKind: what the lead calls the publication', () => {
  it.each([
    ['Grov utnytting av utenlandske arbeidstakere', 'https://www.fafo.no/zoo-publikasjoner/fafo-rapporter/grov-utnytting', 'rapporten'],
    ['GRETA publishes its third report on Norway', 'https://www.coe.int/x', 'rapporten'],
    ['Pro Sentrets årsrapport for 2021', 'https://prosentret.no/x', 'årsrapporten'],
    ['Representantforslag om en nasjonal handlingsplan mot tvangsarbeid', 'https://stortinget.no/x', 'representantforslaget'],
    ['Skriftlig spørsmål om repatriering', 'https://stortinget.no/x', 'spørsmålet'],
    ['Høring om endringer i utlendingsloven', 'https://regjeringen.no/x', 'høringen'],
    ['Ny forskrift om informasjonsdeling', 'https://regjeringen.no/x', 'forskriften'],
    ['Guidance Note on addressing the risks of trafficking', 'https://coe.int/x', 'veiledningen'],
    ['Policy brief: residence permits', 'https://heuni.fi/x', 'notatet'],
    ['A Common Anti-Trafficking Plan', 'https://ec.europa.eu/x', 'planen'],
    ['New study aims to improve detection', 'https://heuni.fi/x', 'studien'],
    ['Webinar on the war in Ukraine', 'https://coe.int/x', 'webinaret'],
    ['Stortinget vedtok endringer', 'https://stortinget.no/sak', ''],
    ['Handbook for labour inspectors', 'https://ilo.org/x', 'veilederen'],
    ['Ny veileder om identifisering', 'https://bufdir.no/x', 'veilederen'],
    ['GRETA publishes its fourth evaluation report on Norway', 'https://www.coe.int/x', 'evalueringsrapporten'],
  ])('%s → %s', (title, url, kind) => {
    expect(inferKind(title, url)).toBe(kind);
  });
});

const fields = (over: Partial<LeadFields> = {}): LeadFields => ({
  event: '',
  source: 'Fafo',
  sourceName: 'Fafo – rapporter',
  month: 'juni',
  year: '2022',
  date: '8. juni 2022',
  title: 'Grov utnytting av utenlandske arbeidstakere',
  url: 'https://www.fafo.no/r/1',
  kind: 'rapporten',
  section: 'Forskning',
  ...over,
});

describe('renderLead: a template filled in, "se her" as the link', () => {
  it.each([
    {
      template: '{source} lanserte i {month} rapporten «{title}», se her.',
      over: {},
      lead: 'Fafo lanserte i juni rapporten «Grov utnytting av utenlandske arbeidstakere», se her.',
      link: 'se her',
    },
    {
      template: '{source} publiserte i {month} {kind} «{title}», se her.',
      over: { source: 'HEUNI', kind: 'studien', title: 'New study' },
      lead: 'HEUNI publiserte i juni studien «New study», se her.',
      link: 'se her',
    },
    {
      // An empty {kind} leaves no double space.
      template: '{source} publiserte i {month} {kind} «{title}», se her.',
      over: { source: 'OSSE', kind: '', title: 'Møte' },
      lead: 'OSSE publiserte i juni «Møte», se her.',
      link: 'se her',
    },
    {
      template: '{kind} «{title}» kom i {month} {year}, Se her.',
      over: { kind: 'rapporten', title: 'X' },
      lead: 'Rapporten «X» kom i juni 2022, Se her.',
      link: 'Se her',
    },
    {
      template: '{source}: «{title}» ({url})',
      over: { title: 'X' },
      lead: 'Fafo: «X» (https://www.fafo.no/r/1)',
      link: 'https://www.fafo.no/r/1',
    },
    {
      // No link in the template: the URL is added.
      template: '{source} publiserte {date} «{title}».',
      over: { title: 'X' },
      lead: 'Fafo publiserte 8. juni 2022 «X». (https://www.fafo.no/r/1)',
      link: 'https://www.fafo.no/r/1',
    },
    {
      // An unknown placeholder stays visible, so the typo shows.
      template: '{sorce} publiserte «{title}», se her.',
      over: { title: 'X' },
      lead: '{sorce} publiserte «X», se her.',
      link: 'se her',
    },
    {
      // "se her" inside a title is text, not the link; only the template's own is.
      template: '«{title}», se her.',
      over: { title: 'Se her: ny rapport' },
      lead: '«Se her: ny rapport», se her.',
      link: 'se her',
    },
  ])('$template', ({ template, over, lead, link }) => {
    const parts = renderLead(template, fields(over));
    expect(parts.map((p) => p.text).join('')).toBe(lead);
    const links = parts.filter((p) => p.href !== undefined);
    expect(links).toEqual([{ text: link, href: 'https://www.fafo.no/r/1' }]);
  });
});

const item = (over: Partial<ExportItemInput>): ExportItemInput => ({
  id: 'i1',
  title: 'Grov utnytting av utenlandske arbeidstakere',
  url: 'https://www.fafo.no/zoo-publikasjoner/grov-utnytting',
  summary: null,
  sourceName: 'Fafo – rapporter',
  sectionId: 'forskning',
  published: '2022-06-08T10:00:00Z',
  firstSeen: '2022-06-09T05:00:00Z',
  note: null,
  ...over,
});

const sections = [
  { id: 'politiske-tiltak', title: 'Politiske tiltak' },
  { id: 'forskning', title: 'Forskningsrapporter og digitale seminarer' },
  { id: 'greta', title: 'GRETA' },
];

const settings = {
  templates: {
    forskning: '{source} lanserte i {month} rapporten «{title}», se her.',
    greta: 'GRETA publiserte i {month} «{title}», se her.',
  },
  defaultTemplate: '{source} publiserte i {month} {kind} «{title}», se her.',
};

const issue = { id: 3, name: 'Nyhetsbrev juli–september 2022', periodFrom: '2022-07-01', periodTo: '2022-09-30', openedAt: '2022-07-01T08:00:00Z', closedAt: null };

function sample() {
  return buildIssueExport({
    issue,
    sections,
    settings,
    generatedAt: '2022-10-01T08:00:00Z',
    items: [
      item({}),
      item({ id: 'i2', title: 'Implementering av Jeg Vet', url: 'https://www.fafo.no/jeg-vet', published: '2022-05-20T10:00:00Z', note: 'kort omtale' }),
      item({
        id: 'i3',
        title: 'Guidance Note on addressing the risks of trafficking',
        url: 'https://www.coe.int/guidance',
        sourceName: 'GRETA – Europarådet (coe.int)',
        sectionId: 'greta',
        published: '2022-05-12T10:00:00Z',
      }),
      item({
        id: 'i4',
        title: 'Ny forskrift om informasjonsdeling i a-krim-samarbeidet',
        url: 'https://www.regjeringen.no/forskrift',
        sourceName: 'Regjeringen – dokumenter',
        sectionId: 'politiske-tiltak',
        published: null,
        firstSeen: '2022-06-20T06:00:00Z',
      }),
      item({ id: 'i5', title: 'Gammel sak', url: 'https://example.org/x', sourceName: 'Borte', sectionId: 'fjernet-seksjon' }),
    ],
  });
}

describe('repeatsSource: a title that names its source, under a template that does too', () => {
  it.each([
    ['{source} publiserte i {month} «{title}», se her.', 'GRETA publishes its fourth evaluation report on Norway', 'GRETA', true],
    ['GRETA publiserte i {month} «{title}», se her.', 'GRETA publishes its fourth evaluation report on Norway', 'GRETA', true],
    ['{sourceName}: «{title}»', 'Fafo: Grov utnytting', 'Fafo', true],
    ['{source} publiserte i {month} «{title}», se her.', 'Guidance Note on addressing the risks of trafficking', 'GRETA', false],
    // "GRETAs" is not the name on its own; nor does a title naming it later repeat the lead's opening.
    ['{source} publiserte i {month} «{title}», se her.', 'GRETAs fjerde rapport', 'GRETA', false],
    ['{source} publiserte i {month} «{title}», se her.', 'Report by GRETA on Norway', 'GRETA', false],
    // The template does not name the source: nothing is said twice.
    ['I {month}: «{title}», se her.', 'GRETA publishes its fourth evaluation report on Norway', 'GRETA', false],
    ['{source} publiserte i {month} «{title}», se her.', 'Anything', '', false],
  ])('%s / %s / %s → %s', (template, title, source, expected) => {
    expect(repeatsSource(template, title, source)).toBe(expected);
  });
});

describe('buildIssueExport: leads that read right when the title is English', () => {
  const lead = (title: string, sectionId: string, sourceName: string, headlineTemplate?: string): string =>
    buildIssueExport({
      issue,
      sections,
      settings: { ...settings, ...(headlineTemplate ? { headlineTemplate } : {}) },
      generatedAt: '2026-12-10T08:00:00Z',
      items: [item({ id: 'e1', title, url: 'https://www.coe.int/en/greta-norway', sourceName, sectionId, published: '2026-12-03T10:00:00Z' })],
    }).sections[0]!.items[0]!.lead;
  it.each([
    // The issue's example: the source said once, the kind named, the title quoted as published.
    ['GRETA publishes its fourth evaluation report on Norway', 'greta', 'GRETA – Europarådet (coe.int)', 'I desember kom evalueringsrapporten «GRETA publishes its fourth evaluation report on Norway», se her.'],
    ['Guidance Note on addressing the risks of trafficking', 'greta', 'GRETA – Europarådet (coe.int)', 'GRETA publiserte i desember «Guidance Note on addressing the risks of trafficking», se her.'],
    ['Trafficking guidance for labour inspectors', 'politiske-tiltak', 'ILO – publikasjoner', 'ILO publiserte i desember veiledningen «Trafficking guidance for labour inspectors», se her.'],
    ['Fafo: New report on forced labour', 'forskning', 'Fafo – rapporter', 'I desember kom rapporten «Fafo: New report on forced labour», se her.'],
    ['ILO says forced labour rises', 'politiske-tiltak', 'ILO – publikasjoner', 'I desember kom «ILO says forced labour rises», se her.'],
  ])('%s → %s', (title, sectionId, sourceName, expected) => {
    expect(lead(title, sectionId, sourceName)).toBe(expected);
  });
  it('takes the configured headline template', () => {
    expect(lead('GRETA publishes its fourth evaluation report on Norway', 'greta', 'GRETA – Europarådet (coe.int)', '{kind} fra desember: «{title}», se her.')).toBe(
      'Evalueringsrapporten fra desember: «GRETA publishes its fourth evaluation report on Norway», se her.',
    );
  });
});

describe('buildIssueExport: an accepted event', () => {
  it('leads with what happened, dated by month', () => {
    const exp = buildIssueExport({
      issue,
      sections,
      settings,
      generatedAt: '2022-10-01T08:00:00Z',
      items: [
        item({
          id: 'ev-0123456789abc',
          title: 'Representantforslag om å sikre ureturnerbare asylsøkeres rett til å ta lønnet arbeid',
          url: 'https://www.stortinget.no/no/Saker-og-publikasjoner/Saker/Sak/?p=87960',
          sourceName: 'Stortinget – saker',
          sectionId: 'politiske-tiltak',
          published: '2022-02-01T10:00:00Z',
          event: { label: 'Stortinget behandlet saken {date}: ikke vedtatt', at: '2022-05-10T12:00:00Z' },
        }),
      ],
    });
    expect(exp.sections[0]!.items[0]!.lead).toBe(
      'Stortinget behandlet saken i mai: ikke vedtatt – «Representantforslag om å sikre ureturnerbare asylsøkeres rett til å ta lønnet arbeid», se her.',
    );
  });
});

describe('buildIssueExport: accepted items grouped by section, as the newsletter writes them', () => {
  it("groups in the newsletter's section order, newest first, unknown sections last", () => {
    const exp = sample();
    expect(exp.sections.map((s) => s.title)).toEqual(['Politiske tiltak', 'Forskningsrapporter og digitale seminarer', 'GRETA', 'Uten seksjon']);
    expect(exp.sections[1]!.items.map((i) => i.id)).toEqual(['i1', 'i2']);
  });

  it("uses the section's template, else the default, with the month it was published (or first seen)", () => {
    const leads = sample().sections.flatMap((s) => s.items.map((i) => i.lead));
    expect(leads).toEqual([
      'Regjeringen publiserte i juni forskriften «Ny forskrift om informasjonsdeling i a-krim-samarbeidet», se her.',
      'Fafo lanserte i juni rapporten «Grov utnytting av utenlandske arbeidstakere», se her.',
      'Fafo lanserte i mai rapporten «Implementering av Jeg Vet», se her.',
      'GRETA publiserte i mai «Guidance Note on addressing the risks of trafficking», se her.',
      'Borte publiserte i juni «Gammel sak», se her.',
    ]);
  });

  it('writes Markdown with "se her" as the link', () => {
    expect(exportMarkdown(sample())).toBe(`# Nyhetsbrev juli–september 2022

_1. juli 2022 – 30. september 2022_

## Politiske tiltak

Regjeringen publiserte i juni forskriften «Ny forskrift om informasjonsdeling i a-krim-samarbeidet», [se her](https://www.regjeringen.no/forskrift).

## Forskningsrapporter og digitale seminarer

Fafo lanserte i juni rapporten «Grov utnytting av utenlandske arbeidstakere», [se her](https://www.fafo.no/zoo-publikasjoner/grov-utnytting).

Fafo lanserte i mai rapporten «Implementering av Jeg Vet», [se her](https://www.fafo.no/jeg-vet).

## GRETA

GRETA publiserte i mai «Guidance Note on addressing the risks of trafficking», [se her](https://www.coe.int/guidance).

## Uten seksjon

Borte publiserte i juni «Gammel sak», [se her](https://example.org/x).
`);
  });

  it('writes HTML to paste, and a standalone page', () => {
    const fragment = exportHtmlFragment(sample());
    expect(fragment).toContain('<h2>Forskningsrapporter og digitale seminarer</h2>');
    expect(fragment).toContain(
      '<p>Fafo lanserte i juni rapporten «Grov utnytting av utenlandske arbeidstakere», <a href="https://www.fafo.no/zoo-publikasjoner/grov-utnytting">se her</a>.</p>',
    );
    const page = exportHtmlDocument(sample());
    expect(page).toMatch(/^<!doctype html>/);
    expect(page).toContain('<title>Nyhetsbrev juli–september 2022</title>');
    expect(page).toContain(fragment);
  });

  it('writes JSON with the lead in every form, the kind and the note', () => {
    const json = JSON.parse(exportJson(sample()));
    expect(json.issue.name).toBe('Nyhetsbrev juli–september 2022');
    const fafo = json.sections[1].items[1];
    expect(fafo).toMatchObject({
      id: 'i2',
      source: 'Fafo',
      month: 'mai',
      kind: null,
      note: 'kort omtale',
      lead: 'Fafo lanserte i mai rapporten «Implementering av Jeg Vet», se her.',
      leadMarkdown: 'Fafo lanserte i mai rapporten «Implementering av Jeg Vet», [se her](https://www.fafo.no/jeg-vet).',
      leadHtml: 'Fafo lanserte i mai rapporten «Implementering av Jeg Vet», <a href="https://www.fafo.no/jeg-vet">se her</a>.',
    });
    expect(json.sections[3].id).toBeNull();
  });

  it('escapes web text in every format and drops unsafe links', () => {
    const exp = buildIssueExport({
      issue: { ...issue, name: 'Nr <1>' },
      sections,
      settings,
      generatedAt: '2022-10-01T08:00:00Z',
      items: [
        item({ title: '<script>alert(1)</script> *fet* [lenke](x)', url: 'javascript:alert(1)' }),
        item({ id: 'i9', title: 'Parentes', url: 'https://example.org/a (b)', published: '2022-06-01T10:00:00Z' }),
      ],
    });
    const fragment = exportHtmlFragment(exp);
    expect(fragment).not.toContain('<script>');
    expect(fragment).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(fragment).toContain('<a href="#">se her</a>');
    expect(exportHtmlDocument(exp)).toContain('<title>Nr &lt;1&gt;</title>');
    const md = exportMarkdown(exp);
    expect(md).toContain('«\\<script\\>alert(1)\\</script\\> \\*fet\\* \\[lenke\\](x)»');
    expect(md).toContain('[se her](https://example.org/a%20%28b%29)');
    // JSON keeps the text as it is: it is data, escaped by whoever renders it.
    expect(JSON.parse(exportJson(exp)).sections[0].items[0].title).toBe('<script>alert(1)</script> *fet* [lenke](x)');
  });
});
