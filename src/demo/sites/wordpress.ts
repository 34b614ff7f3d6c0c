/**
 * The RSS 2.0 feed WordPress writes (core template `wp-includes/feed-rss2.php`): the content,
 * wfw, dc, atom, sy and slash namespaces, `atom:link rel="self"`, `lastBuildDate`, the generator
 * URL, and per post `dc:creator` and `category` in CDATA, `pubDate` in GMT ("+0000"), a
 * non-permalink `guid` of the form `https://site/?p=<id>`, the excerpt in `description` and the
 * whole post in `content:encoded`. Used by the replicas of WordPress sites (cbss.org, nhri.no).
 */
import { escapeXml } from './common.js';

export interface WordpressChannel {
  title: string;
  /** The site's home URL. */
  link: string;
  /** The feed's own URL. */
  self: string;
  description: string;
  language: string;
  lastBuild: Date;
}

export interface WordpressPost {
  title: string;
  url: string;
  postId: number;
  published: Date;
  author: string;
  categories: string[];
  excerpt: string;
  content: string;
}

/** WordPress writes dates as `D, d M Y H:i:s +0000`. */
function wpDate(instant: Date): string {
  return instant.toUTCString().replace(/GMT$/, '+0000');
}

/** CDATA, split where the text itself holds `]]>`. */
function cdata(text: string): string {
  return `<![CDATA[${text.replace(/]]>/g, ']]]]><![CDATA[>')}]]>`;
}

export function renderWordpressRss2(channel: WordpressChannel, posts: readonly WordpressPost[]): string {
  const home = channel.link.replace(/\/$/, '');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"
	xmlns:content="http://purl.org/rss/1.0/modules/content/"
	xmlns:wfw="http://wellformedweb.org/CommentAPI/"
	xmlns:dc="http://purl.org/dc/elements/1.1/"
	xmlns:atom="http://www.w3.org/2005/Atom"
	xmlns:sy="http://purl.org/rss/1.0/modules/syndication/"
	xmlns:slash="http://purl.org/rss/1.0/modules/slash/"
	>

<channel>
	<title>${escapeXml(channel.title)}</title>
	<atom:link href="${escapeXml(channel.self)}" rel="self" type="application/rss+xml" />
	<link>${escapeXml(channel.link)}</link>
	<description>${escapeXml(channel.description)}</description>
	<lastBuildDate>${wpDate(channel.lastBuild)}</lastBuildDate>
	<language>${channel.language}</language>
	<sy:updatePeriod>
	hourly	</sy:updatePeriod>
	<sy:updateFrequency>
	1	</sy:updateFrequency>
	<generator>https://wordpress.org/?v=6.0</generator>
${posts
  .map(
    (post) => `	<item>
		<title>${escapeXml(post.title)}</title>
		<link>${escapeXml(post.url)}</link>
		<dc:creator>${cdata(post.author)}</dc:creator>
		<pubDate>${wpDate(post.published)}</pubDate>
${post.categories.map((c) => `				<category>${cdata(c)}</category>`).join('\n')}
		<guid isPermaLink="false">${home}/?p=${post.postId}</guid>

					<description>${cdata(`${post.excerpt} [&#8230;]`)}</description>
										<content:encoded>${cdata(post.content)}</content:encoded>
		</item>`,
  )
  .join('\n')}
	</channel>
</rss>
`;
}

/**
 * A post's id as WordPress keeps it: fixed for the post's life. Derived from its slug, not its
 * place in a table (a new post would otherwise take an older one's id, and with it its GUID).
 */
export function stablePostId(base: number, slug: string): number {
  let hash = 0;
  for (const char of slug) hash = (hash * 31 + char.codePointAt(0)!) % 100_000;
  return base + hash;
}
