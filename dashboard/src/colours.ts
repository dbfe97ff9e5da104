/** A sequential palette (ColorBrewer YlGnBu, colour-blind safe): up to five classes of equal counts. */
const PALETTE = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];
export const NO_VALUE = '#d9d9d9';

export interface Scale {
  colour(value: number | null | undefined): string;
  /** The classes, lowest first, for the legend. */
  classes: { colour: string; from: number; to: number }[];
}

export function quantileScale(values: (number | null | undefined)[]): Scale {
  const sorted = values.filter((v): v is number => v !== null && v !== undefined).sort((a, b) => a - b);
  const count = Math.min(PALETTE.length, sorted.length);
  const classes: Scale['classes'] = [];
  for (let i = 0; i < count; i += 1) {
    const to = sorted[Math.ceil(((i + 1) * sorted.length) / count) - 1];
    const from = classes.length ? classes[classes.length - 1].to : sorted[0];
    if (classes.length && to <= from) continue;
    // Spread the colours over the whole palette when there are fewer classes than colours.
    classes.push({ colour: PALETTE[Math.round((i * (PALETTE.length - 1)) / Math.max(1, count - 1))], from, to });
  }
  return {
    colour: (value) => {
      if (value === null || value === undefined || !classes.length) return NO_VALUE;
      return (classes.find((c) => value <= c.to) ?? classes[classes.length - 1]).colour;
    },
    classes,
  };
}
