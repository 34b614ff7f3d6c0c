/**
 * NIM, Norges institusjon for menneskerettigheter (www.nhri.no): WordPress. Known
 * (docs/sources.md): the front page is the post index, paged as `/page/N/` with a `?lang=`
 * language variable (stored copies `nhri.no/page/2/?lang=no_NO`, `nhri.no/page/36/?lang=no_NO`),
 * the annual reports under `/arsmelding/…`. A WordPress site's main feed is `/feed/` in the core
 * RSS 2.0 template (wordpress.ts); that nhri.no leaves it on is an assumption (L). The post URL
 * shape is not known: here `/<year>/<slug>/`, which the feed source does not depend on.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  htmlResponse,
  isoOslo,
  renderPage,
  slugOf,
  trimSlash,
  visibleOn,
  type ListedItem,
  type TableItem,
} from './common.js';
import { renderWordpressRss2, stablePostId } from './wordpress.js';

export const NIM_FEED_URL = 'https://www.nhri.no/feed/';
const SITE = 'https://www.nhri.no';

export interface NimItem extends TableItem {
  /** WordPress category ("Høringssvar", "Rapporter", "Nyheter"; default Nyheter). */
  category?: string;
}

export const nimItems: NimItem[] = [
  {
    title: 'NIM: Ofre for menneskehandel må sikres rett til oppholdstillatelse',
    daysAgo: 0, fromDay: 2, category: 'Høringssvar', onTopic: true,
    summary: 'NIM har sendt høringssvar om endringer i utlendingsforskriften og mener vernet av ofre for menneskehandel må styrkes.',
  },
  {
    title: 'Norge bør vedta et ambisiøst klimamål',
    daysAgo: 2, category: 'Høringssvar', onTopic: false,
    summary: 'NIM mener regjeringen bør følge Miljødirektoratets faglige råd om Norges klimamål.',
  },
  {
    title: 'Stortinget har behandlet NIMs årsmelding for 2021',
    slug: 'stortinget-har-behandlet-nims-arsmelding-for-2021', daysAgo: 5, category: 'Nyheter', onTopic: true,
    summary: 'Kontroll- og konstitusjonskomiteen sluttet seg til flere av NIMs anbefalinger, blant annet om enslige mindreårige asylsøkere.',
  },
  {
    title: 'Ny rapport om samers rettigheter ved arealinngrep',
    daysAgo: 9, category: 'Rapporter', onTopic: false,
    summary: 'Rapporten gir en oversikt over menneskerettslige krav ved inngrep i samiske bruksområder.',
  },
  {
    title: 'Flyktninger fra Ukraina: NIMs innspill om midlertidig kollektiv beskyttelse',
    daysAgo: 14, category: 'Høringssvar', onTopic: true,
    summary: 'NIM hadde merknader om barns rettigheter og om tilsyn med omsorgen for flyktninger fra Ukraina.',
  },
  {
    title: 'Ledig stilling: seniorrådgiver',
    daysAgo: 19, category: 'Nyheter', onTopic: false,
    summary: 'NIM søker en seniorrådgiver med erfaring fra menneskerettigheter og offentlig forvaltning.',
  },
  {
    title: 'Barns rett til beskyttelse mot vold, overgrep og utnytting',
    daysAgo: 27, category: 'Rapporter', onTopic: true,
    summary: 'Rapporten viser at barn som utsettes for vold og seksuell utnytting ikke får god nok oppfølging.',
  },
];

export interface NimListed extends ListedItem {
  path: string;
  postId: number;
  published: Date;
  category: string;
}

export function nimPosts(table: readonly NimItem[], day: number, today: Date): NimListed[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    const path = `/${when.day.year}/${slugOf(item)}/`;
    return {
      title: item.title,
      url: `${SITE}${path}`,
      path,
      postId: stablePostId(31_000, slugOf(item)),
      published: when.at,
      category: item.category ?? 'Nyheter',
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

const header = `<header class="site-header"><a href="/"><img src="/wp-content/themes/nim/img/nim-logo.svg" alt="Norges institusjon for menneskerettigheter"></a>
<nav><a href="/tema/">Tema</a> <a href="/rapporter/">Rapporter</a> <a href="/arsmelding/">Årsmeldinger</a> <a href="/?lang=en">English</a> <a href="/?lang=se">Sámegiella</a></nav></header>`;
const footer = `<footer class="site-footer"><p>Norges institusjon for menneskerettigheter · Akersgata 8 · 0158 Oslo</p></footer>`;

function postPage(post: NimListed): string {
  const head = [
    `<meta property="og:title" content="${escapeHtml(post.title)}">`,
    `<meta property="article:published_time" content="${isoOslo(post.published)}">`,
  ].join('\n');
  const main = `<article class="post"><h1>${escapeHtml(post.title)}</h1><p class="post-category">${escapeHtml(post.category)}</p><p>${escapeHtml(post.summary)}</p></article>`;
  return renderPage({ lang: 'nb-NO', title: `${post.title} - NIM`, head, header, main, footer });
}

/** The nhri.no replica serving `table`: the WordPress main feed and one page per post. */
export function makeNimSite(table: readonly NimItem[]): ReplicaSite {
  return {
    name: 'nim',
    hosts: ['www.nhri.no', 'nhri.no'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const posts = nimPosts(table, state.day, state.today);
      if (trimSlash(request.path) === '/feed') {
        const body = renderWordpressRss2(
          {
            title: 'NIM',
            link: SITE,
            self: NIM_FEED_URL,
            description: 'Norges institusjon for menneskerettigheter',
            language: 'nb-NO',
            lastBuild: posts[0]?.published ?? state.today,
          },
          posts.map((post) => ({
            title: post.title,
            url: post.url,
            postId: post.postId,
            published: post.published,
            author: 'NIM',
            categories: [post.category],
            excerpt: post.summary,
            content: `<p>${escapeHtml(post.summary)}</p>`,
          })),
        );
        return { status: 200, headers: { 'content-type': 'application/rss+xml; charset=UTF-8' }, body };
      }
      const post = posts.find((p) => p.path === request.path);
      return post ? htmlResponse(postPage(post)) : null;
    },
  };
}

export const nim: ReplicaSite = makeNimSite(nimItems);
