// Markdown articles: keep the words, drop the markup. Each pattern is linear (no nested quantifiers).
const IMAGES = /!\[([^\]\n]*)\]\([^)\n]*\)/g;
const LINKS = /\[([^\]\n]*)\]\([^)\n]*\)/g;
const HEADING_MARKS = /^#{1,6}[ \t]+/gm;
const QUOTE_MARKS = /^>[ \t]?/gm;
const LIST_MARKS = /^[ \t]*(?:[-*+]|\d{1,3}\.)[ \t]+/gm;
const EMPHASIS = /(\*\*|__|\*|_|`)(?=\S)([^*_`\n]+?)\1/g;
const RULES = /^[ \t]*(?:[-*_][ \t]*){3,}$/gm;

export function markdownToText(markdown: string): string {
  return markdown
    .replace(IMAGES, '$1')
    .replace(LINKS, '$1')
    .replace(HEADING_MARKS, '')
    .replace(QUOTE_MARKS, '')
    .replace(LIST_MARKS, '')
    .replace(RULES, '')
    .replace(EMPHASIS, '$2');
}
