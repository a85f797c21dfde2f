// Reads a JSON file with a message that says where it is broken. Node 20's JSON.parse
// omits the position for some errors, so jsonc-parser locates the first problem. Nesting
// is checked first, without recursion: jsonc-parser (and any walk of the parsed value)
// recurses, so a 100,000-deep file would otherwise exhaust the stack.
import { parse as parseLoose, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { CliError } from './io';

const WHAT: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'malformed number',
  PropertyNameExpected: 'expected a "quoted" property name',
  ValueExpected: 'expected a value',
  ColonExpected: 'expected ":"',
  CommaExpected: 'expected ","',
  CloseBraceExpected: 'expected "}"',
  CloseBracketExpected: 'expected "]"',
  EndOfFileExpected: 'unexpected text after the end',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'unterminated comment',
  UnexpectedEndOfString: 'unterminated string',
  UnexpectedEndOfNumber: 'malformed number',
  InvalidUnicode: 'bad \\u escape',
  InvalidEscapeCharacter: 'bad escape in string',
  InvalidCharacter: 'control character in string',
};

function lineCol(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const col = offset - before.lastIndexOf('\n');
  return `line ${line}, column ${col}`;
}

/** Deeper than any scenario (regimes.<id>.<section>.<field> is four levels). */
export const MAX_JSON_DEPTH = 64;

/** Offset of the first bracket that opens level `max` + 1, or -1. */
function tooDeepAt(text: string, max: number): number {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return -1;
}

export function parseJsonText(text: string, label: string): unknown {
  const deep = tooDeepAt(text, MAX_JSON_DEPTH);
  if (deep >= 0)
    throw new CliError(
      `${label}: nested more than ${MAX_JSON_DEPTH} levels deep at ${lineCol(text, deep)}; a scenario needs a few levels`,
    );
  try {
    return JSON.parse(text);
  } catch (e) {
    if (text.trim() === '') throw new CliError(`${label}: malformed JSON: the file is empty`);
    const errors: ParseError[] = [];
    parseLoose(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    const first = errors[0];
    if (first) {
      const code = printParseErrorCode(first.error);
      throw new CliError(`${label}: malformed JSON at ${lineCol(text, first.offset)}: ${WHAT[code] ?? code}`);
    }
    const pos = /position (\d+)/.exec((e as Error).message);
    const where = pos ? ` at ${lineCol(text, Number(pos[1]))}` : '';
    throw new CliError(
      `${label}: malformed JSON${where}: ${(e as Error).message.replace(/ in JSON at position \d+.*/, '')}`,
    );
  }
}
