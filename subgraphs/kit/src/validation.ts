import { badUserInput } from './errors';

/** Shared checks of mutation arguments: each error names the field and the rule. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID_PATTERN.test(value);
}

/** An id argument, lower-cased; anything that is not a UUID is refused before reaching SQL. */
export function idArgument(value: string, field: string, what: string): string {
  const id = value.trim().toLowerCase();
  if (!isUuid(id)) throw badUserInput(field, `must be the id of ${what} (a UUID), got "${value.slice(0, 60)}"`);
  return id;
}

/** Trimmed text of 1 to `max` characters. */
export function requiredText(value: string, field: string, max: number): string {
  const text = value.trim();
  if (!text) throw badUserInput(field, 'must not be empty');
  if (text.length > max) throw badUserInput(field, `must be at most ${max} characters (got ${text.length})`);
  return text;
}

/** Trimmed text of at most `max` characters, or null when absent or blank. */
export function optionalText(value: string | null | undefined, field: string, max: number): string | null {
  if (value === null || value === undefined || !value.trim()) return null;
  return requiredText(value, field, max);
}

// Deliberately simple: one @, no spaces, a dot in the domain. Deliverability is the mail server's business.
const EMAIL_PATTERN = /^[^\s@]{1,64}@[^\s@.]+(\.[^\s@.]+)+$/;

/** An e-mail address, trimmed and lower-cased so that one person is one address. */
export function emailAddress(value: string, field: string): string {
  const email = value.trim().toLowerCase();
  if (email.length > 254 || !EMAIL_PATTERN.test(email)) throw badUserInput(field, `must be an e-mail address such as name@example.org, got "${value.slice(0, 80)}"`);
  return email;
}
