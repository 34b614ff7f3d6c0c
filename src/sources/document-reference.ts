/**
 * A parliamentary document an item *is*: "Dokument 3:8 (2021–2022)", "Prop. 80 L (2021–2022)",
 * "Innst. 402 L (2021–2022)", "Meld. St. 12 (2021–2022)". Riksrevisjonen's report page and the
 * Stortinget sak that treats it are one publication; so are a proposition on regjeringen.no and
 * its sak. Only a reference the text *starts with* counts: a report that merely cites a
 * white paper is not that white paper.
 */
import { referenceKey } from './stortinget-milestones.js';

const REFERENCE_AT_START =
  /^\s*((?:Dokument\s+\d+(?::\d+)?(?:\s+[A-Z])?|Prop\.\s*\d+\s+[A-Z]+|Innst\.\s*\d+\s+[A-Z]|Meld\.\s*St\.\s*\d+)\s*\(\s*\d{4}\s*[\u2010-\u2015\u2212-]\s*\d{4}\s*\))/u;

/** The reference a text starts with, as written; undefined when it starts with none. */
export function leadingDocumentReference(text: string | undefined): string | undefined {
  return text ? REFERENCE_AT_START.exec(text)?.[1] : undefined;
}

/** The identity key of a document reference: the same across sources and dash styles. */
export function referenceIdentity(reference: string): string {
  return `ref:${referenceKey(reference)}`;
}
