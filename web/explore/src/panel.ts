import type { StatementList, StatementView } from './api.js';
import { el } from './dom.js';
import type { NodeAttributes } from './graph-model.js';

export interface PanelActions {
  usePathStart(): void;
  usePathEnd(): void;
}

/** The side panel for one node: its name and kind, the path-finder buttons, its statements. */
export function renderNodeHeader(panel: HTMLElement, id: string, node: NodeAttributes, actions: PanelActions): HTMLElement {
  const body = el('div', { className: 'statements', attrs: { 'data-state': 'loading' } }, el('p', { className: 'hint', text: 'Loading statements…' }));
  const start = el('button', { text: 'Path from here', attrs: { type: 'button', id: 'use-path-from' } });
  const end = el('button', { text: 'Path to here', attrs: { type: 'button', id: 'use-path-to' } });
  start.addEventListener('click', actions.usePathStart);
  end.addEventListener('click', actions.usePathEnd);
  panel.replaceChildren(
    el('span', { className: 'kind', text: node.kind }),
    el('h3', { text: node.fullLabel, attrs: { 'data-node-id': id } }),
    el('p', { className: 'hint', text: datesLine(node) }),
    el('div', { className: 'actions' }, start, end),
    body,
  );
  return body;
}

export function renderStatements(body: HTMLElement, lists: readonly StatementList[], rangeNote: string): void {
  const parts: Node[] = [];
  for (const list of lists) {
    parts.push(el('h4', { text: `${list.title} (${list.totalCount}${list.totalCount > list.nodes.length ? `, first ${list.nodes.length}` : ''})` }));
    if (list.nodes.length === 0) parts.push(el('p', { className: 'hint', text: `None${rangeNote}.` }));
    for (const s of list.nodes) parts.push(statementCard(s, lists.length === 1 && list.nodes.length === 1));
  }
  if (lists.length === 0) parts.push(el('p', { className: 'hint', text: 'No statements for this node.' }));
  body.replaceChildren(...parts);
  body.dataset.state = 'ready';
}

/** One statement, closed to its text; opened, each report's evidence sentence and article. */
function statementCard(s: StatementView, open: boolean): HTMLElement {
  const speaker = s.speaker?.name ?? 'unattributed';
  const summary = el(
    'summary',
    {},
    el('div', { className: 'meta', text: `${speaker} · ${s.verbAsWritten ?? s.verb} · ${s.kind.toLowerCase()} · ${s.firstReportedAt.slice(0, 10)}` }),
    el('div', { text: s.text }),
  );
  const reports = s.reports.map((r) =>
    el(
      'div',
      { className: 'report' },
      el('blockquote', { className: 'evidence', text: r.evidence.sentence }),
      el('div', { className: 'source' }, 'in ', articleLink(r.article), ` · ${r.article.publishedAt.slice(0, 10)}`),
    ),
  );
  const details = el('details', { className: 'statement', attrs: { 'data-statement-id': s.id } }, summary, el('div', { className: 'body' }, ...reports));
  details.open = open;
  return details;
}

function articleLink(article: { title: string; url: string | null }): HTMLElement {
  // Only http(s) links: a stored URL is data, never a javascript: target.
  if (article.url && /^https?:\/\//i.test(article.url)) {
    return el('a', { text: article.title, attrs: { href: article.url, rel: 'noopener noreferrer', target: '_blank' } });
  }
  return el('cite', { text: article.title });
}

function datesLine(node: NodeAttributes): string {
  if (node.firstDay === undefined) return '';
  return node.lastDay && node.lastDay !== node.firstDay ? `${node.firstDay} – ${node.lastDay}` : node.firstDay;
}
