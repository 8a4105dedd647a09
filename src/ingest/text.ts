/**
 * Plain text and Markdown news articles, as in seeds/: a `## ` title, a date
 * line, a photo caption, `## Related article: …` lines and a trailing
 * `## Original url:` section whose URL may be broken by spaces or line breaks.
 * Offsets stay those of the original text; only the paragraphs marked body or
 * caption are read as prose.
 */
import type { DocMeta, Paragraph } from '../doc.js';
import { parseDateLine } from './date.js';
import { mapPacked } from '../arrays.js';

const HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const RELATED = /^related(?:\s+article)?s?\s*:/i;
// "## Original url:", "## Source: https://…", "## URL": not a headline that merely starts with "Sources".
const URL_HEADING = /^(?:original\s+)?(?:url|source|link)(?:\s*:\s*(.*)|\s*)$/i;
// A caption is a short first paragraph ending with a photo credit in brackets.
const CREDIT = /\([^()]{1,80}\)\s*$/;

interface Line { start: number; end: number; text: string }

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

export function ingestText(text: string): { paragraphs: Paragraph[]; meta: DocMeta } {
  const meta: DocMeta = {};
  const paragraphs: Paragraph[] = [];
  const lines = splitLines(text);
  let inUrl = false;
  let urlParts: string[] = [];
  let sawBody = false;
  let pending: Line[] = [];

  const flush = () => {
    if (!pending.length) return;
    const start = pending[0].start;
    const end = pending[pending.length - 1].end;
    const joined = mapPacked(pending, (l) => l.text.trim()).join(' ');
    pending = [];
    if (inUrl) {
      // The URL is the first paragraph of its section (its line breaks and stray spaces joined); what follows is a footer.
      if (!urlParts.length) urlParts.push(joined);
      paragraphs.push({ start, end, kind: 'url' });
      return;
    }
    const date = !meta.date || !sawBody ? parseDateLine(joined) : undefined;
    if (date && !sawBody) { meta.date ??= date; paragraphs.push({ start, end, kind: 'date' }); return; }
    const caption = !sawBody && meta.date !== undefined && joined.length < 300 && CREDIT.test(joined);
    paragraphs.push({ start, end, kind: caption ? 'caption' : 'body' });
    if (!caption) sawBody = true;
  };

  for (const line of lines) {
    const heading = HEADING.exec(line.text);
    if (heading) {
      flush();
      const content = heading[2];
      const url = URL_HEADING.exec(content);
      if (url) {
        inUrl = true;
        if (url[1]) urlParts.push(url[1]);
        paragraphs.push({ start: line.start, end: line.end, kind: 'url' });
      } else if (RELATED.test(content)) {
        paragraphs.push({ start: line.start, end: line.end, kind: 'related' });
      } else if (meta.title === undefined && !sawBody) {
        meta.title = content;
        paragraphs.push({ start: line.start, end: line.end, kind: 'title' });
      } else {
        // A later heading is a subheading: prose of its own, not a sentence of the next paragraph.
        inUrl = false;
        paragraphs.push({ start: line.start, end: line.end, kind: 'title' });
      }
      continue;
    }
    if (line.text.trim() === '') { flush(); continue; }
    pending.push(line);
  }
  flush();
  if (urlParts.length) {
    // The URL may have been wrapped: join its pieces, dropping the whitespace inside.
    const joined = urlParts.join('').replace(/\s+/g, '');
    const match = /https?:\/\/\S+/i.exec(joined);
    if (match) meta.url = match[0];
  }
  if (meta.title === undefined) {
    // Plain text: a first block of a headline line and a date line ("Turkey Summons Envoy\nJanuary 13, 2023").
    const first = paragraphs.find((p) => p.kind === 'body');
    if (first) {
      const lines = text.slice(first.start, first.end).split('\n');
      const date = lines.length === 2 ? parseDateLine(lines[1]) : undefined;
      if (date && lines[0].trim().length < 200 && !/[.!?"”]$/.test(lines[0].trim())) {
        meta.title = lines[0].trim();
        meta.date ??= date;
        first.kind = 'title';
      }
    }
  }
  if (meta.title === undefined) {
    // Plain text: the first short line without final punctuation is the headline.
    const first = paragraphs.find((p) => p.kind === 'body');
    if (first) {
      const firstText = text.slice(first.start, first.end).trim();
      if (firstText.length < 200 && !/[.!?"”]$/.test(firstText) && !firstText.includes('\n')) {
        first.kind = 'title';
        meta.title = firstText;
        const next = paragraphs[paragraphs.indexOf(first) + 1];
        if (next && next.kind === 'body') {
          const date = parseDateLine(text.slice(next.start, next.end));
          if (date) { next.kind = 'date'; meta.date = date; }
        }
      }
    }
  }
  return { paragraphs, meta };
}
