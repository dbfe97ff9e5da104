import OpeningHours from 'opening_hours';
import {
  allCalendars, calendarOf, compileOpeningHours, isOpenAt, isPublicHoliday, localTime, MINUTES_PER_DAY, REFERENCE_HOLIDAYS,
} from '../../subgraphs/epn/src/services/opening-hours';

/** Independent Easter date (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

function shift([month, day]: [number, number], year: number, days: number): [number, number, number] {
  const date = new Date(Date.UTC(year, month - 1, day + days));
  return [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];
}

const MO = 0;
const minute = (weekday: number, hh: number, mm = 0) => weekday * MINUTES_PER_DAY + hh * 60 + mm;

describe('opening hours (OSM syntax, French public holidays)', () => {
  it('compiles weekly hours, with what a public holiday changes', () => {
    const plain = compileOpeningHours('Mo-Fr 09:00-12:00,14:00-18:00');
    expect(plain).toMatchObject({ kind: 'WEEKLY' });
    if (plain.kind !== 'WEEKLY') return;
    expect(plain.regular).toHaveLength(10);
    expect(plain.regular[0]).toEqual([minute(MO, 9), minute(MO, 12)]);
    // Saying nothing about holidays means the usual hours apply on them.
    expect(plain.holiday).toEqual(plain.regular);

    const closed = compileOpeningHours('Mo-Fr 08:30-12:00,13:30-17:00; PH off');
    expect(closed.kind === 'WEEKLY' && closed.holiday).toEqual([]);

    const special = compileOpeningHours('Tu-Sa 10:00-18:00; PH 14:00-16:00');
    expect(special.kind === 'WEEKLY' && special.holiday).toEqual([0, 1, 2, 3, 4, 5, 6].map((day) => [minute(day, 14), minute(day, 16)]));
    expect(special.kind === 'WEEKLY' && special.regular[0]).toEqual([minute(1, 10), minute(1, 18)]);

    // Past midnight belongs to the next day; the week wraps.
    const night = compileOpeningHours('Su 22:00-02:00');
    expect(night.kind === 'WEEKLY' && night.regular).toEqual([[0, 120], [minute(6, 22), 7 * MINUTES_PER_DAY]]);
  });

  it('leaves to query time what is not the same every week, and marks what cannot be read', () => {
    for (const value of ['Mo-Fr 09:00-12:00; Jul-Aug off', 'Mo-Fr 10:00-12:00; SH off', 'Mo-Fr sunrise-sunset', 'Su[1] 10:00-12:00', 'week 1-53/2 Mo 10:00-12:00', 'PH +1 day off; Mo-Fr 10:00-12:00']) {
      expect([value, compileOpeningHours(value).kind]).toEqual([value, 'IRREGULAR']);
    }
    expect(compileOpeningHours('tous les jours sauf le lundi').kind).toBe('INVALID');
    expect(compileOpeningHours(null).kind).toBe('NONE');
  });

  it('compiles on reference dates that are what they claim: a week without holidays, and one holiday per weekday', () => {
    for (const calendar of allCalendars().values()) {
      for (let day = 16; day <= 22; day += 1) expect([calendar.code, day, isPublicHoliday(calendar, 2025, 6, day)]).toEqual([calendar.code, day, false]);
    }
    expect(REFERENCE_HOLIDAYS.map((d) => (d.getDay() + 6) % 7)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    for (const date of REFERENCE_HOLIDAYS) {
      for (const calendar of allCalendars().values()) expect(isPublicHoliday(calendar, date.getFullYear(), date.getMonth() + 1, date.getDate())).toBe(true);
    }
  });

  it('knows the French public holidays, Easter-based ones and regional ones included', () => {
    const bretagne = calendarOf('53');
    for (const year of [2025, 2026, 2027, 2030]) {
      const easter = easterSunday(year);
      for (const offset of [1, 39, 50]) {
        const [y, m, d] = shift(easter, year, offset); // Easter Monday, Ascension, Whit Monday
        expect([year, offset, isPublicHoliday(bretagne, y, m, d)]).toEqual([year, offset, true]);
      }
      const [y, m, d] = shift(easter, year, -2); // Good Friday: only in Alsace-Moselle (and some overseas)
      expect(isPublicHoliday(calendarOf('57'), y, m, d)).toBe(true);
      expect(isPublicHoliday(calendarOf('67'), y, m, d)).toBe(true);
      expect(isPublicHoliday(bretagne, y, m, d)).toBe(false);
      expect(isPublicHoliday(bretagne, year, 7, 14)).toBe(true);
      expect(isPublicHoliday(bretagne, year, 7, 15)).toBe(false);
      expect(isPublicHoliday(calendarOf('68'), year, 12, 26)).toBe(true);
      expect(isPublicHoliday(bretagne, year, 12, 26)).toBe(false);
      expect(isPublicHoliday(calendarOf('04'), year, 12, 20)).toBe(true); // La Réunion: abolition of slavery
      expect(isPublicHoliday(calendarOf('03'), year, 6, 10)).toBe(true); // Guyane
      expect(isPublicHoliday(calendarOf('03'), year, 12, 20)).toBe(false);
    }
  });

  it('reads instants in the local time of each calendar, across daylight saving changes', () => {
    expect(localTime(new Date('2025-03-30T00:30:00Z'), 'Europe/Paris')).toMatchObject({ day: 30, hour: 1, minute: 30, weekday: 6 });
    expect(localTime(new Date('2025-03-30T01:30:00Z'), 'Europe/Paris')).toMatchObject({ day: 30, hour: 3, minute: 30, weekday: 6 });
    expect(localTime(new Date('2025-11-18T05:00:00Z'), calendarOf('04').timeZone)).toMatchObject({ hour: 9, weekday: 1 });
    expect(localTime(new Date('2025-11-18T13:00:00Z'), calendarOf('03').timeZone)).toMatchObject({ hour: 10, weekday: 1 });
  });

  it('agrees with the opening_hours package evaluated directly, every half hour of weeks with holidays', () => {
    const values = [
      'Mo-Fr 09:00-12:00,14:00-18:00', 'Mo-Fr 08:30-12:00,13:30-17:00; PH off', 'Tu-Sa 10:00-18:00; Su,PH 14:00-18:00',
      'Mo-Fr,PH 10:00-12:00', 'Mo-Th 09:00-12:30,13:30-17:30; Fr 09:00-12:30', 'Fr 20:00-02:00', '24/7; PH off', 'Mo-Fr 09:00-12:00; Jul-Aug off',
    ];
    // Weeks around Easter Monday, 14 July and Christmas 2025, in Brittany and in Moselle.
    const weeks = ['2025-04-20', '2025-07-13', '2025-12-21'];
    for (const code of ['53', '57']) {
      const calendar = calendarOf(code);
      for (const value of values) {
        const direct = new OpeningHours(value, { lat: calendar.latitude, lon: calendar.longitude, address: { country_code: 'fr', state: calendar.state } });
        for (const week of weeks) {
          for (let step = 0; step < 8 * 48; step += 1) {
            const instant = new Date(new Date(`${week}T00:00:00+02:00`).getTime() + step * 30 * 60_000);
            const local = localTime(instant, calendar.timeZone);
            const expected = direct.getState(new Date(local.year, local.month - 1, local.day, local.hour, local.minute));
            const actual = isOpenAt({ openingHours: value, calendarCode: code }, instant);
            if (actual !== expected) throw new Error(`${value} in ${calendar.state} at ${instant.toISOString()}: expected ${expected}, got ${actual}`);
          }
        }
      }
    }
  });
});
