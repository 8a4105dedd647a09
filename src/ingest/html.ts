/**
 * HTML articles, read with a real HTML parser (parse5, the WHATWG algorithm
 * browsers use), never with regular expressions. Block elements become
 * paragraphs of a new plain text; scripts, styles and page furniture are
 * dropped; title, date and URL come from the usual meta tags.
 */
import { parse, type DefaultTreeAdapterTypes } from 'parse5';
import type { DocMeta, Paragraph } from '../doc.js';
import { parseDateLine } from './date.js';

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'nav', 'footer', 'header', 'aside', 'form', 'button', 'iframe', 'object', 'head']);
const BLOCK = new Set(['p', 'div', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'figcaption', 'td', 'th', 'dd', 'dt', 'section', 'article', 'main', 'pre', 'br', 'tr', 'ul', 'ol', 'table', 'figure', 'address']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const isElement = (n: Node): n is Element => 'tagName' in n;

export function ingestHtml(html: string): { text: string; paragraphs: Paragraph[]; meta: DocMeta } {
  const document = parse(html);
  const meta: DocMeta = {};
  const blocks: Array<{ text: string; kind: Paragraph['kind'] }> = [];
  let current = '';
  let currentKind: Paragraph['kind'] = 'body';
  let headTitle: string | undefined;

  const flush = () => {
    const t = current.replace(/\s+/g, ' ').trim();
    if (t) blocks.push({ text: t, kind: currentKind });
    current = '';
    currentKind = 'body';
  };

  // Iterative walk: deeply nested hostile HTML must not overflow the stack.
  const stack: Array<{ node: Node; exit?: boolean }> = [{ node: document }];
  while (stack.length) {
    const { node, exit } = stack.pop()!;
    if (isElement(node)) {
      const tag = node.tagName;
      if (exit) { if (BLOCK.has(tag)) flush(); continue; }
      if (tag === 'title' && headTitle === undefined) {
        headTitle = node.childNodes.map((c) => ('value' in c ? String(c.value) : '')).join('').trim();
      }
      if (tag === 'meta') {
        const key = attr(node, 'property') ?? attr(node, 'name') ?? attr(node, 'itemprop');
        const content = attr(node, 'content');
        if (key && content) {
          if (/^(og:title|twitter:title)$/i.test(key)) meta.title ??= content.trim();
          if (/^(article:published_time|date|pubdate|datepublished|dc\.date)$/i.test(key)) meta.date ??= parseDateLine(content.slice(0, 10));
          if (/^og:url$/i.test(key)) meta.url ??= content.trim();
        }
      }
      if (tag === 'link' && attr(node, 'rel') === 'canonical' && attr(node, 'href')) meta.url ??= attr(node, 'href');
      if (tag === 'time' && attr(node, 'datetime')) meta.date ??= parseDateLine(attr(node, 'datetime')!.slice(0, 10));
      // The <title> is metadata (read above), not a paragraph.
      if ((SKIP.has(tag) && tag !== 'head') || tag === 'title') continue;
      if (BLOCK.has(tag)) {
        flush();
        if (HEADINGS.has(tag)) currentKind = 'title';
        if (tag === 'figcaption') currentKind = 'caption';
      }
      stack.push({ node, exit: true });
      const children = 'content' in node && tag === 'template' ? [] : node.childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
      continue;
    }
    if (node.nodeName === '#text' && 'value' in node) current += node.value;
    else if ('childNodes' in node) {
      const children = (node as DefaultTreeAdapterTypes.ParentNode).childNodes;
      for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i] });
    }
  }
  flush();

  // The first heading is the title; a heading-sized date line is the date.
  let text = '';
  const paragraphs: Paragraph[] = [];
  for (const block of blocks) {
    let kind = block.kind;
    if (kind === 'title' && meta.title === undefined) meta.title = block.text;
    const date = block.text.length <= 40 ? parseDateLine(block.text) : undefined;
    if (date) { meta.date ??= date; kind = 'date'; }
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + block.text.length, kind });
    text += block.text;
  }
  meta.title ??= headTitle || undefined;
  return { text, paragraphs, meta };
}
