import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'graphql';
import { checkRegionalName, checkRegionalSdl, regionalPrefixes } from '../../gateway/src/registry/naming';
import { readNationalSubgraphs } from '../../gateway/src/registry';
import { copyTemplate, renameRegional } from '../../scripts/lib/regional';
import { TEMPLATE_SDL } from '../support/registry';

const national = readNationalSubgraphs().map((n) => parse(n.sdl));
const HEADER = 'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@external", "@requires"])\n';
const violations = (sdl: string, name = 'bretagne') => checkRegionalSdl(name, parse(sdl), national).map((v) => `${v.rule} ${v.element}`);

describe('the naming rule of regional subgraphs', () => {
  it('derives the prefixes from the name', () => {
    expect(regionalPrefixes('bretagne')).toEqual({ type: 'Bretagne', field: 'bretagne' });
    expect(regionalPrefixes('pays-de-la-loire')).toEqual({ type: 'PaysDeLaLoire', field: 'paysDeLaLoire' });
  });

  it('accepts the template, and the template renamed for any region', () => {
    expect(checkRegionalSdl('regional-template', parse(TEMPLATE_SDL), national)).toEqual([]);
    expect(checkRegionalSdl('bretagne', parse(renameRegional(TEMPLATE_SDL, 'bretagne')), national)).toEqual([]);
    expect(checkRegionalSdl('pays-de-la-loire', parse(renameRegional(TEMPLATE_SDL, 'pays-de-la-loire')), national)).toEqual([]);
  });

  it('names: lowercase words, not national, not overlapping another region', () => {
    const context = { nationalNames: ['epn', 'events'], regionalNames: ['bretagne'] };
    expect(checkRegionalName('occitanie', context)).toEqual([]);
    expect(checkRegionalName('bretagnesud', context)).toEqual([]);
    expect(checkRegionalName('Bretagne', context).map((v) => v.rule)).toEqual(['NAME_FORMAT']);
    expect(checkRegionalName('ile_de_france', context).map((v) => v.rule)).toEqual(['NAME_FORMAT']);
    expect(checkRegionalName('epn', context).map((v) => v.rule)).toEqual(['NAME_NATIONAL']);
    expect(checkRegionalName('bretagne-sud', context).map((v) => v.message)).toEqual([
      'The prefix BretagneSud… overlaps Bretagne… of the regional subgraph "bretagne": their names could clash. Choose another name.',
    ]);
  });

  it('only names after the region what it adds: types, root fields and fields on shared entities', () => {
    expect(violations(`${HEADER}
      type Query { workshops: [Workshop] bretagneWorkshops: [BretagneWorkshop]! bretagneFine: Int }
      type Workshop { id: ID! }
      type BretagneWorkshop { id: ID! title: String! }
      type BretagnesudThing { id: ID! }
      type Epn @key(fields: "id") { id: ID! workshops: Int bretagneRequired: Int! bretagneWorkshopCount: Int }
    `)).toEqual([
      'FIELD_NOT_PREFIXED Query.workshops',
      'FIELD_NOT_NULLABLE Query.bretagneWorkshops',
      'TYPE_NOT_PREFIXED type Workshop',
      'TYPE_NOT_PREFIXED type BretagnesudThing',
      'FIELD_NOT_PREFIXED Epn.workshops',
      'FIELD_NOT_NULLABLE Epn.bretagneRequired',
    ]);
  });

  it('never serves, hides, overrides or provides national fields', () => {
    expect(violations(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable", "@override", "@provides", "@inaccessible"])
      type Query { bretagneEpn: Epn @provides(fields: "name") }
      type Epn @key(fields: "id") { id: ID! name: String! @shareable openingHours: String @inaccessible }
      type Territory @key(fields: "name") { level: TerritoryLevel! code: String! name: String! @external }
      enum TerritoryLevel { COUNTRY REGION DEPARTEMENT EPCI COMMUNE }
    `)).toEqual([
      'FORBIDDEN_DIRECTIVE @link import @override',
      'FORBIDDEN_DIRECTIVE @link import @provides',
      'FORBIDDEN_DIRECTIVE @link import @inaccessible',
      'FORBIDDEN_DIRECTIVE Query.bretagneEpn @provides',
      'NATIONAL_FIELD_REDEFINED Epn.name',
      'DIRECTIVE_NOT_ALLOWED Epn.name @shareable',
      'NATIONAL_FIELD_REDEFINED Epn.openingHours',
      'FORBIDDEN_DIRECTIVE Epn.openingHours @inaccessible',
      'ENTITY_KEY Territory @key(fields: "name")',
      'NATIONAL_FIELD_REDEFINED Territory.level',
      'NATIONAL_FIELD_REDEFINED Territory.code',
    ]);
  });

  it('restates national enums, inputs and value types exactly', () => {
    expect(violations(`${HEADER}
      enum TerritoryLevel { COUNTRY REGION DEPARTEMENT EPCI COMMUNE CANTON }
      input TerritoryInput { level: TerritoryLevel! }
      type PageInfo @shareable { hasNextPage: Boolean! startCursor: String }
      type BretagneThing implements Node { id: ID! }
      type Adherent implements BretagneNode @key(fields: "id") { id: ID! }
    `)).toEqual([
      'NATIONAL_TYPE_CHANGED enum TerritoryLevel',
      'NATIONAL_TYPE_CHANGED input TerritoryInput',
      'NATIONAL_TYPE_CHANGED PageInfo.startCursor',
      'FOREIGN_INTERFACE BretagneThing implements Node',
      'NATIONAL_TYPE_CHANGED type Adherent',
    ]);
  });

  it('may read national fields it declares @external, to compute its own with @requires', () => {
    expect(violations(`${HEADER}
      type Epn @key(fields: "id") { id: ID! name: String! @external bretagneSlug: String @requires(fields: "name") }
    `)).toEqual([]);
  });
});

describe('npm run regional:new', () => {
  it('copies the template under the region\'s names, leaving none of the template\'s', () => {
    const target = path.join(mkdtempSync(path.join(os.tmpdir(), 'netpublic-regional-')), 'bretagne');
    const files = copyTemplate(path.resolve(__dirname, '..', '..', 'subgraphs', 'regional-template'), target, 'bretagne').map((f) => path.relative(target, f));
    expect(files).toEqual(expect.arrayContaining([
      'README.md', 'codegen.ts', 'schema.graphql', 'src/index.ts', 'src/migrations/1767398400000-CreateBretagneTables.ts', 'src/resolvers/BretagneWorkshop.ts',
    ]));
    expect(files.some((f) => f.includes('__generated__'))).toBe(false);
    for (const file of files) expect(readFileSync(path.join(target, file), 'utf8')).not.toMatch(/regional[-_ ]?template/i);
    expect(readFileSync(path.join(target, 'src', 'index.ts'), 'utf8')).toContain(`name: 'bretagne'`);
    expect(readFileSync(path.join(target, 'src', 'migrations', '1767398400000-CreateBretagneTables.ts'), 'utf8')).toContain('CREATE TABLE bretagne.workshop');
  });
});
