// Words and phrases that signal events, in English and French. Phrases are matched on folded tokens.
import type { GatheringKind } from '@diplomacy-graph/core';

/** Meeting triggers. `takesObject`: the people met follow directly ("met X", "Meeting X,"). */
export const meetingTriggers: Readonly<
  Record<string, { kind: 'BILATERAL_MEETING' | 'TALKS'; direct: boolean }>
> = {
  met: { kind: 'BILATERAL_MEETING', direct: true },
  meet: { kind: 'BILATERAL_MEETING', direct: true },
  meets: { kind: 'BILATERAL_MEETING', direct: true },
  meeting: { kind: 'BILATERAL_MEETING', direct: true },
  meetings: { kind: 'BILATERAL_MEETING', direct: false },
  received: { kind: 'BILATERAL_MEETING', direct: true },
  receives: { kind: 'BILATERAL_MEETING', direct: true },
  'courtesy call': { kind: 'BILATERAL_MEETING', direct: false },
  // "paid a courtesy call to X", "a rendu une visite de courtoisie au X": the object follows.
  'courtesy call to': { kind: 'BILATERAL_MEETING', direct: true },
  'courtesy call on': { kind: 'BILATERAL_MEETING', direct: true },
  // "the Vice-President called on Mr. Modi at his hotel": a courtesy call.
  'called on': { kind: 'BILATERAL_MEETING', direct: true },
  'conferred with': { kind: 'TALKS', direct: true },
  talks: { kind: 'TALKS', direct: false },
  'held talks': { kind: 'TALKS', direct: false },
  discussion: { kind: 'TALKS', direct: false },
  discussions: { kind: 'TALKS', direct: false },
  'sat down': { kind: 'TALKS', direct: false },
  rencontre: { kind: 'BILATERAL_MEETING', direct: true },
  rencontré: { kind: 'BILATERAL_MEETING', direct: true },
  rencontres: { kind: 'BILATERAL_MEETING', direct: false },
  // "avant de rencontrer le Premier ministre X": narrated (a purpose, "pour rencontrer", is not).
  rencontrer: { kind: 'BILATERAL_MEETING', direct: true },
  'entretenir avec': { kind: 'TALKS', direct: true },
  'a reçu': { kind: 'BILATERAL_MEETING', direct: true },
  reçu: { kind: 'BILATERAL_MEETING', direct: true },
  reçoit: { kind: 'BILATERAL_MEETING', direct: true },
  recevait: { kind: 'BILATERAL_MEETING', direct: true },
  'tête-à-tête': { kind: 'TALKS', direct: false },
  'visite de courtoisie': { kind: 'BILATERAL_MEETING', direct: false },
  'working session': { kind: 'TALKS', direct: false },
  'séance de travail': { kind: 'TALKS', direct: false },
  'entretenu avec': { kind: 'TALKS', direct: true },
  // Reciprocal: "M. Ouattara et M. Gnassingbé se sont entretenus", the pair comes before.
  entretenu: { kind: 'TALKS', direct: false },
  entretenue: { kind: 'TALKS', direct: false },
  entretenus: { kind: 'TALKS', direct: false },
  entretenues: { kind: 'TALKS', direct: false },
  entretien: { kind: 'TALKS', direct: false },
  entretiens: { kind: 'TALKS', direct: false },
  discuté: { kind: 'TALKS', direct: false },
};

/** Verbs of welcoming a guest: with the event words, they mark a sentence where named people act. */
export const welcomeWords: ReadonlySet<string> = new Set([
  'welcomed',
  'welcomes',
  'greeted',
  'greets',
  'hosted',
  'hosts',
  'accueilli',
  'accueillie',
  'accueillis',
  'accueillies',
  'accueille',
  'salue',
]);

/** "the two leaders met", "les deux présidents se sont entretenus": the pair the story just named. */
export const pairWords: ReadonlySet<string> = new Set(['two', 'both', 'deux']);
export const pairNouns: ReadonlySet<string> = new Set([
  'leaders',
  'presidents',
  'ministers',
  'heads',
  'sides',
  'dirigeants',
  'chefs',
  'ministres',
  'responsables',
]);

/** "s'est entretenu avec A …, puis avec B": a later "with" the same subject meets. */
export const thenWords: ReadonlySet<string> = new Set(['then', 'puis', 'ensuite', 'later', 'also']);

/** Words between a trigger and its object: "with", "avec". */
export const withWords: ReadonlySet<string> = new Set(['with', 'avec', 'on', 'au', 'aupres']);

/** Clause words that make a meeting or visit unreal (planned, possible) or remote (phone, video). */
export const unrealCues: ReadonlySet<string> = new Set([
  'will',
  'would',
  'shall',
  'plan',
  'plans',
  'planned',
  'planning',
  'scheduled',
  'expected',
  'due',
  'upcoming',
  'next',
  'proposed',
  'possible',
  'possibility',
  'may',
  'might',
  'could',
  'hope',
  'hopes',
  'looks',
  'forward',
  'intends',
  'phone',
  'telephone',
  'video',
  'online',
  'virtual',
  'videoconference',
  'prochaine',
  'prochain',
  'prevue',
  'prevu',
  'prevoit',
  'pourrait',
  'devrait',
  'doit',
  'va',
  'telephonique',
  'telephone',
  'visioconference',
  'appel',
  'futur',
  'future',
]);

/** Meetings of three or more parties are gatherings. */
export const multilateralWords: ReadonlySet<string> = new Set([
  'trilateral',
  'quadrilateral',
  'tripartite',
  'multilateral',
  'trilaterale',
  'trilateraux',
  'quadrilaterale',
  'multilaterale',
]);

/** Words of plans, whose dates are not the story's time. */
export const planWords: ReadonlySet<string> = new Set([
  'plan',
  'plans',
  'planned',
  'scheduled',
  'upcoming',
  'next',
  'prochain',
  'prochaine',
  'prevu',
  'prevue',
]);

/** "leaders of China, the US…", "les hauts dirigeants péruviens": a meeting with every such leader. */
export const leaderGroupWords: ReadonlySet<string> = new Set([
  'leaders',
  'dirigeants',
  'counterparts',
  'homologues',
  'heads',
]);

export const visitWords: ReadonlySet<string> = new Set([
  'visit',
  'visits',
  'visite',
  'visites',
  'tour',
  'tournee',
]);
/** Verbs whose object is the place visited: "visited Japan", "toured Tokyo and Osaka". */
export const visitVerbs: ReadonlySet<string> = new Set(['visited', 'toured', 'visite']);
/** Travel verbs that name where a visit went: "arrivé jeudi en France pour une visite officielle". */
export const travelWords: ReadonlySet<string> = new Set([
  'arrived',
  'landed',
  'travelled',
  'traveled',
  'flew',
  'arrive',
  'arrivee',
  'arrives',
  'rendu',
  'rendue',
  'rendus',
  'atterri',
]);
/** Verbs that take a tour's traveller to its stops: "a tour that took him to …", "qui l'a conduit en …". */
export const routeWords: ReadonlySet<string> = new Set([
  'took',
  'taken',
  'takes',
  'brought',
  'conduit',
  'mene',
  'menee',
  'amene',
  'emmene',
]);
export const visitKindWords: ReadonlyMap<string, 'OFFICIAL' | 'STATE' | 'WORKING'> = new Map(
  Object.entries({
    official: 'OFFICIAL',
    officielle: 'OFFICIAL',
    officielles: 'OFFICIAL',
    state: 'STATE',
    etat: 'STATE',
    working: 'WORKING',
    travail: 'WORKING',
  }),
);
export const invitationWords: ReadonlySet<string> = new Set([
  'invite',
  'invited',
  'invites',
  'inviting',
  'invite',
  'invitee',
  'inviter',
  'invitation',
]);

/** Words that put a person at a gathering; the gathering follows (after "at", "à", "of"…). */
export const attendanceCues: ReadonlySet<string> = new Set([
  'attended',
  'attend',
  'attends',
  'attending',
  'attendance',
  'participated',
  'participates',
  'participation',
  'speech',
  'speeches',
  'remarks',
  'addressed',
  'addresses',
  'spoke',
  'speaks',
  'joined',
  'sidelines',
  'during',
  'guest',
  'watched',
  'told',
  'framework',
  'chaired',
  'hosted',
  'presided',
  'co-chaired',
  // Whoever opens or closes a gathering is at it: "a ouvert le XIXe Sommet".
  'opened',
  'inaugurated',
  'closed',
  'ouvert',
  'inaugure',
  'cloture',
  'assiste',
  'assister',
  'participe',
  'participer',
  'discours',
  'marge',
  'lors',
  'invite',
  'cadre',
  'preside',
  'copreside',
]);
/** Forms of "accompany" (folded): active, or passive when a companion marker follows. */
export const accompanyWords: ReadonlySet<string> = new Set([
  'accompanied',
  'accompanying',
  'accompanies',
  'accompany',
  'accompagne',
  'accompagnee',
  'accompagnes',
  'accompagnees',
  'accompagnent',
  'accompagnait',
]);
/** After a form of "accompany", what makes the people after it the companions: "accompanied by". */
export const companionMarkers: ReadonlySet<string> = new Set(['by', 'de', 'du', 'des', 'd', 'par']);
/** Verbs of speaking, a cue only before "at"/"lors de" a gathering: "said at a joint press conference". */
export const speakingVerbs: ReadonlySet<string> = new Set([
  'said',
  'says',
  'declared',
  'stressed',
  'announced',
  'declare',
  'affirme',
  'indique',
  'souligne',
  'annonce',
  // "a pris la parole au Forum …", "est intervenu lors du sommet".
  'parole',
  'intervenu',
  'intervenue',
]);
/** Verbs of holding, a cue only with a gathering as their object: "held a news conference", "a tenu une conférence de presse". */
export const holdingVerbs: ReadonlySet<string> = new Set([
  'held',
  'holds',
  'gave',
  'tenu',
  'tient',
  'donne',
]);
/** What leads a speaking verb to its gathering. */
export const venuePrepositions: ReadonlySet<string> = new Set(['at', 'during', 'lors', 'a', 'au']);
export const gatheringPrepositions: ReadonlySet<string> = new Set([
  'at',
  'in',
  'of',
  'a',
  'au',
  'aux',
  'over',
  'de',
  'du',
]);

/**
 * Attendance stated without naming the gathering: "were among the leaders in attendance",
 * "figuraient parmi les participants", "y ont pris part": the gathering the story is at.
 */
export const unnamedAttendanceCues: readonly string[] = [
  'in attendance',
  'took part',
  'taken part',
  'among the participants',
  'among the guests',
  'pris part',
  'parmi les participants',
  'parmi les invités',
  'figuraient parmi',
  'figurait parmi',
];
/** After an unnamed attendance cue, the people who were there: "…, dont la première ministre X". */
export const attendeeIntroducers: ReadonlySet<string> = new Set([
  'including',
  'among',
  'dont',
  'notamment',
  'ainsi',
  'as',
]);

/** Head nouns of gatherings with their kind; the type is CEREMONY or PRESS_CONFERENCE for some. */
export const gatheringHeads: ReadonlyMap<string, GatheringKind> = new Map(
  Object.entries({
    summit: 'SUMMIT',
    sommet: 'SUMMIT',
    meeting: 'MEETING',
    reunion: 'MEETING',
    session: 'MEETING',
    sessions: 'MEETING',
    assembly: 'MEETING',
    assemblee: 'MEETING',
    congress: 'CONFERENCE',
    week: 'WEEK',
    semaine: 'WEEK',
    forum: 'FORUM',
    dialogue: 'DIALOGUE',
    dialog: 'DIALOGUE',
    conference: 'CONFERENCE',
    convention: 'CONFERENCE',
    expo: 'CONFERENCE',
    exhibition: 'CONFERENCE',
    lunch: 'RECEPTION',
    luncheon: 'RECEPTION',
    dinner: 'RECEPTION',
    banquet: 'RECEPTION',
    reception: 'RECEPTION',
    dejeuner: 'RECEPTION',
    diner: 'RECEPTION',
    gala: 'RECEPTION',
    ceremony: 'OTHER',
    ceremonie: 'OTHER',
    celebration: 'OTHER',
    commemoration: 'OTHER',
    funeral: 'FUNERAL',
    funerailles: 'FUNERAL',
    obseques: 'FUNERAL',
    retreat: 'MEETING',
    parade: 'OTHER',
    defile: 'OTHER',
  }),
);
export const ceremonyHeads: ReadonlySet<string> = new Set([
  'ceremony',
  'ceremonie',
  'celebration',
  'commemoration',
  'funeral',
  'funerailles',
  'obseques',
  'reception',
]);
/** Verbs of giving a meal or a reception: "hosted a dinner", "a offert un dîner d'État". */
export const hostWords: ReadonlySet<string> = new Set([
  'hosted',
  'hosts',
  'gave',
  'offered',
  'threw',
  'offert',
  'offre',
  'donne',
  'organise',
]);
/** "ceremony for X", "réception en l'honneur de X": X attends. */
export const honoureeWords: ReadonlySet<string> = new Set([
  'for',
  'honour',
  'honor',
  'pour',
  'honneur',
]);
/** Words that end a gathering name when its head is lower case. */
export const nameStops: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'for',
  'from',
  'to',
  'by',
  'as',
  'which',
  'that',
  'where',
  'when',
  'while',
  'pour',
  'dans',
  'par',
  'qui',
  'que',
  'qu',
  'dont',
  'laquelle',
  'lequel',
  'lesquels',
  'lesquelles',
  'whose',
  'ou',
  'lors',
  'since',
  'during',
  'after',
  'before',
  'reaffirms',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
]);
export const betweenWords: ReadonlySet<string> = new Set(['between', 'entre']);
/** Places named after a gathering head: "the World Forum conference center" is where, not what. */
export const venueNouns: ReadonlySet<string> = new Set([
  'center',
  'centre',
  'centres',
  'centers',
  'hall',
  'halls',
  'room',
  'venue',
  'building',
  'complex',
]);

/** Award triggers: passive ones have the recipient first, active ones the presenter first. */
export const awardPassive: ReadonlySet<string> = new Set([
  'honoured',
  'honored',
  'awarded',
  'decorated',
  'conferred',
  'decerner',
  'remettre',
  'decore',
  'decoree',
  'recu',
  'received',
]);
export const awardActive: ReadonlySet<string> = new Set([
  'presented',
  'awarded',
  'conferred',
  'bestowed',
  'remis',
  'decerne',
  'confere',
  'presents',
  'awards',
  'decore',
  'eleve',
]);
export const awardHeads: ReadonlySet<string> = new Set([
  'order',
  'cross',
  'medal',
  'prize',
  'award',
  'key',
  'decoration',
  'title',
  'honour',
  'honor',
  'star',
  'insignia',
  'grand',
  'ordre',
  'croix',
  'medaille',
  'prix',
  'cle',
  'titre',
  'distinction',
  'legion',
  'doctorate',
  'doctorat',
  'citizenship',
  'citoyennete',
  'insignes',
  'collar',
  'collier',
  'grand-croix',
  'commandeur',
]);
/** Receiving an honour, the recipient first: "X received the Order of … from Y", "X a reçu …". */
export const awardReceipt: ReadonlySet<string> = new Set([
  'received',
  'receives',
  'accepted',
  'recu',
  'recoit',
]);
export const presenterWords: ReadonlySet<string> = new Set(['by', 'from', 'par', 'mains']);
/** "who was awarded …", "qui a été décoré …": the recipient is the person the clause hangs on. */
export const relativePronouns: ReadonlySet<string> = new Set(['who', 'qui']);
export const recipientWords: ReadonlySet<string> = new Set(['to', 'on', 'upon', 'a', 'au', 'aux']);
export const awardStops: ReadonlySet<string> = new Set([
  'by',
  'to',
  'from',
  'for',
  'in',
  'par',
  'a',
  'au',
  'aux',
  'pour',
  'remise',
  'remis',
  'upon',
  'on',
]);

export const declarationWords: ReadonlySet<string> = new Set([
  'declaration',
  'statement',
  'communique',
  'agreement',
  'agreements',
  'accord',
  'accords',
  'memorandum',
]);
export const signingWords: ReadonlySet<string> = new Set([
  'issued',
  'signed',
  'adopted',
  'inked',
  'signe',
  'signes',
  'adopte',
  'publie',
]);
