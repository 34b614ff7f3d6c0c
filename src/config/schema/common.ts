/** The value shapes several parts of sources.json share: ids, http(s) URLs, selectors, patterns. */
import { z } from 'zod';
import { isHttpUrl } from '../value-formats.js';

export const idPattern = /^[a-z0-9][a-z0-9-]*$/;

export const httpUrl = z.string().refine(isHttpUrl, 'must be an absolute http(s) URL');

/** A CSS selector; syntax is checked at load time with the same engine that will run it. */
export const selector = z.string().min(1).describe('CSS selector (cheerio / browser querySelectorAll syntax)');

/** A regular expression as written in sources.json; syntax is checked at load time. */
export const pattern = z.string().min(1).describe('Regular expression (JavaScript syntax), matched against the absolute URL');
