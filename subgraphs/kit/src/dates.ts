/**
 * Calendar days as the graph exchanges them (YYYY-MM-DD). "Today" is the day in Paris: offers,
 * adhesions and editions are national and go by French civil date.
 */
export function parisToday(now: Date = new Date()): string {
  return parisDay(now);
}

const PARIS_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/** The calendar day an instant falls on in Paris. */
export function parisDay(instant: Date): string {
  return PARIS_DAY.format(instant);
}

/** A `Date` argument as YYYY-MM-DD: the scalar hands resolvers a JS Date at UTC midnight, or a string. */
export function calendarDay(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}
