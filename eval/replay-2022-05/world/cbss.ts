/**
 * The Council of the Baltic Sea States' news, April–June 2022 (source `cbss`, awaiting its
 * replica module). Evidenced: the TF-THB meeting in Oslo on 11–12 May 2022 during Norway's
 * presidency, posted on 17 May (date and slug from the URL the issue links). The other posts are
 * invented in the site's style (the presidency's other strands: youth, civil protection,
 * sustainability).
 */
import type { Dated } from '../../world-table.js';
import type { PageItem } from './page-item.js';

const post = (date: string, slug: string, title: string, summary: string, onTopic = false): Dated<PageItem> => ({
  date, slug, url: `https://cbss.org/${date.replaceAll('-', '/')}/${slug}/`, title, summary, onTopic,
});

export const cbss: Dated<PageItem>[] = [
  post('2022-04-07', 'cbss-suspends-russia-and-belarus', 'CBSS Council decides on the future of the organisation', 'Members of the CBSS decided to continue co-operation without Russia.'),
  post('2022-04-28', 'baltic-sea-youth-dialogue-2022', 'Baltic Sea Youth Dialogue 2022 opens applications', 'Young people from the region are invited to take part in the dialogue in Riga.'),
  post('2022-05-17', 'task-force-against-trafficking-in-human-beings-final-expert-meeting-during-the-norwegian-presidency', 'Task Force against Trafficking in Human Beings: final expert meeting during the Norwegian Presidency', 'The TF-THB met in Oslo on 11–12 May. The agenda was the response to refugees from Ukraine after the Russian invasion, with presentations from UDI, Caritas and KOM.', true),
  post('2022-05-31', 'ministerial-session-kristiansand', 'CBSS Ministerial Session in Kristiansand', 'Foreign ministers adopted the Kristiansand Declaration.'),
  post('2022-06-14', 'civil-protection-network-exercise', 'Civil Protection Network holds regional exercise', 'Rescue services practised cross-border response to a chemical accident.'),
  post('2022-06-28', 'norwegian-presidency-concludes', 'The Norwegian CBSS Presidency concludes', 'Norway hands over the presidency to Germany on 1 July.'),
];
