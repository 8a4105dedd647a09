import { describe, expect, it } from 'vitest';
import { ingest } from '../../src/ingest/index.js';
import { ingestHtml } from '../../src/ingest/html.js';
import type { Paragraph } from '../../src/doc.js';

const blocks = (html: string) => {
  const r = ingestHtml(html);
  return { ...r, list: r.paragraphs.map((p) => ({ kind: p.kind, text: r.text.slice(p.start, p.end) })) };
};
const ofKind = (list: Array<{ kind: Paragraph['kind']; text: string }>, kind: Paragraph['kind']) => list.filter((b) => b.kind === kind).map((b) => b.text);

describe('ingestHtml: metadata', () => {
  it('takes the title from <title> when nothing better is given', () => {
    expect(ingestHtml('<html><head><title>Page Title</title></head><body><p>France spoke.</p></body></html>').meta.title).toBe('Page Title');
  });

  it('takes the title from the first <h1>', () => {
    expect(ingestHtml('<html><body><h1>Heading Title</h1><p>France spoke.</p></body></html>').meta.title).toBe('Heading Title');
  });

  it('prefers og:title over <h1> and <title>', () => {
    const html = '<html><head><title>Page</title><meta property="og:title" content=" OG Title "></head><body><h1>Heading</h1><p>x.</p></body></html>';
    expect(ingestHtml(html).meta.title).toBe('OG Title');
  });

  it('reads the date from <time datetime>', () => {
    expect(ingestHtml('<html><body><p>Posted <time datetime="2022-02-01T08:00:00Z">Tuesday</time></p></body></html>').meta.date).toBe('2022-02-01');
  });

  it('reads the date from article:published_time', () => {
    const html = '<html><head><meta property="article:published_time" content="2021-11-30T23:59:00+03:00"></head><body><p>x.</p></body></html>';
    expect(ingestHtml(html).meta.date).toBe('2021-11-30');
  });

  it('reads a date paragraph as the date and marks it kind "date"', () => {
    const r = blocks('<html><body><h1>Title</h1><p>February 01, 2022</p><p>France spoke.</p></body></html>');
    expect(r.meta.date).toBe('2022-02-01');
    expect(ofKind(r.list, 'date')).toEqual(['February 01, 2022']);
  });

  it('reads the canonical URL', () => {
    const html = '<html><head><link rel="canonical" href="https://example.com/story-1"></head><body><p>x.</p></body></html>';
    expect(ingestHtml(html).meta.url).toBe('https://example.com/story-1');
  });

  it('reads og:url when there is no canonical link', () => {
    const html = '<html><head><meta property="og:url" content="https://example.com/og"></head><body><p>x.</p></body></html>';
    expect(ingestHtml(html).meta.url).toBe('https://example.com/og');
  });
});

describe('ingestHtml: text', () => {
  const html = `<!doctype html><html><head><title>T</title>
    <style>p { color: red } .Russia { }</style>
    <script>var s = "Russia accused France of lying.";</script></head>
    <body><nav>Home | World | Russia accused Italy</nav>
    <header>Site Header Germany</header>
    <article><h1>Germany Urges Calm</h1>
    <p>Germany urged <b>Poland</b> to
       resume   talks.</p>
    <div>France agreed.<br>Italy too.</div>
    <script>document.write("Spain threatened Portugal")</script>
    <ul><li>First point.</li><li>Second point.</li></ul>
    <figure><img src="x.jpg"><figcaption>Scholz in Berlin (AP)</figcaption></figure>
    </article>
    <aside>Related: Norway sanctioned Sweden</aside>
    <footer>Copyright Denmark</footer></body></html>`;
  const r = blocks(html);
  const all = r.text;

  it('drops <script>, <style>, <nav>, <header>, <aside> and <footer>', () => {
    for (const gone of ['Russia accused France', 'color: red', 'Home | World', 'Site Header', 'Spain threatened', 'Norway sanctioned', 'Copyright']) {
      expect(all).not.toContain(gone);
    }
  });

  it('turns block elements (p, div, br, li, h1) into paragraphs with collapsed whitespace', () => {
    expect(ofKind(r.list, 'body')).toEqual(expect.arrayContaining([
      'Germany urged Poland to resume talks.',
      'France agreed.',
      'Italy too.',
      'First point.',
      'Second point.',
    ]));
    expect(ofKind(r.list, 'title')).toContain('Germany Urges Calm');
  });

  it('marks a <figcaption> as a caption', () => {
    expect(ofKind(r.list, 'caption')).toEqual(['Scholz in Berlin (AP)']);
  });

  it('gives paragraphs that are slices of the new text, separated by blank lines', () => {
    for (const p of r.paragraphs) expect(r.text.slice(p.start, p.end).trim()).toBe(r.text.slice(p.start, p.end));
    for (let i = 1; i < r.paragraphs.length; i++) {
      expect(r.text.slice(r.paragraphs[i - 1].end, r.paragraphs[i].start)).toBe('\n\n');
    }
  });

  it('keeps inline markup text in place (no space inserted by <b>)', () => {
    expect(all).toContain('urged Poland to');
  });

  // Regression test (found while testing, fixed): <head> is walked (so <meta> tags are seen) and <title>'s text is emitted as a body paragraph, so the page title is read again as prose.
  it('does not read the <title> text as a body paragraph', () => {
    const t = blocks('<html><head><title>Russia Accuses France</title></head><body><p>Germany spoke.</p></body></html>');
    expect(ofKind(t.list, 'body')).toEqual(['Germany spoke.']);
  });

  it('ingest() detects HTML and uses the extracted text', () => {
    const doc = ingest('<html><body><h1>Title Here</h1><p>Germany urged Poland to talk.</p></body></html>');
    expect(doc.meta.format).toBe('html');
    expect(doc.text).not.toContain('<p>');
    expect(doc.meta.title).toBe('Title Here');
  });
});

describe('ingestHtml: hostile input', () => {
  it('reads 100,000 nested <div> without overflowing the stack', () => {
    const depth = 100_000;
    const html = '<div>'.repeat(depth) + 'Germany urged Poland to talk.' + '</div>'.repeat(depth);
    const r = ingestHtml(html);
    expect(r.text).toBe('Germany urged Poland to talk.');
  });

  it('reads 50,000 nested inline <span> without overflowing the stack', () => {
    const html = '<p>' + '<span>'.repeat(50_000) + 'deep text' + '</span>'.repeat(50_000) + '</p>';
    expect(ingestHtml(html).text).toBe('deep text');
  });

  it('keeps markup-looking text as text (entities decoded, not executed)', () => {
    const r = ingestHtml('<p>He wrote &lt;script&gt;alert(1)&lt;/script&gt; &amp; left.</p>');
    expect(r.text).toBe('He wrote <script>alert(1)</script> & left.');
  });

  it('survives unclosed and misnested tags', () => {
    const r = ingestHtml('<p>One <b>two <i>three</b> four</i><p>Five');
    expect(r.text).toContain('One two three four');
    expect(r.text).toContain('Five');
  });
});
