/**
 * The schema, one entry per version, applied in order (user_version counts them). Once a
 * version has shipped, never edit it: add a new one.
 */
import { coreTables } from './001-core.js';
import { linkTables } from './002-links.js';
import { reviewTables } from './003-review.js';
import { opsTables } from './004-ops.js';
import { robotsTables } from './005-robots.js';
import { sourceMemoTables } from './006-source-memo.js';
import { networkAlertTables } from './007-network-alert.js';
import { hostCookieTables } from './008-host-cookies.js';
import { milestoneTables } from './009-milestones.js';
import { archiveParagraphTables } from './010-archive-paragraphs.js';
import { editorTables } from './011-editors.js';
import { retentionTables } from './012-retention.js';

export const MIGRATIONS: string[] = [coreTables, linkTables, reviewTables, opsTables, robotsTables, sourceMemoTables, networkAlertTables, hostCookieTables, milestoneTables, archiveParagraphTables, editorTables, retentionTables];
