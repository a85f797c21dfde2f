// Reads a JSON file with a message that says where it is broken. Node 20's JSON.parse
// omits the position for some errors, so jsonc-parser locates the first problem.
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

export function parseJsonText(text: string, label: string): unknown {
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
