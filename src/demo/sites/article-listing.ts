/**
 * A listing of articles at `<listing path><slug>/`, each with its own page: the shape Bufdir,
 * UDI and RVTS Øst share in the replica (their markup differs and stays in their modules). One
 * place builds the listed items from a site's table and answers the listing and article paths.
 */
import type { ReplicaRequest, ReplicaResponse, ReplicaSite, ReplicaState } from '../types.js';
import { dating, htmlResponse, slugOf, trimSlash, visibleOn, type CalendarDay, type ListedItem, type TableItem } from './common.js';

export interface ArticleListed extends ListedItem {
  path: string;
  dateText: string;
}

export interface ArticleListingShape {
  /** https://www.bufdir.no */
  site: string;
  /** /aktuelt/ */
  listingPath: string;
  /** How the site writes a date ("8. juni 2022", "08.06.2022"). */
  dateText: (day: CalendarDay) => string;
}

export function articleListing(table: readonly TableItem[], day: number, today: Date, shape: ArticleListingShape): ArticleListed[] {
  return visibleOn(table, day).map((item) => {
    const when = dating(today, item);
    const path = `${shape.listingPath}${slugOf(item)}/`;
    return {
      title: item.title,
      url: `${shape.site}${path}`,
      path,
      dateText: shape.dateText(when.day),
      publishedDay: when.publishedDay,
      summary: item.summary,
      onTopic: item.onTopic,
    };
  });
}

export interface ArticleListingSite {
  name: string;
  hosts: string[];
  shape: ArticleListingShape;
  listingPage: (items: ArticleListed[]) => string;
  articlePage: (item: ArticleListed) => string;
}

/** The site serving `table`: the listing at its path, and one page per listed article. */
export function makeArticleListingSite(table: readonly TableItem[], spec: ArticleListingSite): ReplicaSite {
  return {
    name: spec.name,
    hosts: spec.hosts,
    handle(request: ReplicaRequest, state: ReplicaState): ReplicaResponse | null {
      const items = articleListing(table, state.day, state.today, spec.shape);
      if (trimSlash(request.path) === trimSlash(spec.shape.listingPath)) return htmlResponse(spec.listingPage(items));
      const item = items.find((i) => i.path === request.path);
      return item ? htmlResponse(spec.articlePage(item)) : null;
    },
  };
}
