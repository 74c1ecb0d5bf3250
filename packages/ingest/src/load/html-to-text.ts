// HTML articles are reduced to their readable text with a real parser, block elements as lines.
import { parse } from 'node-html-parser';

const NON_CONTENT =
  'script, style, noscript, template, svg, nav, header, footer, aside, form, iframe';

export function htmlToText(html: string): string {
  const root = parse(html, {
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  for (const element of root.querySelectorAll(NON_CONTENT)) element.remove();
  // A page's story is its <article> (or <main>); menus and sidebars around it carry no facts.
  const story =
    root.querySelector('article') ??
    root.querySelector('main') ??
    root.querySelector('body') ??
    root;
  // structuredText puts block elements (p, div, h1, li, figcaption…) on their own lines.
  return story.structuredText;
}
