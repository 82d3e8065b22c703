/**
 * @module The United States' part of the regional thesaurus (its rules are thesaurus-regional.ts's): the regional and
 * casual words American staff use for what a handbook names, and the words of American workplaces (a 401(k) match,
 * banked overtime, a hospital's environmental services). Each group gives the American word first.
 */

/** Groups of American words and the standard words a handbook uses for them, one group per line. */
// biome-ignore format: one group per line keeps the list readable and easy to review
export const US_GROUPS: readonly (readonly string[])[] = [
  ['soda', 'soda pop', 'soft drink', 'fizzy drink'],
  ['cookout', 'barbecue', 'bbq', 'barbeque'],
  ['bodega', 'corner store', 'convenience store', 'corner shop'],
  ['packie', 'liquor store', 'off-licence'],
  ['bubbler', 'drinking fountain', 'drinking water fountain'],
  ['turnpike', 'toll road', 'tollway'],
  ['rest stop', 'motorway services', 'service area'],
  ['bucks', 'dollars'],
  ['brown bag lunch', 'sack lunch', 'bag lunch', 'packed lunch'],
  ['potluck', 'pot luck', 'bring a plate', 'bring and share', 'shared lunch'],
  ['holiday party', 'christmas party', 'office christmas party', 'end-of-year party'],
  ['holiday season', 'festive season', 'festive period', 'christmas period'],
  ['casual friday', 'dress-down friday', 'dress-down day', 'casual day'],
  ['direct deposit', 'bank transfer'],
  ['fsa', 'flexible spending account', 'flex spending account'],
  ['hsa', 'health savings account'],
  // A 401(k)'s "match" is what the employer puts in beside the employee's own contribution (not "match" alone: a name
  // that must match a passport's).
  ['401 match', 'company contribution', 'employer contribution'],
  ['open enrollment', 'benefits enrollment', 'annual enrollment'],
  ['pink slip', 'layoff notice', 'dismissal notice', 'termination notice'],
  ['no-call no-show', 'ncns', 'unauthorized absence', 'unauthorised absence'],
  ['urgent care', 'walk-in clinic', 'minor injuries unit'],
  ['diaper', 'nappy'],
  ['parking ticket', 'penalty charge notice', 'pcn'],
  ['downtown', 'city centre', 'city center', 'town centre'],
  ['flat tire', 'flat tyre', 'puncture'],
  ['new grad', 'new grads', 'new graduate', 'new graduates', 'graduate nurse'],
  // Time off in lieu as North America says it: overtime banked as hours.
  ['toil', 'banked time', 'bank overtime', 'banked overtime', 'banked hours'],
  // A hospital's cleaners are its environmental services or housekeeping (not "EVS", which stems as an electric
  // vehicle's "EV").
  ['housekeeping', 'environmental services'],
];
