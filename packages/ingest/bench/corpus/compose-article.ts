// One article of the benchmark corpus: a trip by a leader, told in English or French wire copy of
// about the requested size, with its gold annotation.
import {
  createArticleBuilder,
  frenchCountry,
  frenchIn,
  type GoldAnnotation,
} from './article-builder.ts';
import { describeCountry, ROSTER } from './country-roster.ts';
import { fullDate, type Language } from './dates.ts';
import { gatheringName } from './event-names.ts';
import { createFiller, type FillerContext } from './filler.ts';
import type { Random } from './random.ts';
import type { Story, Template } from './story.ts';
import { captionEn, OPENINGS_EN, PARAGRAPHS_EN, teaserEn } from './templates-en.ts';
import { captionFr, OPENINGS_FR, PARAGRAPHS_FR, teaserFr } from './templates-fr.ts';

export type CorpusArticle = {
  /** "000042_en.txt": the index keeps files in generation order. */
  file: string;
  language: Language;
  text: string;
  gold: GoldAnnotation;
};

const AGENCIES = [
  'VNA',
  'Xinhua',
  'AFP',
  'Kyodo',
  'Yonhap',
  'Bernama',
  'Prensa Latina',
  'TASS',
  'Anadolu',
  'APS',
  'MAP',
];

const TEMPLATES: Record<
  Language,
  { openings: readonly Template[]; paragraphs: readonly Template[] }
> = {
  en: { openings: OPENINGS_EN, paragraphs: PARAGRAPHS_EN },
  fr: { openings: OPENINGS_FR, paragraphs: PARAGRAPHS_FR },
};

/** The first template of a shuffled list that fits the story, unused ones first. */
function writeOne(random: Random, templates: readonly Template[], story: Story): string {
  const shuffled = random.sample(templates, templates.length);
  const fresh = shuffled.filter((template) => !story.used.has(template));
  for (const template of [...fresh, ...shuffled.filter((t) => story.used.has(t))]) {
    const paragraph = template(story);
    if (paragraph !== null) {
      story.used.add(template);
      return paragraph;
    }
  }
  throw new Error('no template fits the story');
}

function dateline(
  story: Story,
  language: Language,
  publishedStated: boolean,
  published: Date,
): string {
  const city = story.city.toUpperCase();
  const random = story.b.random;
  if (!publishedStated) return random.chance(0.5) ? `${city} — ` : `${city} (${story.agency}) — `;
  return random.chance(0.5)
    ? `${city}, ${fullDate(language, published)} (${story.agency}) — `
    : `${language === 'en' ? 'Published' : 'Publié le'} ${fullDate(language, published)}\n\n${city} — `;
}

/**
 * Writes article number `index` with its own PRNG, so any article can be regenerated alone and a
 * smaller corpus is a prefix of a larger one with the same seed.
 */
export function composeArticle(random: Random, index: number, size: number): CorpusArticle {
  const language: Language = random.chance(0.35) ? 'fr' : 'en';
  const host = random.pick(ROSTER);
  const home = random.pick(ROSTER.filter((c) => c.code !== host.code));
  const year = random.int(2019, 2026);
  const published = new Date(Date.UTC(year, random.int(0, 11), random.int(1, 28)));
  const publishedStated = random.chance(0.6);
  const city = describeCountry(host).capital;
  const b = createArticleBuilder(random, { language, published, publishedStated, city });
  const story: Story = {
    b,
    protagonist: b.newPerson(home, true),
    host,
    hostLeader: b.newPerson(host, true),
    gathering: random.chance(0.6) ? gatheringName(random, language, year, city) : null,
    city,
    agency: random.pick(AGENCIES),
    year,
    met: [],
    talksHeld: false,
    used: new Set(),
  };

  const { openings, paragraphs: templates } = TEMPLATES[language];
  const paragraphs = [
    dateline(story, language, publishedStated, published) + writeOne(random, openings, story),
  ];
  const factCount = random.int(4, 8);
  for (let i = 0; i < factCount; i++) paragraphs.push(writeOne(random, templates, story));
  const caption = random.chance(0.4) ? (language === 'en' ? captionEn : captionFr)(story) : null;
  if (caption) paragraphs.push(caption);

  const names = { home: describeCountry(home), host: describeCountry(host) };
  const context: FillerContext =
    language === 'en'
      ? {
          home: names.home.english,
          host: names.host.english,
          hostIn: `in ${names.host.english}`,
          year,
        }
      : {
          home: frenchCountry(home, names.home.french),
          host: frenchCountry(host, names.host.french),
          hostIn: frenchIn(host, names.host.french),
          year,
        };
  const nextFiller = createFiller(random, language, context);
  let length = paragraphs.reduce((sum, p) => sum + p.length + 2, 0);
  while (length < size) {
    const filler = nextFiller();
    paragraphs.splice(random.int(1, paragraphs.length), 0, filler);
    length += filler.length + 2;
  }
  if (random.chance(0.15)) paragraphs.push((language === 'en' ? teaserEn : teaserFr)(story));

  const file = `${String(index).padStart(6, '0')}_${language}.txt`;
  return { file, language, text: `${paragraphs.join('\n\n')}\n`, gold: b.gold(file) };
}
