import { readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * GraphiQL served from npm packages, never from a CDN: many public-sector networks have no internet.
 * React 18 and GraphiQL 3 ship UMD builds that need no bundler.
 */
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.production.min.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.production.min.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.min.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.min.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

const cache = new Map<string, Buffer>();

export function graphiqlAsset(name: string): { body: Buffer; type: string } | null {
  const asset = ASSETS[name];
  if (!asset) return null;
  let body = cache.get(name);
  if (!body) {
    body = readFileSync(path.join(path.dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file));
    cache.set(name, body);
  }
  return { body, type: asset.type };
}

export const EXAMPLE_QUERY = `# EPN of Ille-et-Vilaine with their current label, the adherent that awarded it,
# upcoming events and eligible partner offers: one query, four subgraphs.
query EpnOfDepartement {
  epns(filter: { territory: { level: DEPARTEMENT, code: "35" } }, first: 5) {
    totalCount
    edges {
      node {
        name
        commune { name population }
        currentLabel { status awardedAt awardedBy { name kind } }
        events(upcoming: true, first: 2) { edges { node { title startsAt } } }
        eligibleOffers(first: 2) { totalCount edges { node { partner title discount } } }
      }
    }
  }
}
`;

export function graphiqlPage(endpoint: string): string {
  const config = JSON.stringify({ endpoint, defaultQuery: EXAMPLE_QUERY }).replace(/</g, '\\u003c');
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>NetPublic Graph — GraphiQL</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="stylesheet" href="/graphiql/graphiql.min.css">
  <style>html, body, #graphiql { height: 100%; margin: 0; }</style>
</head>
<body>
  <div id="graphiql">Loading GraphiQL…</div>
  <script src="/graphiql/react.production.min.js"></script>
  <script src="/graphiql/react-dom.production.min.js"></script>
  <script src="/graphiql/graphiql.min.js"></script>
  <script>
    const config = ${config};
    const fetcher = GraphiQL.createFetcher({ url: config.endpoint });
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, {
        fetcher,
        defaultQuery: config.defaultQuery,
        defaultHeaders: '{\\n  "Authorization": "Bearer <token from npm run token>"\\n}',
        shouldPersistHeaders: true,
      }),
    );
  </script>
</body>
</html>`;
}
