/**
 * Words that make up how news copy names a speaker: honorifics and titles
 * (kept out of the reported name), role nouns ('the spokeswoman'), bodies
 * ('the company'), kinship ('his daughter'), pronouns and determiners.
 */

import honorifics from '../lexicon/honorifics.json';
import { CALENDAR_NAMES } from '../lexicon/calendarNames';

export type Gender = 'male' | 'female';

/** Honorifics; their gender where they carry one. */
export const HONORIFIC_GENDER: Record<string, Gender | undefined> = Object.fromEntries(
  Object.entries(honorifics.honorifics as Record<string, string | null>).map(([k, v]) => [k, (v ?? undefined) as Gender | undefined]),
);

/** Titles and role words that may stand before a name ('Governor Vladislav Shapsha', 'Group Commander Tessa Morrow'). */
export const TITLE_WORDS = new Set([
  ...Object.keys(HONORIFIC_GENDER),
  'governor', 'gov', 'commander', 'cmdr', 'manager', 'executive', 'officer', 'chief', 'minister', 'president', 'pres',
  'secretary', 'director', 'chairman', 'chairwoman', 'chair', 'chairperson', 'spokesman', 'spokeswoman',
  'spokesperson', 'mayor', 'senator', 'sen', 'judge', 'justice', 'general', 'gen', 'captain', 'capt', 'coach',
  'inspector', 'insp', 'superintendent', 'supt', 'sergeant', 'sgt', 'constable', 'detective', 'det',
  'professor', 'doctor', 'deputy', 'vice', 'prime', 'head', 'leader', 'councillor', 'councilman',
  'councilwoman', 'alderman', 'mp', 'mep', 'msp', 'congressman', 'congresswoman', 'representative', 'rep',
  'colonel', 'col', 'lieutenant', 'lt', 'major', 'maj', 'corporal', 'cpl', 'admiral', 'adm', 'marshal',
  'ambassador', 'amb', 'king', 'queen', 'prince', 'princess', 'pope', 'bishop', 'archbishop', 'cardinal',
  'rabbi', 'imam', 'sheikh', 'chancellor', 'premier', 'treasurer', 'commissioner', 'attorney', 'solicitor',
  'counsel', 'auditor', 'comptroller', 'sheriff', 'warden', 'principal', 'dean', 'provost', 'rector',
  'vicar', 'reverend', 'pastor', 'father', 'brother', 'sister', 'mother', 'striker', 'midfielder',
  'defender', 'goalkeeper', 'forward', 'winger', 'chef', 'founder', 'cofounder', 'co-founder', 'owner',
  'analyst', 'economist', 'spokesperson', 'correspondent', 'editor', 'reporter', 'presenter', 'host',
  'delegate', 'del', 'coun', 'sens', 'reps', 'private', 'pvt', 'spc', 'ensign', 'ens', 'brigadier', 'brig', 'msgr', 'ald',
  'trustee', 'registrar', 'steward', 'curator', 'architect', 'engineer', 'ceo', 'cfo', 'coo', 'cto', 'md',
]);

/** The head nouns of role descriptions, with their gender where they carry one. */
export const ROLE_GENDER: Record<string, Gender> = {
  spokesman: 'male', spokeswoman: 'female', chairman: 'male', chairwoman: 'female', councilman: 'male',
  councilwoman: 'female', congressman: 'male', congresswoman: 'female', businessman: 'male',
  businesswoman: 'female', policeman: 'male', policewoman: 'female', fireman: 'male', king: 'male',
  queen: 'female', prince: 'male', princess: 'female', actor: 'male', actress: 'female', waiter: 'male',
  waitress: 'female', headmaster: 'male', headmistress: 'female', man: 'male', woman: 'female', boy: 'male',
  girl: 'female', gentleman: 'male', lady: 'female', widow: 'female', widower: 'male',
};

/** Kinship nouns: 'his daughter' is a person who shares the family name. */
export const KINSHIP_GENDER: Record<string, Gender | undefined> = {
  daughter: 'female', son: 'male', wife: 'female', husband: 'male', mother: 'female', father: 'male',
  sister: 'female', brother: 'male', widow: 'female', widower: 'male', aunt: 'female', uncle: 'male',
  niece: 'female', nephew: 'male', grandmother: 'female', grandfather: 'male', granddaughter: 'female',
  grandson: 'male', mum: 'female', mom: 'female', dad: 'male', stepdaughter: 'female', stepson: 'male',
  cousin: undefined, partner: undefined, spouse: undefined, child: undefined, parent: undefined, sibling: undefined,
  fiancee: 'female', fiancée: 'female', fiance: 'male', fiancé: 'male', girlfriend: 'female', boyfriend: 'male',
};

/** Nouns for bodies that speak through statements: 'the company said in its statement'. */
export const BODY_NOUNS = new Set([
  'company', 'firm', 'group', 'business', 'corporation', 'retailer', 'chain', 'bank', 'insurer', 'airline',
  'carrier', 'operator', 'manufacturer', 'maker', 'supplier', 'developer', 'agency', 'council', 'authority',
  'authorities', 'department', 'ministry', 'government', 'administration', 'office', 'club', 'team', 'side',
  'party', 'union', 'board', 'committee', 'commission', 'service', 'police', 'force', 'army', 'military',
  'navy', 'hospital', 'trust', 'school', 'university', 'college', 'charity', 'organisation', 'organization',
  'association', 'federation', 'league', 'body', 'regulator', 'watchdog', 'court', 'tribunal', 'embassy',
  'institute', 'foundation', 'campaign', 'network', 'broadcaster', 'newspaper', 'publisher', 'studio',
  'label', 'brand', 'platform', 'exchange', 'fund', 'plant', 'factory', 'mine', 'port', 'utility', 'region',
  'railroad', 'railway', 'airport', 'lender', 'supermarket', 'store', 'brewery', 'bakery', 'hotel', 'museum', 'library',
  'branch', 'bureau', 'division', 'directorate', 'inspectorate', 'secretariat', 'panel', 'consortium', 'coalition',
]);

/** Last words of a name that make it a body rather than a person ('Caddock Polymers', 'Environment Agency'). */
export const BODY_NAME_WORDS = new Set([
  ...BODY_NOUNS,
  'polymers', 'foods', 'ltd', 'limited', 'inc', 'plc', 'llc', 'corp', 'co', 'gmbh', 'ag', 'sa', 'nv', 'bv',
  'holdings', 'industries', 'securities', 'partners', 'associates', 'systems', 'technologies', 'energy',
  'airways', 'airlines', 'motors', 'pharmaceuticals', 'group', 'services', 'executive', 'rovers', 'united',
  'city', 'athletic', 'athletics', 'fc', 'alliance', 'greens', 'news', 'times', 'post', 'echo', 'herald',
  'telegraph', 'guardian', 'journal', 'gazette', 'press', 'reuters', 'media', 'bbc', 'cnn', 'office',
  'police', 'constabulary', 'brigade', 'forces', 'assembly', 'parliament', 'senate', 'congress', 'ministry',
  'logistics', 'haulage', 'transport', 'construction', 'solutions', 'consulting', 'consultancy', 'developments',
  'properties', 'estates', 'insurance', 'investments', 'utilities', 'railways', 'airport', 'laboratories',
  'engineering', 'manufacturing', 'supplies', 'retail', 'stores', 'supermarkets', 'brewery', 'hotels', 'pharma',
  'healthcare', 'chemicals', 'aerospace', 'shipping', 'freight', 'couriers', 'networks', 'communications',
  'telecom', 'water', 'housing', 'hospice', 'society', 'cooperative', 'co-operative', 'council',
]);

/** Pronouns that can say something; 'I' and 'we' are the writer's own voice in first-person copy. */
export const PERSON_PRONOUNS: Record<string, Gender | 'plural' | 'thing' | 'writer'> = {
  he: 'male', she: 'female', they: 'plural', it: 'thing', i: 'writer', we: 'writer',
};

export const DETERMINERS = new Set([
  'the', 'a', 'an', 'one', 'another', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that',
  'these', 'those', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'other', 'each', 'every',
]);

/** Determiners that make a description anonymous: 'a witness', 'one resident', 'some officials'. */
export const INDEFINITE = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'other']);

/** Capitalised words that are never part of a speaker's name. */
export const NOT_NAME_WORDS = new Set([
  ...CALENDAR_NAMES, 'the', 'a', 'an',
  'i', 'he', 'she', 'they', 'it', 'we', 'you', 'this', 'that', 'these', 'those', 'but', 'and', 'or', 'so',
  'if', 'when', 'while', 'as', 'after', 'before', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'to', 'of',
  'according', 'meanwhile', 'however', 'there', 'here', 'his', 'her', 'their', 'its', 'our', 'my', 'your',
  'one', 'some', 'many', 'most', 'all', 'both', 'each', 'every', 'no', 'not', 'among', 'asked', 'outside',
  'inside', 'earlier', 'later', 'today', 'yesterday', 'tomorrow', 'tonight', 'last', 'next', 'then', 'now',
]);

/** Letters after a name (honours, degrees, offices, generations): 'Simon Hale KC', 'Ann Lee MBE', 'Jo Pike MSP'. */
const POST_NOMINALS = new Set([
  'kc', 'qc', 'sc', 'mp', 'msp', 'ms', 'mep', 'mla', 'mlc', 'mhk', 'td', 'am', 'obe', 'mbe', 'cbe', 'kbe',
  'dbe', 'gbe', 'bem', 'ch', 'om', 'kg', 'kt', 'frs', 'frsa', 'freng', 'fba', 'frcp', 'frcs', 'jp', 'dl', 'vc',
  'gc', 'rn', 'ra', 'phd', 'dphil', 'md', 'mba', 'llb', 'llm', 'bsc', 'msc', 'ba', 'ma', 'jr', 'sr', 'esq', 'iii',
  'ii', 'iv',
]);

/** Mixed-case post-nominals; the others count only in capitals ('KC', not 'Kc'). */
const MIXED_CASE_POST_NOMINALS = new Set(['phd', 'dphil', 'jr', 'sr', 'esq', 'llb', 'llm', 'bsc', 'msc', 'freng']);

/** Generation suffixes: part of the name itself ('Robert Hale Jr.' is not 'Robert Hale Sr.'). */
const GENERATIONS = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Whether a word after a name tells which generation of the family it is ('Jr.', 'III'). */
export function isGeneration(text: string): boolean {
  const w = text.replace(/[.,]/g, '');
  return GENERATIONS.has(w.toLowerCase()) && (w === w.toUpperCase() || /^[JS]r$/.test(w));
}

/** Whether a word written after a name is a post-nominal ('KC', 'OBE', 'PhD'), not part of the name; a generation ('Jr.') is part of it. */
export function isPostNominal(text: string): boolean {
  const w = text.replace(/[.,]/g, '');
  const normal = w.toLowerCase();
  if (!POST_NOMINALS.has(normal) || isGeneration(text)) return false;
  return MIXED_CASE_POST_NOMINALS.has(normal) || w === w.toUpperCase();
}

/** A title word, or a hyphenated title with one ('Judge-Executive', 'Attorney-General', 'Lieutenant-Governor'). */
export function isTitleWord(normal: string): boolean {
  return TITLE_WORDS.has(normal) || (normal.includes('-') && normal.split('-').some((part) => TITLE_WORDS.has(part)));
}
