// Inputs built to make a careless tokenizer or regex blow up: long runs of the characters and words
// the grammar reacts to, each filling a whole document of about 1 MB. Every case keeps some plain
// English so the loader accepts it as an English article and the extractor really reads it.

const ENGLISH =
  'The President of the Republic said on Friday that the two countries would work together. ';

// Each pattern is repeated until the document reaches the requested size.
const PATTERNS: readonly { name: string; unit: string }[] = [
  {
    name: 'capital runs',
    unit: 'THE PRESIDENT OF THE REPUBLIC AND THE PRIME MINISTER MET THE LEADERS OF ASEAN APEC G20 Xi Jinping Lương Cường Dina Ercilia Boluarte Zegarra Joe Biden Anwar Ibrahim Abc Def Ghi Jkl Mno Pqr ',
  },
  {
    name: 'dots',
    unit: 'the U.S. and U.K. met Mr. Dr. St. PM ........................ U.S.A.U.S.A.U.S.A. ... . . . ',
  },
  {
    name: 'dashes',
    unit: 'President — — --- –– ‐‐ Cường-Xi-Biden-Lee-Park ------------------ -- - — the ',
  },
  { name: 'quotes', unit: `the "President "of ' '' """ « » “ ‘ ’ ” "Lima' “new era "the ` },
  { name: 'whitespace', unit: 'the President   \t \n   \n\n\n          \n \t\t   met      ' },
  {
    name: 'title chains',
    unit: 'President Prime Minister Deputy Prime Minister Minister of Foreign Affairs of the President of the Council of Ministers of the Chairman of the National Assembly of ',
  },
  {
    name: 'unbalanced parentheses',
    unit: 'the President (of (the (Council (of (Ministers (( ((( ))) ) ) Lima (Photo: VNA ',
  },
  {
    name: 'one 1 MB sentence',
    unit: 'President Lương Cường met Peruvian President Dina Boluarte, Chinese President Xi Jinping, US President Joe Biden and Malaysian Prime Minister Anwar Ibrahim on the sidelines of the APEC Summit in Lima on Friday, and ',
  },
  {
    name: 'country lists',
    unit: 'held separate meetings with leaders of China, the US, Malaysia, Singapore, Australia, Canada, Russia, Peru, Chile, Japan, ',
  },
];

/** The names of the adversarial documents, in the order the benchmark runs them. */
export const ADVERSARIAL_CASES: readonly string[] = PATTERNS.map((pattern) => pattern.name);

/**
 * The adversarial document `name`, `bytes` long in UTF-8 (give or take one repeat of its pattern).
 * @example adversarialText('dots', 1_000_000).length // about 1,000,000
 */
export function adversarialText(name: string, bytes: number): string {
  const pattern = PATTERNS.find((p) => p.name === name);
  if (!pattern)
    throw new Error(`No adversarial case "${name}"; cases: ${ADVERSARIAL_CASES.join(', ')}`);
  const repeats = Math.ceil((bytes - Buffer.byteLength(ENGLISH)) / Buffer.byteLength(pattern.unit));
  return ENGLISH + pattern.unit.repeat(Math.max(1, repeats));
}
