import { addCacheTags, entityTag, geography, resolveTerritory, territoryConnection, COUNTRY_CODE, VOCABULARIES } from '../../../kit/src';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { selectsField } from './selection';

export const Query: QueryResolvers = {
  epn: (_root, { id }, { epns }) => epns.get(id),
  epns: (_root, { filter, first, after }, context) => {
    // The list's members depend on its territory: a change to an EPN there (its label) refreshes it.
    const scope = filter?.territory ?? { level: 'COUNTRY' as const, code: COUNTRY_CODE };
    addCacheTags(context, entityTag('Territory', scope.level, scope.code.trim()));
    return context.epns.list(filter, { first, after });
  },
  searchEpns: (_root, args, context, info) => {
    // Like epns: what it finds depends on the EPN of the territory searched (France when none).
    const scope = args.filter?.territory ?? { level: 'COUNTRY' as const, code: COUNTRY_CODE };
    addCacheTags(context, entityTag('Territory', scope.level, scope.code.trim()));
    return context.search.search(args, { facets: selectsField(info, 'facets') });
  },
  label: (_root, { id }, { labels }) => labels.get(id),
  territory: (_root, { level, code }) => geography().get(level, code),
  territories: (_root, { level, within, first, after }) => {
    const g = geography();
    const scope = within ? resolveTerritory(within, 'within') : g.country;
    const all = level === 'EPCI' ? g.epcisIn(scope) : g.all(level).filter((t) => t.level === 'COUNTRY' || inside(scope, t));
    return territoryConnection(all, { first, after });
  },
  labelCoverage: (_root, args, { coverage }) => coverage.coverage(args),
  labelCoverageHistory: (_root, args, { coverage }) => coverage.history(args),
  vocabularies: () =>
    Object.entries(VOCABULARIES).flatMap(([vocabulary, values]) =>
      Object.entries(values).map(([value, label]) => ({ vocabulary, value, label })),
    ),
};

function inside(scope: ReturnType<typeof geography>['country'], territory: ReturnType<typeof geography>['country']): boolean {
  switch (territory.level) {
    case 'REGION':
      return scope.level === 'COUNTRY' || (scope.level === 'REGION' && scope.code === territory.code);
    case 'DEPARTEMENT':
      return scope.level === 'COUNTRY' || (scope.level === 'REGION' && territory.regionCode === scope.code) || (scope.level === 'DEPARTEMENT' && scope.code === territory.code);
    case 'COMMUNE':
      return geography().contains(scope, territory.code);
    default:
      return false;
  }
}
