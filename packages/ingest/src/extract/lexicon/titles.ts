// Offices in English and French, mapped to the English title we report and the office role.
// `generic` words ("counterpart", "leader") introduce or designate a person without naming an office.
import type { OfficeRole } from '@diplomacy-graph/core';

export type TitleEntry = { title: string; role: OfficeRole; generic?: boolean };

const t = (title: string, role: OfficeRole, generic = false): TitleEntry => ({
  title,
  role,
  generic,
});

export const titlePhrases: Readonly<Record<string, TitleEntry>> = {
  // English
  President: t('President', 'HEAD_OF_STATE'),
  'State President': t('State President', 'HEAD_OF_STATE'),
  'Vice President': t('Vice President', 'DEPUTY'),
  'Vice-President': t('Vice President', 'DEPUTY'),
  'Vice State President': t('Vice State President', 'DEPUTY'),
  'Prime Minister': t('Prime Minister', 'HEAD_OF_GOVERNMENT'),
  PM: t('Prime Minister', 'HEAD_OF_GOVERNMENT'),
  Premier: t('Premier', 'HEAD_OF_GOVERNMENT'),
  Chancellor: t('Chancellor', 'HEAD_OF_GOVERNMENT'),
  'Deputy Prime Minister': t('Deputy Prime Minister', 'DEPUTY'),
  'Deputy PM': t('Deputy Prime Minister', 'DEPUTY'),
  'Vice Premier': t('Vice Premier', 'DEPUTY'),
  'Permanent Deputy Prime Minister': t('Permanent Deputy Prime Minister', 'DEPUTY'),
  'Foreign Minister': t('Foreign Minister', 'FOREIGN_MINISTER'),
  'Minister of Foreign Affairs': t('Minister of Foreign Affairs', 'FOREIGN_MINISTER'),
  'Minister for Foreign Affairs': t('Minister for Foreign Affairs', 'FOREIGN_MINISTER'),
  'Foreign Secretary': t('Foreign Secretary', 'FOREIGN_MINISTER'),
  'Secretary of State': t('Secretary of State', 'FOREIGN_MINISTER'),
  Minister: t('Minister', 'MINISTER'),
  'Deputy Minister': t('Deputy Minister', 'DEPUTY'),
  'Vice Minister': t('Vice Minister', 'DEPUTY'),
  'Deputy Foreign Minister': t('Deputy Foreign Minister', 'DEPUTY'),
  'General Secretary': t('General Secretary', 'PARTY_LEADER'),
  'Party General Secretary': t('Party General Secretary', 'PARTY_LEADER'),
  'Party chief': t('Party chief', 'PARTY_LEADER'),
  'Party leader': t('Party leader', 'PARTY_LEADER'),
  Chairman: t('Chairman', 'LEGISLATURE_HEAD'),
  Chairwoman: t('Chairwoman', 'LEGISLATURE_HEAD'),
  'Vice Chairman': t('Vice Chairman', 'DEPUTY'),
  'Vice Chairwoman': t('Vice Chairwoman', 'DEPUTY'),
  Speaker: t('Speaker', 'LEGISLATURE_HEAD'),
  'Chief Justice': t('Chief Justice', 'JUDICIARY_HEAD'),
  Mayor: t('Mayor', 'MAYOR'),
  Governor: t('Governor', 'OTHER'),
  Ambassador: t('Ambassador', 'AMBASSADOR'),
  King: t('King', 'MONARCH'),
  Queen: t('Queen', 'MONARCH'),
  'Queen Mother': t('Queen Mother', 'MONARCH'),
  'Senate President': t('Senate President', 'LEGISLATURE_HEAD'),
  Sultan: t('Sultan', 'MONARCH'),
  Emperor: t('Emperor', 'MONARCH'),
  Emir: t('Emir', 'MONARCH'),
  'Crown Prince': t('Crown Prince', 'MONARCH'),
  Prince: t('Prince', 'MONARCH'),
  'Head of State': t('Head of State', 'HEAD_OF_STATE'),
  counterpart: t('counterpart', 'OTHER', true),
  leader: t('leader', 'OTHER', true),
  diplomat: t('diplomat', 'AMBASSADOR', true),
  diplomate: t('diplomat', 'AMBASSADOR', true),
  'top leader': t('top leader', 'OTHER', true),
  'host leader': t('host leader', 'OTHER', true),
  // French (reported in English)
  président: t('President', 'HEAD_OF_STATE'),
  présidente: t('President', 'HEAD_OF_STATE'),
  'vice-président': t('Vice President', 'DEPUTY'),
  'vice-présidente': t('Vice President', 'DEPUTY'),
  'Premier ministre': t('Prime Minister', 'HEAD_OF_GOVERNMENT'),
  'Première ministre': t('Prime Minister', 'HEAD_OF_GOVERNMENT'),
  'vice-Premier ministre': t('Deputy Prime Minister', 'DEPUTY'),
  'vice-Première ministre': t('Deputy Prime Minister', 'DEPUTY'),
  'ministre des Affaires étrangères': t('Minister of Foreign Affairs', 'FOREIGN_MINISTER'),
  ministre: t('Minister', 'MINISTER'),
  'secrétaire général': t('General Secretary', 'PARTY_LEADER'),
  'secrétaire général du Parti': t('General Secretary of the Party', 'PARTY_LEADER'),
  'secrétaire d’État': t('Secretary of State', 'FOREIGN_MINISTER'),
  chancelier: t('Chancellor', 'HEAD_OF_GOVERNMENT'),
  chancelière: t('Chancellor', 'HEAD_OF_GOVERNMENT'),
  'président de l’Assemblée nationale': t('Chairman of the National Assembly', 'LEGISLATURE_HEAD'),
  'chef de l’État': t('Head of State', 'HEAD_OF_STATE'),
  'chef du gouvernement': t('Head of Government', 'HEAD_OF_GOVERNMENT'),
  'chef de la diplomatie': t('Foreign Minister', 'FOREIGN_MINISTER'),
  roi: t('King', 'MONARCH'),
  reine: t('Queen', 'MONARCH'),
  sultan: t('Sultan', 'MONARCH'),
  'prince héritier': t('Crown Prince', 'MONARCH'),
  maire: t('Mayor', 'MAYOR'),
  ambassadeur: t('Ambassador', 'AMBASSADOR'),
  ambassadrice: t('Ambassador', 'AMBASSADOR'),
  homologue: t('counterpart', 'OTHER', true),
  dirigeant: t('leader', 'OTHER', true),
};

/** Office heads refined by the body named in their complement ("President of the Supreme Court"). */
export const complementRoles: ReadonlyArray<readonly [string, OfficeRole]> = [
  ['council of ministers', 'HEAD_OF_GOVERNMENT'],
  ['government', 'HEAD_OF_GOVERNMENT'],
  ['supreme court', 'JUDICIARY_HEAD'],
  ['court', 'JUDICIARY_HEAD'],
  ['national assembly', 'LEGISLATURE_HEAD'],
  ['congress', 'LEGISLATURE_HEAD'],
  ['senate', 'LEGISLATURE_HEAD'],
  ['parliament', 'LEGISLATURE_HEAD'],
  ['party', 'PARTY_LEADER'],
  ['foreign affairs', 'FOREIGN_MINISTER'],
];

/** French bodies named after an office, with the English title they make (folded words). */
export const frenchBodyTitles: ReadonlyArray<readonly [string, string]> = [
  ['affaires etrangeres', 'Minister of Foreign Affairs'],
  ['senat', 'President of the Senate'],
  ['assemblee nationale', 'President of the National Assembly'],
  ['conseil des ministres', 'President of the Council of Ministers'],
  ['armees', 'Minister of the Armed Forces'],
  ['defense', 'Minister of Defence'],
  ['interieur', 'Minister of the Interior'],
];

/** Titles after which a country names the posting, not the state served ("Ambassador to China"). */
export const postingTitles: ReadonlySet<string> = new Set(['Ambassador']);
