/**
 * Calendar days as the graph exchanges them (YYYY-MM-DD). "Today" is the day in Paris: offers are
 * negotiated nationally and valid by French civil date.
 */
export function parisToday(now: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** A `Date` argument as YYYY-MM-DD: the scalar hands resolvers a JS Date at UTC midnight, or a string. */
export function calendarDay(value: string | Date): string {
  return typeof value === 'string' ? value : value.toISOString().slice(0, 10);
}
