/** A paragraph of a past issue, as the learner reads it and the store keeps it. */
export interface ArchiveParagraph {
  text: string;
  /** Hosts of the links in or right after the paragraph (its page's URL lines), without www. */
  hosts: string[];
}
