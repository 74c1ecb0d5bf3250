// HTML articles are reduced to their readable text with a real parser, block elements as lines.
import { parse } from 'node-html-parser';

const NON_CONTENT = 'script, style, noscript, template, svg, head, nav, footer, iframe';

export function htmlToText(html: string): string {
  const root = parse(html, {
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  for (const element of root.querySelectorAll(NON_CONTENT)) element.remove();
  // structuredText puts block elements (p, div, h1, li, figcaption…) on their own lines.
  return root.structuredText;
}
