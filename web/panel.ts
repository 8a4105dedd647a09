/**
 * The side panel of a node: kind, aliases, titles, affiliations, and its acts
 * grouped by kind and counterpart with their quote or sentence, date and
 * source link. Everything from the article is inserted as text.
 */
import { clear, el } from './dom.js';
import type { Child } from './dom.js';
import type { EvidenceGroup, EvidenceItem, NodeDetails, NodeRef } from './details.js';
import { edgeColor, kindLabel, nodeColor } from './styles.js';

export interface PanelCallbacks {
  /** A counterpart was chosen in the panel. */
  select(node: string): void;
  close(): void;
}

function swatch(color: string): HTMLElement {
  const s = el('span', { className: 'swatch', 'aria-hidden': 'true' });
  s.style.background = color;
  return s;
}

function nodeButton(ref: NodeRef, cb: PanelCallbacks): HTMLElement {
  const button = el('button', { type: 'button', className: 'link', 'data-node': ref.key, title: `Show ${ref.label}` }, ref.label);
  button.addEventListener('click', () => cb.select(ref.key));
  return button;
}

function evidenceItem(item: EvidenceItem, cb: PanelCallbacks): HTMLElement {
  const meta: Child[] = [];
  if (item.date) meta.push(el('time', { datetime: item.date }, item.date));
  if (item.source) {
    if (meta.length) meta.push(' · ');
    if (item.source.url) {
      meta.push(el('a', { href: item.source.url, target: '_blank', rel: 'noopener noreferrer nofollow' }, item.source.title));
    } else meta.push(el('span', { className: 'source' }, item.source.title));
  }
  if (item.alleged) {
    if (meta.length) meta.push(' · ');
    meta.push('alleged');
    if (item.allegedBy) meta.push(' by ', nodeButton(item.allegedBy, cb));
  }
  return el('li', { className: 'evidence-item', 'data-edge': item.edge },
    item.quote ? el('blockquote', { className: 'quote' }, `“${item.quote}”`) : null,
    el('p', { className: 'evidence' }, item.evidence || '(no sentence recorded)'),
    meta.length ? el('p', { className: 'meta' }, ...meta) : null);
}

function groups(title: string, list: EvidenceGroup[], direction: 'out' | 'in', cb: PanelCallbacks): HTMLElement | null {
  if (!list.length) return null;
  return el('section', { className: 'acts', 'aria-label': title },
    el('h3', {}, title),
    ...list.map((g) => {
      const heading = el('h4', {},
        swatch(edgeColor(g.kind)), el('span', { className: 'kind' }, kindLabel(g.kind)),
        direction === 'out' ? ' → ' : ' ← ', nodeButton(g.counterpart, cb),
        el('span', { className: 'count' }, ` (${g.items.length})`));
      return el('section', { className: 'group', 'data-kind': g.kind, 'data-counterpart': g.counterpart.key },
        heading, el('ul', {}, ...g.items.map((item) => evidenceItem(item, cb))));
    }));
}

export function renderPanel(panel: HTMLElement, details: NodeDetails, cb: PanelCallbacks): void {
  clear(panel);
  const close = el('button', { type: 'button', className: 'close', 'aria-label': 'Close details' }, '×');
  close.addEventListener('click', () => cb.close());
  const facts: Child[] = [];
  const fact = (term: string, ...value: Child[]) => facts.push(el('dt', {}, term), el('dd', {}, ...value));
  fact('Kind', swatch(nodeColor(details.kind)), details.kind);
  if (details.aliases.length) fact('Also known as', details.aliases.join(', '));
  if (details.titles.length) fact('Titles', details.titles.join(', '));
  if (details.country) fact('Country', nodeButton(details.country, cb));
  fact('Mentions', details.mentions);
  const affiliations = details.affiliations.length
    ? el('section', { className: 'affiliations', 'aria-label': 'Affiliations' }, el('h3', {}, 'Affiliations'),
      el('ul', {}, ...details.affiliations.map((a) => el('li', {}, `${kindLabel(a.kind)} `, nodeButton(a.target, cb)))))
    : null;
  const members = details.members.length
    ? el('section', { className: 'members', 'aria-label': 'Members and parts' }, el('h3', {}, 'Members and parts'),
      el('ul', {}, ...details.members.map((m) => el('li', {}, nodeButton(m.source, cb), ` (${kindLabel(m.kind)})`))))
    : null;
  const title = el('h2', { id: 'panel-title', tabindex: '-1' }, details.label);
  panel.append(
    close,
    title,
    el('dl', { className: 'facts' }, ...facts),
    ...[affiliations, members].filter((x): x is HTMLElement => x !== null),
  );
  const out = groups(`Statements and acts by ${details.label}`, details.outgoing, 'out', cb);
  const inc = groups(`Acts aimed at ${details.label}`, details.incoming, 'in', cb);
  if (out) panel.append(out);
  if (inc) panel.append(inc);
  if (!out && !inc) panel.append(el('p', { className: 'empty' }, 'No statements or acts recorded.'));
  panel.hidden = false;
}
