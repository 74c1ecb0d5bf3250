// French wire-copy paragraphs (dépêches). Each states its facts through the builder as it writes them.
import { contractFrench, frenchCountry, frenchIn } from './article-builder.ts';
import { describeCountry } from './country-roster.ts';
import { monthName } from './dates.ts';
import { awardName, gatheringName, withFrenchArticle } from './event-names.ts';
import {
  ARRIVAL_DAYS_BEFORE,
  listPhrase,
  newForeignLeader,
  type Story,
  type Template,
} from './story.ts';

const SOULIGNE = [
  "a souligné l'importance du partenariat stratégique intégral entre les deux pays",
  'a appelé à une coordination plus étroite dans les forums régionaux et internationaux',
  "a proposé d'élargir la coopération dans le commerce, l'investissement, l'éducation et le tourisme",
  'a affirmé que les deux pays devaient tirer parti de leurs atouts complémentaires',
  "s'est félicité du bon développement des relations bilatérales ces dernières années",
];

const hostIn = (s: Story) => frenchIn(s.host, describeCountry(s.host).french);

/** Opening paragraphs: where the protagonist is, and why. */
export const OPENINGS_FR: readonly Template[] = [
  (s) => {
    const { b } = s;
    b.visit(s.protagonist, s.host, b.storyMonth());
    return `${b.capitalize(b.intro(s.protagonist))} est ${b.agree(s.protagonist, 'arrivé')} à ${s.city} ${b.datePhrase(ARRIVAL_DAYS_BEFORE).text}, entamant une visite officielle ${hostIn(s)} à l'invitation ${contractFrench('de', b.intro(s.hostLeader))}.`;
  },
  (s) => {
    const { b } = s;
    if (!s.gathering) return null;
    b.attend(s.gathering.name, s.protagonist, s.city);
    return `${b.capitalize(b.intro(s.protagonist))} a assisté ${contractFrench('à', withFrenchArticle(s.gathering))} à ${s.city} ${b.datePhrase(b.random.int(0, 3)).text}, aux côtés de dirigeants et de chefs d'entreprise de toute la région.`;
  },
  (s) => {
    const { b } = s;
    b.visit(s.protagonist, s.host, b.storyMonth());
    const kind = b.random.pick([
      "une visite d'État",
      'une visite de travail',
      'une visite officielle',
    ]);
    return `${b.capitalize(b.intro(s.protagonist))} effectue ${kind} ${hostIn(s)}, son premier déplacement dans ce pays depuis son entrée en fonction.`;
  },
];

/** Paragraphs after the opening, in any order. */
export const PARAGRAPHS_FR: readonly Template[] = [
  (s) => {
    const { b } = s;
    if (s.talksHeld) return null;
    s.talksHeld = true;
    const date = b.datePhrase(b.random.int(0, 4));
    b.meeting(s.protagonist, s.hostLeader, date.iso);
    s.met.push(s.hostLeader);
    return `${b.capitalize(b.ref(s.protagonist))} s'est ${b.agree(s.protagonist, 'entretenu')} avec ${b.ref(s.hostLeader)} à ${s.city} ${date.text}. ${b.pronoun(s.protagonist)} ${b.random.pick(SOULIGNE)}.`;
  },
  (s) => {
    const { b } = s;
    if (!s.gathering) return null;
    const other = newForeignLeader(s);
    b.meeting(s.protagonist, other, null);
    b.attend(s.gathering.name, s.protagonist, s.city);
    s.met.push(other);
    return `En marge ${contractFrench('de', withFrenchArticle(s.gathering))}, ${b.ref(s.protagonist)} a rencontré ${b.intro(other)}. Les deux dirigeants sont convenus d'intensifier les échanges de délégations à tous les niveaux.`;
  },
  (s) => {
    const { b } = s;
    const others = [newForeignLeader(s), newForeignLeader(s), newForeignLeader(s)].slice(
      0,
      b.random.int(2, 3),
    );
    const date = b.datePhrase(b.random.int(0, 3));
    for (const other of others) {
      b.meeting(s.protagonist, other, date.iso);
      s.met.push(other);
    }
    return `${b.capitalize(b.ref(s.protagonist))} a également eu des entretiens bilatéraux avec ${listPhrase(others.map(b.intro), 'et')} ${date.text}.`;
  },
  (s) => {
    const { b } = s;
    const other = newForeignLeader(s);
    b.meeting(s.protagonist, other, null);
    s.met.push(other);
    return `Lors de sa rencontre avec ${b.intro(other)}, ${b.ref(s.protagonist)} ${b.random.pick(SOULIGNE)}. ${b.capitalize(b.ref(other))} a partagé cet avis, notant que les échanges commerciaux avaient progressé de ${b.random.int(5, 40)} % l'an dernier.`;
  },
  (s) => {
    const { b } = s;
    const official = b.newPerson(s.host, false);
    b.meeting(s.protagonist, official, null);
    s.met.push(official);
    return `${b.capitalize(b.ref(s.protagonist))} a reçu ${b.intro(official)}, venu${official.gender === 'f' ? 'e' : ''} lui rendre une visite de courtoisie. Les deux parties ont évoqué la coopération parlementaire.`;
  },
  (s) => {
    const { b } = s;
    if (!s.talksHeld) return null;
    const name = 'conférence de presse conjointe';
    b.attend(name, s.protagonist, s.city);
    b.attend(name, s.hostLeader, s.city);
    return `À l'issue des entretiens, ${b.ref(s.protagonist)} et ${b.ref(s.hostLeader)} ont tenu une ${name} pour présenter les résultats de la visite.`;
  },
  (s) => {
    const { b } = s;
    const award = awardName(b.random, 'fr', describeCountry(s.host).french, s.city);
    b.award(award.name, s.protagonist, s.hostLeader);
    return `${b.capitalize(b.ref(s.hostLeader))} a remis ${withFrenchArticle(award)} à ${b.ref(s.protagonist)} en reconnaissance de sa contribution à l'amitié entre les deux nations.`;
  },
  (s) => {
    const { b } = s;
    const other = newForeignLeader(s);
    return `Plus tôt, ${b.datePhrase(b.random.int(2, 6)).text}, ${b.ref(s.protagonist)} s'est ${b.agree(s.protagonist, 'entretenu')} au téléphone avec ${b.intro(other)} de la sécurité régionale et des prix de l'énergie.`;
  },
  (s) => {
    const { b } = s;
    const other = newForeignLeader(s);
    return `${b.capitalize(b.ref(s.protagonist))} doit rencontrer ${b.intro(other)} dans le courant de la semaine pour discuter d'un accord de libre-échange.`;
  },
  (s) => {
    const { b } = s;
    const home = describeCountry(s.protagonist.country).french;
    return `${b.capitalize(b.ref(s.protagonist))} a invité ${b.ref(s.hostLeader)} à se rendre ${frenchIn(s.protagonist.country, home)} à une date opportune, invitation acceptée avec plaisir.`;
  },
  (s) => {
    const { b } = s;
    const when = new Date(Date.UTC(s.year - b.random.int(1, 3), b.random.int(0, 11), 1));
    const home = describeCountry(s.protagonist.country).french;
    b.visit(s.hostLeader, s.protagonist.country, when.toISOString().slice(0, 7));
    return `Les deux parties ont rappelé la visite d'État ${frenchIn(s.protagonist.country, home)} ${contractFrench('de', b.ref(s.hostLeader))} en ${monthName('fr', when)} ${when.getUTCFullYear()}, qui a ouvert un nouveau chapitre des relations bilatérales.`;
  },
  (s) => {
    const { b } = s;
    const forum = gatheringName(b.random, 'fr', s.year, s.city);
    b.attend(forum.name, s.protagonist, s.city);
    return `${b.capitalize(b.ref(s.protagonist))} a prononcé un discours ${contractFrench('à', withFrenchArticle(forum))}, plaidant pour un système commercial ouvert et fondé sur des règles.`;
  },
  (s) => {
    const { b } = s;
    if (!s.gathering) return null;
    const gathering = s.gathering;
    const others = [newForeignLeader(s), newForeignLeader(s), newForeignLeader(s)];
    for (const other of others) b.attend(gathering.name, other, s.city);
    return `Ont notamment pris part ${contractFrench('à', withFrenchArticle(gathering))} ${listPhrase(others.map(b.intro), 'et')}.`;
  },
  (s) => {
    const { b } = s;
    const home = describeCountry(s.protagonist.country).french;
    const future = gatheringName(
      b.random,
      'fr',
      s.year + 2,
      describeCountry(s.protagonist.country).capital,
    );
    const verb = s.protagonist.country.frenchGender === 'pl' ? 'accueilleront' : 'accueillera';
    const subject = b.capitalize(frenchCountry(s.protagonist.country, home));
    return `${subject} ${verb} ${withFrenchArticle(future)} en ${s.year + 2}, a-t-on appris auprès de la délégation.`;
  },
  (s) => {
    const { b } = s;
    const official = b.newPerson(s.host, false);
    const ceremony = `cérémonie d'adieu à l'aéroport international de ${s.city}`;
    b.attend(ceremony, s.protagonist, s.city);
    b.attend(ceremony, official, s.city);
    return `${b.capitalize(b.intro(official))} a raccompagné ${b.ref(s.protagonist)} lors d'une ${ceremony} ${b.datePhrase(0).text}.`;
  },
  (s) => {
    const { b } = s;
    const minister = b.newPerson(s.protagonist.country, false);
    return `${b.capitalize(b.ref(s.protagonist))} était ${b.agree(s.protagonist, 'accompagné')} ${contractFrench('de', b.intro(minister))} et d'une importante délégation d'affaires.`;
  },
];

/** Une légende de photo sur une rencontre déjà rapportée. */
export const captionFr = (s: Story): string | null => {
  const other = s.met[0];
  if (!other) return null;
  const { b } = s;
  return `${b.ref(s.protagonist)} (à droite) et ${b.ref(other)} lors de leur rencontre à ${s.city}. (Photo : ${s.agency})`;
};

/** Les brèves d'autres sujets après « Voir aussi » : leurs personnes sont facultatives. */
export const teaserFr = (s: Story): string => {
  const { b } = s;
  const lines = [1, 2].map(() => {
    const person = newForeignLeader(s, b.random.chance(0.5));
    b.teaserPerson(person);
    const demonym = describeCountry(person.country).frenchDemonym[person.gender];
    const title = person.office.fr[person.gender];
    return `${b.capitalize(title)} ${demonym} ${person.name.full} ${b.random.pick(['plaide pour', 'salue', 'examine'])} ${b.random.pick(['de nouvelles règles d’investissement', 'une coopération maritime renforcée', 'le plan pour l’économie numérique'])}`;
  });
  return ['Voir aussi', ...lines].join('\n\n');
};
