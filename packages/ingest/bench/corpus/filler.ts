// Paragraphs without named people: the body of wire copy around the facts (policy, trade, history).
// They mention countries, numbers, capitalised institutions and abbreviations on purpose.
import { contractFrench } from './article-builder.ts';
import type { Language } from './dates.ts';
import type { Random } from './random.ts';

/** Country names as a sentence needs them: in French with their article ("le Pérou"). */
export type FillerContext = { home: string; host: string; hostIn: string; year: number };

const SENTENCES: Record<Language, readonly ((c: FillerContext, r: Random) => string)[]> = {
  en: [
    (c, r) =>
      `Two-way trade between ${c.home} and ${c.host} reached ${r.int(2, 90)}.${r.int(1, 9)} billion USD in ${c.year - 1}, up ${r.int(3, 30)} percent year-on-year.`,
    (_c) =>
      `Both sides agreed to boost cooperation in trade, investment, education, science and technology, and climate change adaptation.`,
    (c) =>
      `The two countries established diplomatic relations decades ago and upgraded their ties to a Comprehensive Partnership, which officials in ${c.host} described as a milestone.`,
    () =>
      `The Ministry of Foreign Affairs said the trip aimed to deepen political trust and create new momentum for economic links.`,
    (c, r) =>
      `${c.host} is currently the ${r.pick(['second', 'third', 'fifth', 'seventh'])}-largest trading partner of ${c.home} in the region, according to the General Statistics Office.`,
    () =>
      `The U.S. dollar weakened against most currencies on Friday, while oil prices edged up after the OPEC+ meeting.`,
    (c, r) =>
      `Around ${r.int(10, 400)} enterprises from ${c.home} have invested in ${c.host}, with total registered capital of about ${r.int(1, 20)} billion USD.`,
    () =>
      `Officials noted that tourism had rebounded strongly, with direct flights between the two capitals now operating several times a week.`,
    () =>
      `The sides also exchanged views on regional and international issues of mutual concern, including the East Sea, the situation in the Middle East and the conflict in Ukraine.`,
    () =>
      `They agreed to settle disputes by peaceful means on the basis of international law, including the 1982 UN Convention on the Law of the Sea (UNCLOS).`,
    (c) =>
      `Experts in ${c.host} said the outcomes would open up opportunities for small and medium-sized enterprises in agriculture, logistics and renewable energy.`,
    (_c, r) =>
      `A total of ${r.int(3, 15)} cooperation documents were signed in the fields of energy, digital transformation, health care and culture.`,
    () =>
      `The delegation also visited an industrial park, a university and a cultural centre, where they met with representatives of the overseas community.`,
  ],
  fr: [
    (c, r) =>
      `Les échanges commerciaux entre ${c.home} et ${c.host} ont atteint ${r.int(2, 90)},${r.int(1, 9)} milliards de dollars en ${c.year - 1}, en hausse de ${r.int(3, 30)} % sur un an.`,
    () =>
      `Les deux parties sont convenues de renforcer la coopération dans le commerce, l'investissement, l'éducation, les sciences et technologies ainsi que l'adaptation au changement climatique.`,
    () =>
      `Les deux pays ont établi des relations diplomatiques il y a plusieurs décennies et les ont élevées au rang de partenariat intégral, une étape qualifiée d'historique par les deux gouvernements.`,
    () =>
      `Le ministère des Affaires étrangères a indiqué que ce déplacement visait à approfondir la confiance politique et à donner un nouvel élan aux liens économiques.`,
    (c, r) =>
      `Selon l'Office général des statistiques, ${c.host} est actuellement le ${r.pick(['deuxième', 'troisième', 'cinquième', 'septième'])} partenaire commercial ${contractFrench('de', c.home)} dans la région.`,
    () =>
      `Le dollar américain s'est replié face à la plupart des devises vendredi, tandis que les cours du pétrole progressaient après la réunion de l'OPEP+.`,
    (c, r) =>
      `Quelque ${r.int(10, 400)} entreprises ${contractFrench('de', c.home)} ont investi ${c.hostIn}, pour un capital enregistré total d'environ ${r.int(1, 20)} milliards de dollars.`,
    () =>
      `Les responsables ont noté la forte reprise du tourisme, des vols directs reliant désormais les deux capitales plusieurs fois par semaine.`,
    () =>
      `Les deux parties ont également échangé leurs points de vue sur des questions régionales et internationales d'intérêt commun, dont la situation au Moyen-Orient et le conflit en Ukraine.`,
    () =>
      `Elles sont convenues de régler les différends par des moyens pacifiques, conformément au droit international, notamment à la Convention des Nations unies sur le droit de la mer de 1982 (CNUDM).`,
    (c) =>
      `Selon des experts ${contractFrench('de', c.host)}, ces résultats ouvriront des perspectives aux petites et moyennes entreprises de l'agriculture, de la logistique et des énergies renouvelables.`,
    (_c, r) =>
      `Au total, ${r.int(3, 15)} documents de coopération ont été signés dans les domaines de l'énergie, de la transformation numérique, de la santé et de la culture.`,
    () =>
      `La délégation a également visité un parc industriel, une université et un centre culturel, où elle a rencontré des représentants de la communauté expatriée.`,
  ],
};

/**
 * A source of filler paragraphs of two to four sentences for one article. Sentences are dealt from
 * a shuffled deck, so an article repeats none before it has used them all.
 */
export function createFiller(random: Random, language: Language, context: FillerContext) {
  let deck: ((c: FillerContext, r: Random) => string)[] = [];
  const draw = () => {
    if (deck.length === 0) deck = random.sample(SENTENCES[language], SENTENCES[language].length);
    return deck.pop() as (c: FillerContext, r: Random) => string;
  };
  return (): string =>
    Array.from({ length: random.int(2, 4) }, () => draw()(context, random)).join(' ');
}
