/** Lower-cases and strips accents, so "Zoë" is found by typing "zoe". */
export function searchKey(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** How a person is named on screen: their name, else their alias, else "Anonymous". */
export function displayNameOf(p: { name: string; alias: string }): string {
  if (p.name.trim()) return p.name;
  if (p.alias.trim()) return p.alias;
  return 'Anonymous';
}

/** The first-contact deadline: 48 hours after the referral arrived. */
export const FIRST_CONTACT_HOURS = 48;

/** When first contact is due for a referral received at `receivedAt`. */
export function contactDueBy(receivedAt: string): string {
  return new Date(new Date(receivedAt).getTime() + FIRST_CONTACT_HOURS * 3_600_000).toISOString();
}
