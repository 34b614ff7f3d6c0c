/** Reading an Atom feed back strictly: a strict XML parse, and RFC 4287's required elements. */
import sax from 'sax';
import { expect } from 'vitest';

export interface XmlNode {
  name: string;
  attributes: Record<string, string>;
  text: string;
  children: XmlNode[];
}

/** A strict parse (sax in strict mode throws on anything not well-formed) into a small tree. */
export function strictXml(xml: string): XmlNode {
  const parser = sax.parser(true, { xmlns: false });
  const root: XmlNode = { name: '#document', attributes: {}, text: '', children: [] };
  const stack = [root];
  parser.onopentag = (tag) => {
    const node: XmlNode = { name: tag.name, attributes: tag.attributes as Record<string, string>, text: '', children: [] };
    stack.at(-1)!.children.push(node);
    stack.push(node);
  };
  parser.onclosetag = () => void stack.pop();
  parser.ontext = (text) => void (stack.at(-1)!.text += text);
  parser.onerror = (error) => {
    throw error;
  };
  parser.write(xml).close();
  expect(root.children).toHaveLength(1);
  return root.children[0]!;
}

export const child = (node: XmlNode, name: string): XmlNode[] => node.children.filter((c) => c.name === name);

/** RFC 4287 §4.1.1–4.1.2: what a feed and each entry must have (author on the feed covers the entries). */
export function expectAtomEssentials(xml: string): XmlNode {
  const feed = strictXml(xml);
  expect(feed.name).toBe('feed');
  expect(feed.attributes.xmlns).toBe('http://www.w3.org/2005/Atom');
  for (const name of ['id', 'title', 'updated', 'author']) expect(child(feed, name), `feed/${name}`).toHaveLength(1);
  expect(child(feed, 'link').filter((l) => l.attributes.rel === 'self')).toHaveLength(1);
  expect(child(child(feed, 'author')[0]!, 'name')).toHaveLength(1);
  expect(child(feed, 'updated')[0]!.text).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
  for (const entry of child(feed, 'entry')) {
    for (const name of ['id', 'title', 'updated', 'summary']) expect(child(entry, name), `entry/${name}`).toHaveLength(1);
    expect(child(entry, 'id')[0]!.text).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(child(entry, 'link').filter((l) => l.attributes.rel === 'alternate')).toHaveLength(1);
    expect(child(entry, 'summary')[0]!.attributes.type).toBe('html');
  }
  return feed;
}

