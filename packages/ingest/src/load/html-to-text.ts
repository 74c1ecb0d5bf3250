// HTML articles are reduced to their readable text with a real parser, block elements as lines.
import { parse } from 'node-html-parser';

const NON_CONTENT =
  'script, style, noscript, template, svg, nav, header, footer, aside, form, iframe';
// The machine-readable publication time pages carry beside the printed one.
const PUBLISHED_META =
  'meta[property="article:published_time"], meta[name="date"], meta[itemprop="datePublished"]';
const ISO_DAY = /^(\d{4}-\d{2}-\d{2})/;

export type HtmlArticle = { text: string; published: string | null };

export function htmlToText(html: string): HtmlArticle {
  const root = parse(html, {
    blockTextElements: { script: false, style: false, noscript: false, pre: true },
  });
  // The page's own date, as written in its markup (the day in the writer's time zone).
  const stamp =
    root.querySelector(PUBLISHED_META)?.getAttribute('content') ??
    root.querySelector('time[datetime]')?.getAttribute('datetime') ??
    '';
  const published = ISO_DAY.exec(stamp.trim())?.[1] ?? null;
  for (const element of root.querySelectorAll(NON_CONTENT)) element.remove();
  // A page's story is its <article> (or <main>); menus and sidebars around it carry no facts.
  const story =
    root.querySelector('article') ??
    root.querySelector('main') ??
    root.querySelector('body') ??
    root;
  // structuredText puts block elements (p, div, h1, li, figcaption…) on their own lines.
  return { text: story.structuredText, published };
}
