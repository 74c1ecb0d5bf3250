// Gold files and extraction reports, validated and reduced to the scored facts. The report parser is
// lenient where the extraction contract is richer (a date object, extra fields, evidence arrays), so
// both `ingest --dry-run --json` output and ArticleExtraction values score without conversion.
import { basename } from 'node:path';
import { z } from 'zod';
import type { ArticleFacts, GoldArticle } from './article-facts.ts';

const name = z.string().min(1);
const names = z.array(z.string()).default([]);
const country = z
  .string()
  .nullish()
  .transform((code) => (code ? code.toUpperCase() : null));
// "2024-11-15", or the extraction contract's { value: "2024-11-15", precision: "DAY" }.
const date = z
  .union([z.string(), z.object({ value: z.string() }).transform((d) => d.value)])
  .nullish()
  .transform((value) => value || null);

const leader = z.object({ name, aliases: names, country, titles: names });
const meeting = z.object({ participants: z.tuple([name, name]), date });
const visit = z.object({ visitor: name, country: z.string().transform((c) => c.toUpperCase()) });
const gathering = z.object({ name, aliases: names, attendees: names });
const award = z.object({ award: name, aliases: names, recipient: name });

const blocks = {
  leaders: z.array(leader).default([]),
  meetings: z.array(meeting).default([]),
  visits: z.array(visit).default([]),
  gatherings: z.array(gathering).default([]),
  awards: z.array(award).default([]),
};

const goldArticle = z.object({
  article: name,
  ...blocks,
  optional: z
    .object({ ...blocks, leaders: names })
    .default({ leaders: [], meetings: [], visits: [], gatherings: [], awards: [] }),
});

const reportArticle = z.object({ file: name, ...blocks });
const report = z.object({ articles: z.array(reportArticle) });

/** Reads one gold annotation (GOLD_FORMAT.md); throws a ZodError naming the bad field. */
export function parseGoldArticle(json: unknown): GoldArticle {
  const { article, ...facts } = goldArticle.parse(json);
  return { file: basename(article), ...facts };
}

/** Reads a report `{"articles": [...]}`; `file` may be a path, only its file name is kept. */
export function parseReport(json: unknown): ArticleFacts[] {
  return report
    .parse(json)
    .articles.map((article) => ({ ...article, file: basename(article.file) }));
}
