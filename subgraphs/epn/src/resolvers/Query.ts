import { geography, resolveTerritory, territoryConnection, VOCABULARIES } from '../../../kit/src';
import type { QueryResolvers } from '../__generated__/resolvers-types';
import { selectsField } from './selection';

export const Query: QueryResolvers = {
  epn: (_root, { id }, { epns }) => epns.get(id),
  epns: (_root, { filter, first, after }, { epns }) => epns.list(filter, { first, after }),
  searchEpns: (_root, args, { search }, info) => search.search(args, { facets: selectsField(info, 'facets') }),
  label: (_root, { id }, { labels }) => labels.get(id),
  territory: (_root, { level, code }) => geography().get(level, code),
  territories: (_root, { level, within, first, after }) => {
    const g = geography();
    const scope = within ? resolveTerritory(within, 'within') : g.country;
    const all = level === 'EPCI' ? g.epcisIn(scope) : g.all(level).filter((t) => t.level === 'COUNTRY' || inside(scope, t));
    return territoryConnection(all, { first, after });
  },
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
