// A name whose state the text gives without an office: "le Nigérian Bola Tinubu", "the Kenyan
// William Ruto", "Hungary's Viktor Orbán". Wire copy introduces heads of state this way once
// their office is clear from the story.
import type { Annotations } from './annotate.ts';
import { readName } from './read-name.ts';
import type { Token } from './tokenize.ts';

export type NationalityName = { name: string; country: string; start: number; end: number };

const NOUN_DETERMINERS = new Set(['the', 'le', 'la', 'l']);
const POSSESSIVE = new Set(["'s", '’s']);

export function findNationalityNames(
  tokens: readonly Token[],
  notes: Annotations,
  text: string,
): NationalityName[] {
  const found: NationalityName[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = notes.countryAt[i];
    if (!span || span.start !== i) continue;
    let nameAt = -1;
    // "le Nigérian X": a capitalised demonym used as a noun, right after an article.
    if (span.demonym && tokens[i]?.cap && NOUN_DETERMINERS.has(tokens[i - 1]?.fold ?? ''))
      nameAt = span.end;
    // "Hungary's X": the country's own person.
    else if (!span.demonym && POSSESSIVE.has(tokens[span.end]?.text ?? '')) nameAt = span.end + 1;
    if (nameAt < 0 || notes.titleAt[nameAt]) continue;
    const name = readName(tokens, notes, nameAt);
    if (!name) continue;
    const first = tokens[name.start];
    const last = tokens[name.end - 1];
    if (!first || !last) continue;
    found.push({
      name: text.slice(first.start, last.end),
      country: span.code,
      start: i,
      end: name.end,
    });
    i = name.end - 1;
  }
  return found;
}
