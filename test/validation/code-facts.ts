// Facts read from the model's source with the TypeScript parser, for checking docs/ODD.md
// against the code: which parameter ids each file reads, which event types it records, and
// the order of the calls that make up the schedule. Reading the syntax tree (not grepping the
// text) keeps comments out and follows an event type passed to a helper that records it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('../../', import.meta.url).pathname;

/** Every source file of the model, by path from the repository root (src/model/…). */
export function modelFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts')) out.push(relative(ROOT, p));
    }
  };
  walk(join(ROOT, 'src/model'));
  return out.sort();
}

const parsed = new Map<string, ts.SourceFile>();
function parse(file: string): ts.SourceFile {
  let sf = parsed.get(file);
  if (!sf) {
    sf = ts.createSourceFile(file, readFileSync(join(ROOT, file), 'utf8'), ts.ScriptTarget.ES2022, true);
    parsed.set(file, sf);
  }
  return sf;
}

function visit(node: ts.Node, f: (n: ts.Node) => void): void {
  f(node);
  node.forEachChild((c) => visit(c, f));
}

/** String literals in a file's code (not its comments) that are one of `known`. */
export function literalsIn(file: string, known: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  visit(parse(file), (n) => {
    if ((ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) && known.has(n.text)) out.add(n.text);
  });
  return out;
}

function stringsOf(e: ts.Expression): string[] {
  if (ts.isStringLiteral(e)) return [e.text];
  if (ts.isConditionalExpression(e)) return [...stringsOf(e.whenTrue), ...stringsOf(e.whenFalse)];
  if (ts.isParenthesizedExpression(e)) return stringsOf(e.expression);
  return [];
}

/** A call `….events.record(tick, year, { type, … })`: the expression given as its type. */
function recordedType(n: ts.Node): ts.Expression | null {
  if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression)) return null;
  const callee = n.expression;
  if (callee.name.text !== 'record' || !/\bevents$/.test(callee.expression.getText())) return null;
  const arg = n.arguments[2];
  if (!arg || !ts.isObjectLiteralExpression(arg)) return null;
  for (const p of arg.properties) {
    if (ts.isPropertyAssignment(p) && p.name.getText() === 'type') return p.initializer;
    if (ts.isShorthandPropertyAssignment(p) && p.name.text === 'type') return p.name;
  }
  return null;
}

/**
 * Event types each model file records: literal types in its `events.record` calls, and the
 * literals it passes to a function that records the type it is given (as `agree` does for
 * mediation and arbitration), which count for the calling file.
 */
export function recordedEvents(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (file: string, types: string[]) => {
    if (!types.length) return;
    const s = out.get(file) ?? new Set<string>();
    for (const t of types) s.add(t);
    out.set(file, s);
  };
  // Functions that record the type they are given: name → index of that parameter.
  const forwarders = new Map<string, number>();
  for (const file of modelFiles()) {
    visit(parse(file), (n) => {
      const e = recordedType(n);
      if (!e) return;
      if (!ts.isIdentifier(e)) return add(file, stringsOf(e));
      let fn: ts.Node | undefined = n.parent;
      while (fn && !ts.isFunctionDeclaration(fn)) fn = fn.parent;
      const i = fn ? fn.parameters.findIndex((p) => p.name.getText() === e.text) : -1;
      if (!fn?.name || i < 0) throw new Error(`${file}: events.record with a type code-facts.ts cannot follow`);
      forwarders.set(fn.name.text, i);
    });
  }
  for (const file of modelFiles()) {
    visit(parse(file), (n) => {
      if (!ts.isCallExpression(n) || !ts.isIdentifier(n.expression)) return;
      const i = forwarders.get(n.expression.text);
      if (i !== undefined && n.arguments[i]) add(file, stringsOf(n.arguments[i]));
    });
  }
  return out;
}

/** Functions called by name, in order, in the bodies of the named top-level functions of a file. */
export function callsIn(file: string, functions: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const st of parse(file).statements) {
    if (!ts.isFunctionDeclaration(st) || !st.name || !functions.includes(st.name.text) || !st.body) continue;
    const calls: string[] = [];
    visit(st.body, (n) => {
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) calls.push(n.expression.text);
    });
    out[st.name.text] = calls;
  }
  return out;
}
