/**
 * An entry of a site whose replica module is being written elsewhere (branch `sites`): a table
 * row, plus the URL the real site gives the page. The module's factory takes `TableItem`s and
 * names pages by slug; `url` says what address that slug must come out as for the links
 * to match.
 */
import type { TableItem } from '../../../src/demo/sites/common.js';

export interface PageItem extends TableItem {
  url: string;
}
