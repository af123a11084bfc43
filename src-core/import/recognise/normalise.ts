/**
 * Reduces a header to what identifies it: `Primary user UPN`, `primaryUserUpn` and
 * `PRIMARY_USER_UPN ` all become `primaryuserupn`; French accents and `N°` are dropped.
 */
export function normaliseHeader(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/n°|\bno\b|\bnum\b/g, 'numero')
    .replace(/[^a-z0-9]/g, '');
}
