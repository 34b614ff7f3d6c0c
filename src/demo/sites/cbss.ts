/**
 * CBSS, Council of the Baltic Sea States (cbss.org): WordPress. Known (docs/sources.md): posts at
 * `/YYYY/MM/DD/<slug>/` (the seed issue, stored copies), the news listing filtered to the
 * anti-trafficking tag at `/news/?tag=anti-trafficking&cbss_filter=1` (the seed issue; `tag` is
 * WordPress's own query variable for post tags), a MailPoet (Wysija) newsletter page in 2016.
 * WordPress serves every tag's feed at `/tag/<slug>/feed/` (and `/?tag=<slug>&feed=rss2`), in
 * the core RSS 2.0 template (wordpress.ts). The listing's theme markup is not known: the cards
 * below use invented class names, and the fallback config names posts by their URL shape.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import {
  dating,
  escapeHtml,
  formatDate,
  htmlResponse,
  isoDay,
  isoOslo,
  renderPage,
  slugOf,
  trimSlash,
  visibleOn,
  type ListedItem,
  type TableItem,
} from './common.js';
import { renderWordpressRss2, stablePostId, type WordpressPost } from './wordpress.js';

export const CBSS_FEED_URL = 'https://cbss.org/tag/anti-trafficking/feed/';
export const CBSS_LISTING_URL = 'https://cbss.org/news/?tag=anti-trafficking&cbss_filter=1';
const SITE = 'https://cbss.org';
const TAG = 'anti-trafficking';

export interface CbssItem extends TableItem {
  /** WordPress post id (default: derived from the position in the table). */
  postId?: number;
}

export const cbssItems: CbssItem[] = [
  {
    title: 'CBSS Task Force against Trafficking in Human Beings meets in Riga',
    daysAgo: 0, fromDay: 2, onTopic: true,
    summary: 'The Task Force discussed the risks of trafficking and labour exploitation faced by people fleeing the war in Ukraine.',
  },
  {
    title: 'Task Force against Trafficking in Human Beings: final expert meeting during the Norwegian Presidency',
    slug: 'task-force-against-trafficking-in-human-beings-final-expert-meeting-during-the-norwegian-presidency',
    daysAgo: 4, onTopic: true,
    summary: 'The CBSS TF-THB held a two-day meeting in Oslo on the response to refugees from Ukraine, with presentations from UDI, Caritas and KOM.',
  },
  {
    title: 'Vacancy: Communications Officer at the CBSS Secretariat',
    daysAgo: 9, onTopic: false,
    summary: 'The CBSS Secretariat in Stockholm is looking for a Communications Officer for a two-year position.',
  },
  {
    title: 'New report: Labour exploitation in the Baltic Sea Region',
    daysAgo: 15, onTopic: true,
    summary: 'The report maps how labour exploitation and forced labour are detected and prosecuted in the CBSS Member States.',
  },
  {
    title: 'CBSS at the Baltic Sea Youth Dialogue 2022',
    daysAgo: 22, onTopic: false,
    summary: 'Young people from the region met in Berlin to discuss the future of Baltic Sea cooperation.',
  },
  {
    title: 'Webinar: Preventing trafficking of children fleeing Ukraine',
    daysAgo: 30, onTopic: true,
    summary: 'Child protection experts shared practices for identifying unaccompanied minors at risk of trafficking.',
  },
  {
    title: 'Guidelines for municipalities on countering human trafficking updated',
    daysAgo: 44, onTopic: true,
    summary: 'The updated STROM guidelines help local authorities identify and assist victims of trafficking.',
  },
];

export interface CbssListed extends ListedItem {
  path: string;
  postId: number;
  published: Date;
  dateText: string;
}

/** The tag's posts on `day`, newest first (feed and listing hold the same posts). */
export function cbssPosts(table: readonly CbssItem[], day: number, today: Date): CbssListed[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    const [year, month, date] = isoDay(when.day).split('-');
    const path = `/${year}/${month}/${date}/${slugOf(item)}/`;
    return {
      title: item.title,
      url: `${SITE}${path}`,
      path,
      postId: item.postId ?? stablePostId(20_000, slugOf(item)),
      published: when.at,
      dateText: formatDate.english(when.day),
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

function feed(posts: CbssListed[], today: Date, self: string): string {
  const wpPosts: WordpressPost[] = posts.map((post) => ({
    title: post.title,
    url: post.url,
    postId: post.postId,
    published: post.published,
    author: 'CBSS Secretariat',
    categories: ['News', 'Anti-trafficking'],
    excerpt: post.summary,
    content: `<p>${escapeHtml(post.summary)}</p>\n<p>The post <a href="${post.url}">${escapeHtml(post.title)}</a> appeared first on <a href="${SITE}">CBSS</a>.</p>`,
  }));
  return renderWordpressRss2(
    {
      title: 'Anti-trafficking Archives - CBSS',
      link: SITE,
      self,
      description: 'Council of the Baltic Sea States',
      language: 'en-US',
      lastBuild: posts[0]?.published ?? today,
    },
    wpPosts,
  );
}

const header = `<div class="cookie-bar">We use cookies to improve your experience. <a href="/privacy-policy/">Privacy policy</a> <button>Accept</button></div>
<header class="site-header">
  <a class="site-logo" href="/"><img src="/wp-content/themes/cbss/assets/img/logo.svg" alt="Council of the Baltic Sea States"></a>
  <nav class="main-menu"><ul>
    <li><a href="/about-us/">About us</a></li><li><a href="/safe-secure-region/anti-trafficking/">Safe &amp; Secure Region</a></li>
    <li><a href="/sustainable-prosperous-region/">Sustainable &amp; Prosperous Region</a></li><li class="current-menu-item"><a href="/news/">News</a></li>
  </ul></nav>
</header>`;

const footer = `<footer class="site-footer"><p>Council of the Baltic Sea States · Slussplan 9 · Stockholm</p>
<ul><li><a href="https://twitter.com/CBSSsecretariat">Twitter</a></li><li><a href="https://www.facebook.com/CBSSsecretariat">Facebook</a></li><li><a href="/?wysija-page=1&amp;controller=email&amp;action=view">Newsletter</a></li></ul></footer>`;

const TAGS = ['anti-trafficking', 'children-at-risk', 'civil-protection', 'youth'];

function listingPage(posts: CbssListed[]): string {
  const main = `<h1>News</h1>
<div class="news-filter">${TAGS.map((t) => `<a class="news-filter__tag${t === TAG ? ' is-active' : ''}" href="/news/?tag=${t}&amp;cbss_filter=1">${t}</a>`).join(' ')}</div>
<div class="news-grid">
${posts
  .map(
    (post) => `  <article class="news-card">
    <a class="news-card__image" href="${escapeHtml(post.url)}"><img src="/wp-content/uploads/${post.path.slice(1, 8)}news-${post.postId}.jpg" alt=""></a>
    <div class="news-card__date">${post.dateText}</div>
    <h3 class="news-card__title"><a href="${escapeHtml(post.url)}">${escapeHtml(post.title)}</a></h3>
    <p class="news-card__excerpt">${escapeHtml(post.summary)}</p>
    <a class="news-card__more" href="${escapeHtml(post.url)}">Read more</a>
  </article>`,
  )
  .join('\n')}
</div>`;
  return renderPage({ lang: 'en-US', title: 'News - CBSS', header, main, footer });
}

function postPage(post: CbssListed): string {
  const head = [
    `<meta property="og:title" content="${escapeHtml(post.title)}">`,
    `<meta property="article:published_time" content="${isoOslo(post.published)}">`,
    '<meta name="generator" content="WordPress 6.0">',
  ].join('\n');
  const main = `<article class="post">
  <h1 class="post__title">${escapeHtml(post.title)}</h1>
  <div class="post__date">${post.dateText}</div>
  <div class="post__content"><p>${escapeHtml(post.summary)}</p></div>
  <div class="post__tags"><a href="/news/?tag=${TAG}&amp;cbss_filter=1" rel="tag">Anti-trafficking</a></div>
</article>`;
  return renderPage({ lang: 'en-US', title: `${post.title} - CBSS`, head, header, main, footer });
}

/** The cbss.org replica serving `table` as the anti-trafficking tag's posts: feed, listing, posts. */
export function makeCbssSite(table: readonly CbssItem[]): ReplicaSite {
  return {
    name: 'cbss',
    hosts: ['cbss.org', 'www.cbss.org'],
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const path = trimSlash(request.path);
      const posts = cbssPosts(table, state.day, state.today);
      const feedResponse = (self: string): ReplicaResponse => ({
        status: 200,
        headers: { 'content-type': 'application/rss+xml; charset=UTF-8' },
        body: feed(posts, state.today, self),
      });
      if (path === `/tag/${TAG}/feed`) return feedResponse(CBSS_FEED_URL);
      if (path === '/' && request.query.get('tag') === TAG && request.query.get('feed') === 'rss2') {
        return feedResponse(`${SITE}/?tag=${TAG}&feed=rss2`);
      }
      if (path === '/news') {
        return request.query.get('tag') === TAG ? htmlResponse(listingPage(posts)) : null;
      }
      const post = posts.find((p) => p.path === `${path}/`);
      return post ? htmlResponse(postPage(post)) : null;
    },
  };
}

export const cbss: ReplicaSite = makeCbssSite(cbssItems);
