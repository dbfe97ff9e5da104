import {
  CoverageMapDocument, CoverageTrendDocument,
  type DashboardFiguresFragment, type TerritoryInput,
} from '../../schema/__generated__/graphql';
import { drawTrend } from './chart';
import { NO_VALUE, quantileScale, type Scale } from './colours';
import { formatDay, formatInteger, formatPer100k, formatShare } from './format';
import { request } from './graph';
import { drawMap, mapCodes, type MapKind } from './map';

/**
 * The label coverage dashboard: a map of France coloured by labelled EPN per 100,000 inhabitants
 * (régions or départements), a click on a région shows its départements, the trend over ten years,
 * and the table of the figures. Every figure comes from the graph, through the typed documents of
 * schema/operations/coverage-dashboard.graphql.
 */
interface View {
  kind: MapKind;
  /** A région whose départements are shown. */
  region: { code: string; name: string } | null;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const view: View = { kind: 'REGION', region: null };
let loading = 0;

function status(message: string): void {
  $('status').textContent = message;
}

function perLabel(figures: DashboardFiguresFragment): string {
  return `${formatPer100k(figures.labelledEpnPer100k)} EPN labellisés pour 100 000 habitants`;
}

function drawLegend(scale: Scale): void {
  const legend = $('legend');
  legend.replaceChildren();
  const item = (colour: string, text: string) => {
    const li = document.createElement('li');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.style.background = colour;
    li.append(swatch, text);
    legend.append(li);
  };
  for (const c of scale.classes) item(c.colour, `${formatPer100k(c.from)} – ${formatPer100k(c.to)}`);
  item(NO_VALUE, 'sans habitants');
}

function drawTable(rows: DashboardFiguresFragment[], total: DashboardFiguresFragment, caption: string): void {
  $('table-caption').textContent = caption;
  const body = $('table-body');
  body.replaceChildren();
  const row = (figures: DashboardFiguresFragment, isTotal: boolean) => {
    const tr = document.createElement('tr');
    if (isTotal) tr.className = 'total';
    tr.dataset.code = figures.territory.code;
    const cells = [
      figures.territory.name, figures.territory.code, formatInteger(figures.population), formatInteger(figures.epnCount),
      formatInteger(figures.labelledEpnCount), formatPer100k(figures.labelledEpnPer100k),
      `${formatInteger(figures.coveredCommuneCount)} / ${formatInteger(figures.communeCount)}`, formatShare(figures.coveredPopulationShare),
    ];
    cells.forEach((text, i) => {
      const td = document.createElement(i === 0 ? 'th' : 'td');
      if (i === 0) td.setAttribute('scope', 'row');
      td.textContent = text;
      tr.append(td);
    });
    body.append(tr);
  };
  for (const figures of rows) row(figures, false);
  row(total, true);
}

function tenYearsBefore(day: string): string {
  return `${Number(day.slice(0, 4)) - 10}-01-01`;
}

async function refresh(): Promise<void> {
  const ticket = ++loading;
  const date = ($('date') as HTMLInputElement).value || null;
  const within: TerritoryInput | null = view.region ? { level: 'REGION', code: view.region.code } : null;
  const level = view.region ? 'DEPARTEMENT' : view.kind;
  const scopeName = view.region ? view.region.name : 'France';
  status('Chargement…');
  $('back').hidden = !view.region;
  $('click-hint').hidden = view.kind !== 'REGION' || view.region !== null;
  try {
    const coverage = (await request(CoverageMapDocument, { level, within, date })).labelCoverage;
    const trend = (await request(CoverageTrendDocument, {
      level: view.region ? 'DEPARTEMENT' : 'REGION', within, from: tenYearsBefore(coverage.date), to: coverage.date,
    })).labelCoverageHistory;
    if (ticket !== loading) return;
    const rows = coverage.edges.map((e) => e.node);
    const onMap = mapCodes(view.region ? 'DEPARTEMENT' : view.kind);
    const scale = quantileScale(rows.filter((r) => onMap.has(r.territory.code)).map((r) => r.labelledEpnPer100k));
    const values = new Map(rows.map((r) => [r.territory.code, { name: r.territory.name, value: r.labelledEpnPer100k ?? null, label: perLabel(r) }]));
    const levelName = level === 'REGION' ? 'région' : 'département';
    drawMap($('map'), {
      kind: view.region ? 'DEPARTEMENT' : view.kind,
      scale,
      values,
      only: view.region ? new Set(rows.map((r) => r.territory.code)) : undefined,
      onSelect: !view.region && view.kind === 'REGION' ? (code) => {
        view.region = { code, name: values.get(code)?.name ?? code };
        void refresh();
      } : undefined,
      caption: `${scopeName} : EPN labellisés pour 100 000 habitants, par ${levelName}`,
    });
    drawLegend(scale);
    $('heading').textContent = `${scopeName} — couverture par ${levelName} au ${formatDay(coverage.date)}`;
    $('summary').textContent = `${formatInteger(coverage.total.labelledEpnCount)} EPN labellisés sur ${formatInteger(coverage.total.epnCount)}, `
      + `soit ${perLabel(coverage.total)} ; ${formatShare(coverage.total.coveredPopulationShare)} de la population vit dans une commune qui en compte un.`;
    drawTable(rows, coverage.total, `Couverture par ${levelName} — ${scopeName}`);
    drawTrend($('trend'), trend.total.map((f) => ({ date: f.date, value: f.labelledEpnPer100k ?? null })), `${scopeName} : EPN labellisés pour 100 000 habitants, sur dix ans`);
    status(`${rows.length} territoires affichés.`);
  } catch (error) {
    if (ticket === loading) status(`Erreur : ${error instanceof Error ? error.message : String(error)}`);
  }
}

async function downloadCsv(): Promise<void> {
  const token = ($('token') as HTMLInputElement).value.trim();
  if (!token) {
    status("L'export CSV est réservé aux analystes : saisissez votre jeton (npm run token -- --role ANALYST).");
    return;
  }
  sessionStorage.setItem('netpublic-token', token);
  const params = new URLSearchParams({ level: view.region ? 'DEPARTEMENT' : view.kind });
  if (view.region) params.set('within', `REGION:${view.region.code}`);
  const date = ($('date') as HTMLInputElement).value;
  if (date) params.set('date', date);
  const response = await fetch(`/exports/coverage.csv?${params}`, { headers: { authorization: `Bearer ${token}` } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { errors?: { message: string }[] } | null;
    status(`Export refusé : ${body?.errors?.[0]?.message ?? response.status}`);
    return;
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'couverture.csv';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
  status(`Export téléchargé : ${name}`);
}

function start(): void {
  $('controls').addEventListener('submit', (event) => event.preventDefault());
  ($('token') as HTMLInputElement).value = sessionStorage.getItem('netpublic-token') ?? '';
  for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input[name="kind"]'))) {
    input.addEventListener('change', () => {
      view.kind = input.value as MapKind;
      view.region = null;
      void refresh();
    });
  }
  $('date').addEventListener('change', () => void refresh());
  $('back').addEventListener('click', () => {
    view.region = null;
    void refresh();
  });
  $('export').addEventListener('submit', (event) => {
    event.preventDefault();
    void downloadCsv();
  });
  void refresh();
}

start();
