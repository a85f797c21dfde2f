// Finding an organisation by name, code or area, or an area (an ICB footprint) by name or ODS
// code, as the user types: a lower-cased index built once per catalogue, ranked so that exact
// codes and name prefixes come first.
import { NODE_KINDS, type AreaInfo, type NodeInfo } from '../engine/api';

interface Entry {
  node: NodeInfo;
  id: string;
  name: string;
  words: string[];
  area: string;
}

export interface SearchIndex {
  entries: Entry[];
}

const norm = (s: string): string =>
  s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
const wordsOf = (s: string): string[] => s.split(/[^a-z0-9&']+/).filter(Boolean);

export function buildSearchIndex(nodes: readonly NodeInfo[]): SearchIndex {
  return {
    entries: nodes.map((node) => {
      const name = norm(node.name);
      return { node, id: norm(node.id), name, words: wordsOf(name), area: norm(node.areaName) };
    }),
  };
}

/** Lower is better; null = no match. Every query word must match the name, code or area. */
function score(e: Entry, q: string, qWords: string[]): number | null {
  if (e.id === q) return 0;
  if (e.name === q) return 1;
  if (e.id.startsWith(q)) return 2;
  if (e.name.startsWith(q)) return 3;
  let worst = 0;
  for (const w of qWords) {
    let s: number;
    if (e.words.some((x) => x.startsWith(w))) s = 4;
    else if (e.name.includes(w)) s = 5;
    else if (e.area.includes(w)) s = 6;
    else return null;
    worst = Math.max(worst, s);
  }
  return worst;
}

const kindOrder = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));

export function searchNodes(index: SearchIndex, query: string, limit = 12): NodeInfo[] {
  const q = norm(query.trim());
  if (!q) return [];
  const qWords = wordsOf(q);
  if (qWords.length === 0) return [];
  const hits: { e: Entry; s: number }[] = [];
  for (const e of index.entries) {
    const s = score(e, q, qWords);
    if (s !== null) hits.push({ e, s });
  }
  hits.sort(
    (a, b) =>
      a.s - b.s ||
      kindOrder.get(a.e.node.kind)! - kindOrder.get(b.e.node.kind)! ||
      a.e.name.length - b.e.name.length ||
      (a.e.name < b.e.name ? -1 : a.e.name > b.e.name ? 1 : 0) ||
      a.e.node.index - b.e.node.index,
  );
  return hits.slice(0, limit).map((h) => h.e.node);
}

/** Areas whose name or code matches every word of the query, best first (same ranking as organisations). */
export function searchAreas(areas: readonly AreaInfo[], query: string, limit = 3): AreaInfo[] {
  const q = norm(query.trim());
  const qWords = wordsOf(q);
  if (qWords.length === 0) return [];
  const hits: { a: AreaInfo; s: number; name: string }[] = [];
  for (const a of areas) {
    const name = norm(a.name);
    const code = norm(a.code ?? '');
    const words = wordsOf(name);
    let s: number | null;
    if (code && code === q) s = 0;
    else if (name === q) s = 1;
    else if (name.startsWith(q)) s = 3;
    else {
      s = 0;
      for (const w of qWords) {
        const ws = words.some((x) => x.startsWith(w)) ? 4 : name.includes(w) ? 5 : null;
        if (ws === null) {
          s = null;
          break;
        }
        s = Math.max(s, ws);
      }
    }
    if (s !== null) hits.push({ a, s, name });
  }
  hits.sort((x, y) => x.s - y.s || x.name.length - y.name.length || x.a.index - y.a.index);
  return hits.slice(0, limit).map((h) => h.a);
}
