/**
 * A strict reader of the little XML an OPML file is: elements, attributes, comments,
 * processing instructions, a doctype, CDATA and text. Anything not well-formed (a tag left
 * open, a close that does not match, an attribute without quotes, a bare `<` or `&`) is an
 * error naming its line, because an import that writes sources.json must not guess.
 */
import { decodeXmlText } from './sitemap-xml.js';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** Its own text (entities decoded), not its children's. */
  text: string;
  line: number;
}

export class XmlSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(`line ${line}: ${message}`);
  }
}

const NAME = '[A-Za-z_][\\w.:-]*';
const ATTRIBUTE = new RegExp(`\\s+(${NAME})\\s*=\\s*(?:"([^"<]*)"|'([^'<]*)')`, 'y');
const BARE_AMPERSAND = /&(?!(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);)/;

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

function parseAttributes(source: string, text: string, at: number): Record<string, string> {
  const attributes: Record<string, string> = {};
  let pos = 0;
  for (;;) {
    ATTRIBUTE.lastIndex = pos;
    const match = ATTRIBUTE.exec(source);
    if (!match) break;
    pos = ATTRIBUTE.lastIndex;
    const [, name, double, single] = match;
    const value = double ?? single ?? '';
    if (BARE_AMPERSAND.test(value)) throw new XmlSyntaxError(`a bare "&" in attribute ${name} (write &amp;)`, lineAt(text, at));
    if (Object.hasOwn(attributes, name!)) throw new XmlSyntaxError(`attribute ${name} given twice`, lineAt(text, at));
    attributes[name!] = decodeXmlText(value);
  }
  if (source.slice(pos).trim() !== '') throw new XmlSyntaxError(`cannot read the attributes "${source.slice(pos).trim().slice(0, 60)}"`, lineAt(text, at));
  return attributes;
}

/** The document's root element; throws XmlSyntaxError for anything not well-formed. */
export function parseXml(text: string): XmlElement {
  const body = text.replace(/^\uFEFF/, '');
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let i = 0;
  while (i < body.length) {
    const lt = body.indexOf('<', i);
    const chunk = body.slice(i, lt === -1 ? body.length : lt);
    if (chunk.trim() !== '') {
      if (stack.length === 0) throw new XmlSyntaxError('text outside the root element', lineAt(body, i));
      if (BARE_AMPERSAND.test(chunk)) throw new XmlSyntaxError('a bare "&" in text (write &amp;)', lineAt(body, i));
    }
    if (stack.length > 0) stack.at(-1)!.text += decodeXmlText(chunk);
    if (lt === -1) break;
    const rest = body.slice(lt, lt + 9);
    const skip = (close: string, what: string): void => {
      const end = body.indexOf(close, lt);
      if (end === -1) throw new XmlSyntaxError(`${what} is never closed`, lineAt(body, lt));
      i = end + close.length;
    };
    if (rest.startsWith('<!--')) skip('-->', 'a comment');
    else if (rest.startsWith('<![CDATA[')) {
      skip(']]>', 'a CDATA section');
      if (stack.length > 0) stack.at(-1)!.text += body.slice(lt + 9, i - 3);
    }
    else if (rest.startsWith('<?')) skip('?>', 'a processing instruction');
    else if (rest.startsWith('<!')) skip('>', 'a declaration');
    else {
      const end = body.indexOf('>', lt);
      if (end === -1) throw new XmlSyntaxError('a tag is never closed', lineAt(body, lt));
      const tag = body.slice(lt + 1, end);
      i = end + 1;
      const close = new RegExp(`^/(${NAME})\\s*$`).exec(tag);
      if (close) {
        const open = stack.pop();
        if (!open) throw new XmlSyntaxError(`</${close[1]}> closes nothing`, lineAt(body, lt));
        if (open.name !== close[1]) throw new XmlSyntaxError(`</${close[1]}> where </${open.name}> (opened on line ${open.line}) was expected`, lineAt(body, lt));
        continue;
      }
      const open = new RegExp(`^(${NAME})([\\s\\S]*?)(/?)$`).exec(tag);
      if (!open) throw new XmlSyntaxError(`not a tag: <${tag.slice(0, 40)}>`, lineAt(body, lt));
      const element: XmlElement = { name: open[1]!, attributes: parseAttributes(open[2]!, body, lt), children: [], text: '', line: lineAt(body, lt) };
      const parent = stack.at(-1);
      if (parent) parent.children.push(element);
      else if (root) throw new XmlSyntaxError(`a second root element <${element.name}>`, element.line);
      else root = element;
      if (open[3] !== '/') stack.push(element);
    }
  }
  if (stack.length > 0) throw new XmlSyntaxError(`<${stack.at(-1)!.name}> is never closed`, stack.at(-1)!.line);
  if (!root) throw new XmlSyntaxError('no element at all', 1);
  return root;
}
