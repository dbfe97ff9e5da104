const integer = new Intl.NumberFormat('fr-FR');
const decimal = new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const percent = new Intl.NumberFormat('fr-FR', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });

export const formatInteger = (value: number) => integer.format(value);
export const formatPer100k = (value: number | null | undefined) => (value === null || value === undefined ? '—' : decimal.format(value));
export const formatShare = (value: number | null | undefined) => (value === null || value === undefined ? '—' : percent.format(value));

export function formatDay(day: string): string {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
