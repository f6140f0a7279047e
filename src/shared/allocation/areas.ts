/*
 * Whether a unit lies in an area a household must avoid. Areas are recorded by people, in their
 * own words: a place name ("Harehills"), a postcode district ("LS9"), a full postcode
 * ("LS9 7AB", which means its district) or a postcode area ("LS", every district in it). A unit
 * records its locality and its postcode district. Matching errs towards caution: a place name
 * matches when it appears as whole words in the unit's locality.
 */

/** A unit's location, as matching needs it. */
export interface UnitLocation {
  locality: string;
  postcodeDistrict: string;
}

const FULL_POSTCODE = /^([A-Z]{1,2}\d[A-Z\d]?)\d[A-Z]{2}$/;
const DISTRICT = /^[A-Z]{1,2}\d[A-Z\d]?$/;
const AREA = /^[A-Z]{1,2}$/;

/** Words only, lower case, accents removed: "St. Mary's-Hill" → "st mary s hill". */
export function placeKey(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Upper case without spaces: " ls6 2ab " → "LS62AB". */
export function postcodeKey(s: string): string {
  return s.toUpperCase().replace(/\s+/g, '');
}

/** A postcode district as stored: upper case, no spaces; empty when it is not one. */
export function normaliseDistrict(s: string): string {
  const k = postcodeKey(s);
  return DISTRICT.test(k) ? k : '';
}

/** Whether one recorded area covers the unit's location. */
export function areaCovers(area: string, unit: UnitLocation): boolean {
  const district = postcodeKey(unit.postcodeDistrict);
  const pc = postcodeKey(area);
  if (district) {
    const full = FULL_POSTCODE.exec(pc);
    if (full) return full[1] === district;
    if (DISTRICT.test(pc)) return pc === district;
    if (AREA.test(pc) && pc === district.replace(/\d.*$/, '')) return true;
  }
  const key = placeKey(area);
  if (!key) return false;
  const loc = placeKey(unit.locality);
  return loc !== '' && ` ${loc} `.includes(` ${key} `);
}

/** The first recorded area that covers the unit, or null. */
export function firstCoveringArea(areas: readonly string[], unit: UnitLocation): string | null {
  for (const a of areas) if (a.trim() && areaCovers(a, unit)) return a.trim();
  return null;
}
