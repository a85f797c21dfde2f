// Messages stay one readable line whatever the input: a 20 MB value or a file with 700,000
// unknown keys is named by its first characters or first few keys and a count.

/** Longest message line printed (after "quasimarket: "). */
export const MAX_MESSAGE = 300;
/** Longest piece of a value or key quoted inside a message. */
export const MAX_QUOTED = 40;

/** One line (newlines folded) of at most `max` characters, cut with "…". */
export function clip(text: string, max = MAX_MESSAGE): string {
  const line = text.replace(/\s*[\r\n]+\s*/g, ' ');
  return line.length <= max ? line : line.slice(0, max - 1) + '…';
}

/** A value typed or read from a file, shortened for quoting in a message. */
export function short(value: string, max = MAX_QUOTED): string {
  return clip(value, max);
}

const UNKNOWN_FIELD = /^(.*): unknown field; (allowed fields are .*)$/s;
const UNKNOWN_PARAM = /^(params\..*): unknown parameter ".*" (\(list them .*\))$/s;

interface Group {
  items: string[];
  /** The message when the group holds one item (unchanged from the model's). */
  single: string;
  plural: string;
  tail: string;
}

function groupText(g: Group): string {
  if (g.items.length === 1) return g.single;
  const shown = g.items.slice(0, 3).map((k) => short(k));
  const more = g.items.length - shown.length;
  return `${g.plural} ${shown.join(', ')}${more > 0 ? ` and ${more.toLocaleString('en-GB')} more` : ''}${g.tail}`;
}

/**
 * A scenario's problems as one line within `budget` characters: unknown fields (and unknown
 * parameters) are listed together, the first few by name with a count of the rest; then
 * the problems in order while they fit, and how many more there are.
 */
export function summariseProblems(problems: readonly string[], budget = MAX_MESSAGE - 40): string {
  const groups = new Map<string, Group>();
  const parts: (string | Group)[] = [];
  for (const raw of problems) {
    // A long quoted value (an unknown regime of 4 MB) is cut so the rest of the line still shows.
    const p = raw.replace(/"([^"\n]{41,})"/g, (_, v: string) => `"${short(v)}"`);
    const field = UNKNOWN_FIELD.exec(p);
    const param = field ? null : UNKNOWN_PARAM.exec(p);
    if (!field && !param) {
      parts.push(p);
      continue;
    }
    const key = field ? `field|${field[2]}` : 'param';
    let g = groups.get(key);
    if (!g) {
      g = field
        ? { items: [], single: p, plural: 'unknown fields', tail: `; ${field[2]}` }
        : { items: [], single: p, plural: 'unknown parameters', tail: ` ${param![2]}` };
      groups.set(key, g);
      parts.push(g);
    }
    g.items.push((field ?? param)![1]);
  }
  const texts = parts.map((x) => (typeof x === 'string' ? x : groupText(x)));
  let text = '';
  let shown = 0;
  for (const t of texts) {
    const next = shown ? `${text}; ${t}` : t;
    if (shown && next.length > budget) break;
    text = next;
    shown++;
  }
  const more = texts.length - shown;
  return more ? `${text}; and ${more.toLocaleString('en-GB')} more problem${more === 1 ? '' : 's'}` : text;
}
