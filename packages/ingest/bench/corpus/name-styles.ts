// Syllable and name-part tables by naming tradition. People are assembled from parts, so the corpus
// holds thousands of invented names (with and without diacritics) and no list of real leaders.
import type { Random } from './random.ts';

export type Gender = 'm' | 'f';

/** An invented person's name: display order as wire copy prints it, and the short later form. */
export type PersonName = {
  /** Full name in the order the article uses first ("Nguyễn Văn Hùng", "Carla Ibáñez Ortega"). */
  full: string;
  /** How later sentences refer to the person ("Hùng", "Ibáñez"). */
  short: string;
  /** Another spelling an article may use (diacritics dropped, order reversed), if any. */
  variant: string | null;
};

export type NameStyle =
  | 'vietnamese'
  | 'chinese'
  | 'japanese'
  | 'korean'
  | 'hispanic'
  | 'french'
  | 'anglo'
  | 'slavic'
  | 'arabic'
  | 'african'
  | 'nordic'
  | 'germanic'
  | 'malay'
  | 'indian'
  | 'turkish'
  | 'lusophone';

type Parts = { m: readonly string[]; f: readonly string[] };

const join = (random: Random, first: readonly string[], second: readonly string[]) =>
  random.pick(first) + random.pick(second);

const stripDiacritics = (text: string) =>
  text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function westernName(
  random: Random,
  gender: Gender,
  given: Parts,
  roots: readonly string[],
  endings: readonly string[],
  surnameCount = 1,
): PersonName {
  const first = random.pick(given[gender]);
  const surnames = Array.from({ length: surnameCount }, () => join(random, roots, endings));
  const full = [first, ...surnames].join(' ');
  const plain = stripDiacritics(full);
  return { full, short: surnames[0] as string, variant: plain === full ? null : plain };
}

const VIETNAMESE = {
  family: [
    'Nguyễn',
    'Trần',
    'Lê',
    'Phạm',
    'Hoàng',
    'Huỳnh',
    'Phan',
    'Vũ',
    'Võ',
    'Đặng',
    'Bùi',
    'Đỗ',
    'Hồ',
    'Ngô',
    'Dương',
  ],
  middle: {
    m: ['Văn', 'Minh', 'Quốc', 'Đức', 'Thanh', 'Hữu', 'Công', 'Xuân', 'Đình'],
    f: ['Thị', 'Thu', 'Ngọc', 'Thanh', 'Kim', 'Mỹ'],
  },
  given: {
    m: [
      'Hùng',
      'Khải',
      'Sơn',
      'Hải',
      'Tuấn',
      'Dũng',
      'Thắng',
      'Phúc',
      'Toàn',
      'Bình',
      'Nghĩa',
      'Quang',
      'Trọng',
      'Khoa',
      'Định',
    ],
    f: ['Lan', 'Hương', 'Mai', 'Ngân', 'Thảo', 'Hằng', 'Yến', 'Trang', 'Nhung', 'Loan'],
  },
};

const CHINESE = {
  family: [
    'Wang',
    'Zhang',
    'Liu',
    'Chen',
    'Yang',
    'Zhao',
    'Huang',
    'Zhou',
    'Wu',
    'Xu',
    'Sun',
    'Zhu',
    'Gao',
    'Lin',
    'Guo',
    'Luo',
    'Song',
    'Tang',
  ],
  syllables: [
    'jian',
    'ming',
    'hong',
    'wei',
    'xiao',
    'guo',
    'yun',
    'hua',
    'jun',
    'qiang',
    'ling',
    'feng',
    'tao',
    'bo',
    'yi',
    'zhi',
    'hai',
    'rong',
    'chao',
    'lei',
  ],
};

const JAPANESE = {
  familyStart: [
    'Ta',
    'Ka',
    'Ya',
    'Ma',
    'Na',
    'Su',
    'Mo',
    'Hi',
    'Ku',
    'No',
    'I',
    'O',
    'Sa',
    'To',
    'Fu',
  ],
  familyEnd: [
    'naka',
    'mura',
    'moto',
    'yama',
    'kawa',
    'saki',
    'hara',
    'shita',
    'zawa',
    'mori',
    'hashi',
    'gawa',
  ],
  givenStart: {
    m: ['Hiro', 'Kazu', 'Shige', 'Taka', 'Yoshi', 'Masa', 'Nobu', 'Tomo'],
    f: ['Yu', 'Ha', 'Mi', 'Sa', 'Na', 'Ai', 'Ma'],
  },
  givenEnd: {
    m: ['shi', 'ru', 'to', 'ki', 'hiko', 'yuki', 'aki'],
    f: ['ko', 'mi', 'na', 'ka', 'e', 'ri'],
  },
};

const KOREAN = {
  family: [
    'Kim',
    'Lee',
    'Park',
    'Choi',
    'Jung',
    'Kang',
    'Cho',
    'Yoon',
    'Jang',
    'Lim',
    'Han',
    'Shin',
    'Seo',
    'Kwon',
    'Hwang',
    'Ahn',
    'Song',
    'Hong',
  ],
  syllables: [
    'min',
    'jun',
    'seo',
    'ji',
    'hye',
    'sung',
    'jae',
    'dong',
    'young',
    'hyun',
    'kyung',
    'soo',
    'woo',
    'eun',
    'ho',
    'yeol',
    'chul',
  ],
};

const HISPANIC: Parts & { roots: string[]; endings: string[] } = {
  m: [
    'José',
    'Carlos',
    'Juan',
    'Luis',
    'Andrés',
    'Martín',
    'Raúl',
    'Sebastián',
    'Gonzalo',
    'Álvaro',
    'Ricardo',
    'Fernando',
    'Joaquín',
  ],
  f: [
    'María',
    'Lucía',
    'Carmen',
    'Valentina',
    'Gabriela',
    'Inés',
    'Verónica',
    'Ximena',
    'Paula',
    'Beatriz',
    'Rocío',
  ],
  roots: [
    'Alar',
    'Bece',
    'Cald',
    'Esca',
    'Garr',
    'Lar',
    'Mend',
    'Olav',
    'Quir',
    'Sarm',
    'Ugal',
    'Vill',
    'Zamb',
    'Arz',
    'Pal',
    'Ib',
    'Ord',
  ],
  endings: [
    'cón',
    'úa',
    'erón',
    'lante',
    'ido',
    'rea',
    'oza',
    'arría',
    'iaga',
    'egui',
    'añez',
    'ía',
    'ado',
    'ero',
    'óñez',
  ],
};

const FRENCH: Parts & { roots: string[]; endings: string[] } = {
  m: [
    'Jean-Luc',
    'François',
    'Étienne',
    'Hervé',
    'Benoît',
    'Rémi',
    'Jérôme',
    'Olivier',
    'Thierry',
    'Gaëtan',
    'Loïc',
  ],
  f: [
    'Élodie',
    'Hélène',
    'Mathilde',
    'Sophie',
    'Clémence',
    'Aurélie',
    'Béatrice',
    'Noémie',
    'Agnès',
  ],
  roots: [
    'Dur',
    'Lef',
    'Mor',
    'Beau',
    'Gar',
    'Rouss',
    'Laf',
    'Bonn',
    'Charp',
    'Fourn',
    'Gir',
    'Mas',
    'Val',
    'Ch',
  ],
  endings: ['and', 'èvre', 'eau', 'champ', 'nier', 'ont', 'et', 'ier', 'aud', 'ot', 'elle', 'ard'],
};

const ANGLO: Parts & { roots: string[]; endings: string[] } = {
  m: [
    'James',
    'Michael',
    'Andrew',
    'Daniel',
    'Thomas',
    'Robert',
    'Peter',
    'Gareth',
    'Neil',
    'Stuart',
  ],
  f: ['Sarah', 'Emily', 'Catherine', 'Rebecca', 'Laura', 'Helen', 'Fiona', 'Joanna', 'Megan'],
  roots: [
    'Ash',
    'Brad',
    'Carr',
    'Fair',
    'Hart',
    'Hol',
    'Kings',
    'Mar',
    'Pem',
    'Red',
    'Wake',
    'Whit',
    'Stan',
    'Thorn',
  ],
  endings: ['ford', 'ley', 'well', 'ton', 'wood', 'field', 'brook', 'by', 'ham', 'worth', 'more'],
};

const SLAVIC = {
  given: {
    m: [
      'Dmitri',
      'Sergei',
      'Andriy',
      'Tomasz',
      'Pavel',
      'Milan',
      'Bogdan',
      'Oleksandr',
      'Jarosław',
      'Miroslav',
      'Radosław',
    ],
    f: ['Anna', 'Olena', 'Katarzyna', 'Irina', 'Zuzana', 'Milena', 'Jelena', 'Małgorzata'],
  },
  roots: [
    'Petr',
    'Kovalen',
    'Sokol',
    'Wiśniew',
    'Nov',
    'Horv',
    'Bel',
    'Zaj',
    'Kuzn',
    'Łuk',
    'Dvor',
    'Grab',
    'Mart',
  ],
  endings: {
    m: ['ov', 'enko', 'ski', 'ić', 'ovich', 'ák', 'ek', 'in'],
    f: ['ova', 'enko', 'ska', 'ić', 'ová', 'ina'],
  },
};

const ARABIC = {
  given: {
    m: [
      'Mohammed',
      'Ahmed',
      'Khalid',
      'Omar',
      'Youssef',
      'Tariq',
      'Hamad',
      'Abdullah',
      'Faisal',
      'Nasser',
      'Saif',
    ],
    f: ['Fatima', 'Leila', 'Mariam', 'Noura', 'Amina', 'Hind', 'Salma'],
  },
  family: [
    'Hashimi',
    'Rashidi',
    'Qasimi',
    'Mansouri',
    'Tamimi',
    'Shamsi',
    'Nuaimi',
    'Harbi',
    'Zahrani',
    'Kaabi',
    'Dosari',
  ],
};

const AFRICAN: Parts & { roots: string[]; endings: string[] } = {
  m: [
    'Kwame',
    'Adebayo',
    'Chidi',
    'Kofi',
    'Tendai',
    'Sipho',
    'Jomo',
    'Babatunde',
    'Mamadou',
    'Ousmane',
  ],
  f: ['Amara', 'Ngozi', 'Wanjiru', 'Abiola', 'Nia', 'Aminata', 'Thandiwe', 'Fatoumata'],
  roots: ['Ade', 'Oko', 'Mbe', 'Nya', 'Obi', 'Kama', 'Tsho', 'Ndu', 'Mwa', 'Dial', 'Kou'],
  endings: ['yemi', 'nkwo', 'ruka', 'sanjo', 'nna', 'uzie', 'kele', 'ngo', 'mbu', 'lo', 'yaté'],
};

const NORDIC: Parts & { roots: string[]; endings: string[] } = {
  m: ['Lars', 'Henrik', 'Magnus', 'Jørgen', 'Anders', 'Søren', 'Bjørn', 'Ólafur', 'Mikael'],
  f: ['Ingrid', 'Astrid', 'Sigrid', 'Kristín', 'Åsa', 'Liv', 'Mette', 'Sanna'],
  roots: ['Berg', 'Lund', 'Dahl', 'Strøm', 'Holm', 'Sand', 'Øster', 'Fjeld', 'Å', 'Lind', 'Eriks'],
  endings: ['gård', 'berg', 'lund', 'qvist', 'heim', 'strand', 'sen', 'dal', 'son', 'vik'],
};

const GERMANIC: Parts & { roots: string[]; endings: string[] } = {
  m: ['Matthias', 'Jürgen', 'Klaus', 'Stefan', 'Wolfgang', 'Pieter', 'Jan', 'Lukas', 'Maarten'],
  f: ['Katrin', 'Ursula', 'Anke', 'Greta', 'Sabine', 'Marieke', 'Jana', 'Annelies'],
  roots: [
    'Hoff',
    'Brand',
    'Schröd',
    'Kessl',
    'Weinh',
    'Müll',
    'Kraem',
    'Lang',
    'Stein',
    'Vogt',
    'Wend',
  ],
  endings: ['mann', 'er', 'ner', 'berg', 'hausen', 'eder', 'inger', 'hof', 'ling'],
};

const MALAY = {
  given: {
    m: ['Rizal', 'Hakim', 'Faiz', 'Bambang', 'Joko', 'Haris', 'Aziz', 'Hafiz', 'Ismail'],
    f: ['Siti', 'Nurul', 'Dewi', 'Ratna', 'Putri', 'Aisyah', 'Wulan'],
  },
  roots: ['Su', 'Har', 'Wi', 'Bud', 'Pra', 'Sur', 'Mul', 'Set', 'Hadi'],
  endings: ['tarto', 'yono', 'jaya', 'sono', 'wati', 'mono', 'diono', 'yadi', 'anto'],
};

const INDIAN: Parts & { roots: string[]; endings: string[] } = {
  m: ['Rajesh', 'Anil', 'Vikram', 'Arjun', 'Sanjay', 'Rohan', 'Pradeep'],
  f: ['Priya', 'Sunita', 'Meera', 'Kavita', 'Ananya', 'Lakshmi'],
  roots: ['Chand', 'Ver', 'Kap', 'Mal', 'Desh', 'Nai', 'Kul', 'Ragh', 'Sri'],
  endings: ['rasekhar', 'ma', 'oor', 'hotra', 'pande', 'du', 'karni', 'avan', 'dhar'],
};

const TURKISH: Parts & { roots: string[]; endings: string[] } = {
  m: ['Mehmet', 'Ahmet', 'Burak', 'Çağlar', 'Şükrü', 'Emre', 'Oğuz'],
  f: ['Emine', 'Zeynep', 'Gülşen', 'Elif', 'Şebnem', 'Ayşe'],
  roots: ['Yıl', 'Öz', 'Kar', 'Ak', 'Çel', 'Dem', 'Ay', 'Er', 'Güne'],
  endings: ['dız', 'türk', 'kaya', 'soy', 'han', 'oğlu', 'can', 'ir', 'ş'],
};

const LUSOPHONE: Parts & { roots: string[]; endings: string[] } = {
  m: ['João', 'António', 'Gonçalo', 'Luís', 'Sebastião', 'Rui', 'Fábio'],
  f: ['Conceição', 'Joana', 'Inês', 'Luísa', 'Graça', 'Fernanda'],
  roots: ['Mag', 'Albuq', 'Guim', 'Fon', 'Sarai', 'Bragan', 'Loure', 'Teix'],
  endings: ['alhães', 'uerque', 'arães', 'seca', 'va', 'ça', 'iro', 'eira'],
};

/**
 * Assembles a name in one tradition. Vietnamese names are referred to later by the given name,
 * East Asian ones by the family name, which comes first.
 * A Vietnamese name has this shape: { full: 'Đặng Hữu Khoa', short: 'Khoa', variant: 'Dang Huu Khoa' }.
 */
export function buildName(random: Random, style: NameStyle, gender: Gender): PersonName {
  switch (style) {
    case 'vietnamese': {
      const given = random.pick(VIETNAMESE.given[gender]);
      const full = `${random.pick(VIETNAMESE.family)} ${random.pick(VIETNAMESE.middle[gender])} ${given}`;
      return { full, short: given, variant: stripDiacritics(full) };
    }
    case 'chinese': {
      const family = random.pick(CHINESE.family);
      const syllables = random.chance(0.75) ? 2 : 1;
      const given = capitalize(random.sample(CHINESE.syllables, syllables).join(''));
      return { full: `${family} ${given}`, short: family, variant: null };
    }
    case 'japanese': {
      const family = join(random, JAPANESE.familyStart, JAPANESE.familyEnd);
      const given = join(random, JAPANESE.givenStart[gender], JAPANESE.givenEnd[gender]);
      // Japanese wire copy prints both orders; the article picks one and may use the other.
      const familyFirst = random.chance(0.5);
      return {
        full: familyFirst ? `${family} ${given}` : `${given} ${family}`,
        short: family,
        variant: familyFirst ? `${given} ${family}` : `${family} ${given}`,
      };
    }
    case 'korean': {
      const family = random.pick(KOREAN.family);
      const [first, second] = random.sample(KOREAN.syllables, 2);
      const full = `${family} ${capitalize(first ?? '')}-${second}`;
      return { full, short: family, variant: full.replace('-', ' ') };
    }
    case 'hispanic':
      return westernName(
        random,
        gender,
        HISPANIC,
        HISPANIC.roots,
        HISPANIC.endings,
        random.int(1, 2),
      );
    case 'french':
      return westernName(random, gender, FRENCH, FRENCH.roots, FRENCH.endings);
    case 'anglo':
      return westernName(random, gender, ANGLO, ANGLO.roots, ANGLO.endings);
    case 'slavic':
      return westernName(random, gender, SLAVIC.given, SLAVIC.roots, SLAVIC.endings[gender]);
    case 'arabic': {
      const given = random.pick(ARABIC.given[gender]);
      const family = `al-${random.pick(ARABIC.family)}`;
      const middle =
        gender === 'm' && random.chance(0.4) ? ` bin ${random.pick(ARABIC.given.m)}` : '';
      return { full: `${given}${middle} ${family}`, short: family, variant: null };
    }
    case 'african':
      return westernName(random, gender, AFRICAN, AFRICAN.roots, AFRICAN.endings);
    case 'nordic':
      return westernName(random, gender, NORDIC, NORDIC.roots, NORDIC.endings);
    case 'germanic':
      return westernName(random, gender, GERMANIC, GERMANIC.roots, GERMANIC.endings);
    case 'malay':
      return westernName(random, gender, MALAY.given, MALAY.roots, MALAY.endings);
    case 'indian':
      return westernName(random, gender, INDIAN, INDIAN.roots, INDIAN.endings);
    case 'turkish':
      return westernName(random, gender, TURKISH, TURKISH.roots, TURKISH.endings);
    case 'lusophone':
      return westernName(
        random,
        gender,
        LUSOPHONE,
        LUSOPHONE.roots,
        LUSOPHONE.endings,
        random.int(1, 2),
      );
  }
}
