import OpeningHours from 'opening_hours';
import { geography } from '../../../kit/src';

/**
 * Opening hours for the directory's "open at" filter. Values use the OpenStreetMap
 * `opening_hours` syntax and are read by the `opening_hours` package, which knows the French
 * public holidays, including the regional ones (Alsace-Moselle, overseas départements).
 *
 * Parsing a value for each of 100,000 EPN at query time is far too slow, so most values are
 * compiled once into two sets of "week minutes" (0 = Monday 00:00 … 10080 = next Monday 00:00,
 * local wall-clock time): the hours of an ordinary week, and, for each weekday, the hours of that
 * weekday when it is a public holiday (« PH off », « PH 10:00-12:00 » or the usual hours when the
 * value says nothing about holidays). The database keeps them as multiranges; a query then only
 * needs, per calendar, the local week minute and whether the local date is a public holiday.
 *
 * Values whose hours change from week to week for other reasons (seasons, school holidays « SH »,
 * week numbers, « Su[1] », sunrise/sunset) are IRREGULAR: they stay evaluated by the package at
 * query time, which is exact and affordable because such values are rare.
 */

/** A half-open range of week minutes [start, end). */
export type WeekRange = [number, number];

export type CompiledHours =
  | { kind: 'WEEKLY'; regular: WeekRange[]; holiday: WeekRange[] }
  | { kind: 'IRREGULAR' }
  /** No opening hours given: never reported as open. */
  | { kind: 'NONE' }
  /** Not readable as OSM opening_hours: never reported as open. */
  | { kind: 'INVALID'; error: string };

export type ScheduleKind = CompiledHours['kind'];

export const MINUTES_PER_DAY = 1440;
export const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/**
 * The calendar of a place: its time zone and the name the `opening_hours` package knows its
 * holidays by. Alsace-Moselle keeps its own holidays (Good Friday, 26 December), so its three
 * départements are calendars of their own; elsewhere the région decides (overseas holidays, time
 * zones, school-holiday zones).
 */
export interface Calendar {
  code: string;
  state: string;
  timeZone: string;
  /** Where sunrise/sunset are computed when a place has no coordinates of its own. */
  latitude: number;
  longitude: number;
}

const PARIS = { timeZone: 'Europe/Paris', latitude: 46.6, longitude: 2.4 };

/** Calendars that differ from « a metropolitan région, Europe/Paris ». */
const SPECIAL_CALENDARS: Record<string, Omit<Calendar, 'code'>> = {
  '57': { state: 'Moselle', ...PARIS, latitude: 49.1, longitude: 6.2 },
  '67': { state: 'Bas-Rhin', ...PARIS, latitude: 48.6, longitude: 7.7 },
  '68': { state: 'Haut-Rhin', ...PARIS, latitude: 47.8, longitude: 7.3 },
  '01': { state: 'Guadeloupe', timeZone: 'America/Guadeloupe', latitude: 16.2, longitude: -61.5 },
  '02': { state: 'Martinique', timeZone: 'America/Martinique', latitude: 14.6, longitude: -61.0 },
  '03': { state: 'Guyane', timeZone: 'America/Cayenne', latitude: 4.9, longitude: -52.3 },
  '04': { state: 'La Réunion', timeZone: 'Indian/Reunion', latitude: -20.9, longitude: 55.5 },
  '06': { state: 'Mayotte', timeZone: 'Indian/Mayotte', latitude: -12.8, longitude: 45.2 },
  '975': { state: 'Saint-Pierre-et-Miquelon', timeZone: 'America/Miquelon', latitude: 46.8, longitude: -56.2 },
  '977': { state: 'Saint-Barthélemy', timeZone: 'America/St_Barthelemy', latitude: 17.9, longitude: -62.8 },
  '978': { state: 'Saint-Martin', timeZone: 'America/Marigot', latitude: 18.1, longitude: -63.1 },
  '984': { state: 'Terres australes et antarctiques françaises', timeZone: 'Indian/Kerguelen', latitude: -49.3, longitude: 70.2 },
  '986': { state: 'Wallis-et-Futuna', timeZone: 'Pacific/Wallis', latitude: -13.3, longitude: -176.2 },
  '987': { state: 'Polynésie française', timeZone: 'Pacific/Tahiti', latitude: -17.5, longitude: -149.6 },
  '988': { state: 'Nouvelle-Calédonie', timeZone: 'Pacific/Noumea', latitude: -22.3, longitude: 166.5 },
  '989': { state: 'Île de Clipperton', timeZone: 'Pacific/Galapagos', latitude: 10.3, longitude: -109.2 },
};

let calendars: Map<string, Calendar> | null = null;

/** Every calendar, by code: the régions, plus the three départements of Alsace-Moselle. */
export function allCalendars(): Map<string, Calendar> {
  if (calendars) return calendars;
  calendars = new Map();
  for (const region of geography().all('REGION')) {
    const special = SPECIAL_CALENDARS[region.code];
    calendars.set(region.code, special ? { code: region.code, ...special } : { code: region.code, state: region.name, ...PARIS });
  }
  for (const code of ['57', '67', '68']) calendars.set(code, { code, ...SPECIAL_CALENDARS[code] });
  return calendars;
}

/** A calendar by code; places outside the geography fall back to metropolitan France. */
export function calendarOf(code: string | null | undefined): Calendar {
  return (code ? allCalendars().get(code) : undefined) ?? { code: code ?? '', state: 'Île-de-France', ...PARIS };
}

function nominatim(calendar: Pick<Calendar, 'state' | 'latitude' | 'longitude'>) {
  return { lat: calendar.latitude, lon: calendar.longitude, address: { country_code: 'fr', state: calendar.state } };
}

// --- Compiling a value into weekly ranges ---------------------------------------------------------

/**
 * The package reads dates in the process's local time zone; compiling only reads wall-clock
 * times back with the same local getters, so the result does not depend on that zone. The
 * reference week and holidays are chosen away from daylight-saving changes.
 */
const REFERENCE_WEEK_MONDAY = [2025, 5, 16] as const; // Monday 16 June 2025: no public holiday anywhere in France that week (tested)

/** Holidays observed everywhere in France (fixed dates), used to see what a value does on a holiday. */
const NATIONAL_FIXED_HOLIDAYS: [number, number][] = [[0, 1], [4, 1], [4, 8], [6, 14], [7, 15], [10, 1], [10, 11], [11, 25]];

/** For each weekday (0 = Monday), a national public holiday falling on it. */
export const REFERENCE_HOLIDAYS: Date[] = (() => {
  const found: (Date | undefined)[] = new Array(7);
  for (let year = 2025; found.includes(undefined); year += 1) {
    for (const [month, day] of NATIONAL_FIXED_HOLIDAYS) {
      const date = new Date(year, month, day);
      const weekday = (date.getDay() + 6) % 7;
      found[weekday] ??= date;
    }
  }
  return found as Date[];
})();

const REFERENCE_CALENDAR = { state: 'Île-de-France', latitude: PARIS.latitude, longitude: PARIS.longitude };

/** The same value with its public-holiday selectors taken out, to ask whether the rest is week-stable. */
function withoutPublicHolidays(value: string): string {
  return value
    .replace(/\s*,\s*PH\b(?!\s*[+-])/g, '')
    .replace(/\bPH\s*,\s*/g, '')
    .replace(/\bPH\b(?!\s*[+-])/g, 'Mo');
}

const VARIABLE_TIMES = /\b(sunrise|sunset|dawn|dusk)\b/i;

function addDays(date: Date, days: number): Date {
  return new Date(date.getFullYear(), date.getMonth(), date.getDate() + days);
}

/** Open intervals between two local midnights, as week minutes counted from `weekStartDay` (0 = Monday). */
function openRanges(oh: OpeningHours, from: Date, days: number, weekStartDay: number): WeekRange[] {
  const to = addDays(from, days);
  const ranges: WeekRange[] = [];
  for (const [start, end, unknown] of oh.getOpenIntervals(from, to)) {
    // « unknown » (e.g. « Mo 10:00-12:00 unknown ») is not a promise to be open.
    if (unknown) continue;
    const startMinute = weekStartDay * MINUTES_PER_DAY + Math.round((start.getTime() - from.getTime()) / 60_000);
    const endMinute = weekStartDay * MINUTES_PER_DAY + Math.round((end.getTime() - from.getTime()) / 60_000);
    if (endMinute > startMinute) ranges.push([startMinute, endMinute]);
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: WeekRange[]): WeekRange[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: WeekRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

const compiled = new Map<string, CompiledHours>();

/** Compiles an opening_hours value (memoised: the same few values recur across thousands of EPN). */
export function compileOpeningHours(value: string | null | undefined): CompiledHours {
  if (value === null || value === undefined || value.trim() === '') return { kind: 'NONE' };
  let result = compiled.get(value);
  if (!result) {
    result = compile(value);
    if (compiled.size > 10_000) compiled.clear();
    compiled.set(value, result);
  }
  return result;
}

function compile(value: string): CompiledHours {
  let oh: OpeningHours;
  try {
    oh = new OpeningHours(value, nominatim(REFERENCE_CALENDAR));
  } catch (error) {
    return { kind: 'INVALID', error: String(error).split('\n')[0].slice(0, 300) };
  }
  if (VARIABLE_TIMES.test(value)) return { kind: 'IRREGULAR' };
  const rest = withoutPublicHolidays(value);
  if (/\bPH\b/.test(rest)) return { kind: 'IRREGULAR' };
  try {
    if (!new OpeningHours(rest, nominatim(REFERENCE_CALENDAR)).isWeekStable()) return { kind: 'IRREGULAR' };
  } catch {
    return { kind: 'IRREGULAR' };
  }
  try {
    const monday = new Date(...REFERENCE_WEEK_MONDAY);
    const regular = openRanges(oh, monday, 7, 0);
    const holiday = mergeRanges(REFERENCE_HOLIDAYS.flatMap((date, weekday) => openRanges(oh, date, 1, weekday)));
    return { kind: 'WEEKLY', regular, holiday };
  } catch {
    return { kind: 'IRREGULAR' };
  }
}

/** PostgreSQL int4multirange literal for week ranges. */
export function multirangeLiteral(ranges: WeekRange[]): string {
  return `{${ranges.map(([start, end]) => `[${start},${end})`).join(',')}}`;
}

// --- Evaluating at an instant -------------------------------------------------------------------------

export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** 0 = Monday … 6 = Sunday. */
  weekday: number;
  hour: number;
  minute: number;
  /** Minutes since Monday 00:00. */
  weekMinute: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** Wall-clock time of an instant in a time zone. */
export function localTime(instant: Date, timeZone: string): LocalTime {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', {
      timeZone, year: 'numeric', month: 'numeric', day: 'numeric', weekday: 'short', hour: 'numeric', minute: 'numeric', hourCycle: 'h23',
    });
    formatters.set(timeZone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((p) => [p.type, p.value]));
  const weekday = WEEKDAYS.indexOf(parts.weekday);
  const hour = Number(parts.hour);
  const minute = Number(parts.minute);
  return {
    year: Number(parts.year), month: Number(parts.month), day: Number(parts.day), weekday, hour, minute,
    weekMinute: weekday * MINUTES_PER_DAY + hour * 60 + minute,
  };
}

const holidayCheckers = new Map<string, OpeningHours>();
const holidayAnswers = new Map<string, boolean>();

/** Whether a local date is a public holiday in a calendar (national, regional and overseas holidays). */
export function isPublicHoliday(calendar: Calendar, year: number, month: number, day: number): boolean {
  // Metropolitan régions outside Alsace-Moselle share the national holidays: one checker for all.
  const holidays = SPECIAL_CALENDARS[calendar.code] || !allCalendars().has(calendar.code) ? calendar.state : 'metropolitan';
  const key = `${holidays}|${year}-${month}-${day}`;
  let answer = holidayAnswers.get(key);
  if (answer === undefined) {
    let checker = holidayCheckers.get(holidays);
    if (!checker) {
      checker = new OpeningHours('PH', nominatim(calendar));
      holidayCheckers.set(holidays, checker);
    }
    answer = checker.getState(new Date(year, month - 1, day, 12));
    if (holidayAnswers.size > 100_000) holidayAnswers.clear();
    holidayAnswers.set(key, answer);
  }
  return answer;
}

/** Per calendar, what a query needs to decide « open at this instant » from compiled ranges. */
export interface CalendarMoment {
  calendar: Calendar;
  local: LocalTime;
  holiday: boolean;
}

export function calendarMoments(instant: Date): CalendarMoment[] {
  return [...allCalendars().values()].map((calendar) => {
    const local = localTime(instant, calendar.timeZone);
    return { calendar, local, holiday: isPublicHoliday(calendar, local.year, local.month, local.day) };
  });
}

function inRanges(ranges: WeekRange[], minute: number): boolean {
  return ranges.some(([start, end]) => minute >= start && minute < end);
}

const irregularParsers = new Map<string, OpeningHours | null>();

export interface PlaceHours {
  openingHours: string | null;
  calendarCode: string | null;
  latitude?: number | null;
  longitude?: number | null;
}

/** Whether a place is open at an instant, by its own local time and calendar. */
export function isOpenAt(place: PlaceHours, instant: Date): boolean {
  const compiledHours = compileOpeningHours(place.openingHours);
  const calendar = calendarOf(place.calendarCode);
  const local = localTime(instant, calendar.timeZone);
  switch (compiledHours.kind) {
    case 'WEEKLY': {
      const holiday = isPublicHoliday(calendar, local.year, local.month, local.day);
      return inRanges(holiday ? compiledHours.holiday : compiledHours.regular, local.weekMinute);
    }
    case 'IRREGULAR': {
      const latitude = place.latitude ?? calendar.latitude;
      const longitude = place.longitude ?? calendar.longitude;
      // Sunrise and sunset depend on the place; other rules only on the calendar.
      const key = `${calendar.state}|${VARIABLE_TIMES.test(place.openingHours!) ? `${latitude.toFixed(2)},${longitude.toFixed(2)}|` : ''}${place.openingHours}`;
      let oh = irregularParsers.get(key);
      if (oh === undefined) {
        try {
          oh = new OpeningHours(place.openingHours!, nominatim({ state: calendar.state, latitude, longitude }));
        } catch {
          oh = null;
        }
        if (irregularParsers.size > 10_000) irregularParsers.clear();
        irregularParsers.set(key, oh);
      }
      if (!oh) return false;
      const wallClock = new Date(local.year, local.month - 1, local.day, local.hour, local.minute);
      try {
        return oh.getState(wallClock) && !oh.getUnknown(wallClock);
      } catch {
        // e.g. school holidays (SH) asked for a calendar the package has no school zones for.
        return false;
      }
    }
    default:
      return false;
  }
}
