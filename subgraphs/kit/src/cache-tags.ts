import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, type DocumentNode, type StringValueNode } from 'graphql';
import { COUNTRY_CODE, geography } from './geography';

/**
 * Cache tags tell the gateway's response cache what an answer depends on, and what a mutation changed.
 *
 * When the gateway asks for them (request header CACHE_TAGS_HEADER), a subgraph answers with
 * `extensions.cacheTags`: one tag per entity it resolved (`Epn:<id>`, `Territory:DEPARTEMENT:35` —
 * the typename and its @key values), plus the tags resolvers add with addCacheTags. For a query they
 * label the cached answer; for a mutation they name what changed, and the gateway drops every cached
 * answer carrying one of them. So:
 *   - a list whose membership depends on a scope tags that scope (`epns` in a département tags
 *     `Territory:DEPARTEMENT:<code>`), since an entity entering the list is not in the cached answer;
 *   - a mutation tags what it changed, including aggregates (territoryTags of an EPN's commune when
 *     its label changes).
 */
export const CACHE_TAGS_HEADER = 'x-netpublic-cache-tags';
export const CACHE_TAGS_EXTENSION = 'cacheTags';

const tagsByContext = new WeakMap<object, Set<string>>();

export function entityTag(typename: string, ...key: (string | number)[]): string {
  return `${typename}:${key.join(':')}`;
}

/** Marks the current operation as depending on (query) or changing (mutation) these tags. */
export function addCacheTags(context: object, ...tags: string[]): void {
  let set = tagsByContext.get(context);
  if (!set) {
    set = new Set();
    tagsByContext.set(context, set);
  }
  for (const tag of tags) set.add(tag);
}

/** The commune and every territory containing it (EPCI, département, région, France): what an EPN there counts in. */
export function territoryTags(communeCode: string): string[] {
  const commune = geography().commune(communeCode);
  const tags = [entityTag('Territory', 'COMMUNE', communeCode), entityTag('Territory', 'COUNTRY', COUNTRY_CODE)];
  if (!commune) return tags;
  if (commune.epciCode) tags.push(entityTag('Territory', 'EPCI', commune.epciCode));
  if (commune.departementCode) tags.push(entityTag('Territory', 'DEPARTEMENT', commune.departementCode));
  if (commune.regionCode) tags.push(entityTag('Territory', 'REGION', commune.regionCode));
  return tags;
}

/** Entity type → its @key field names, from a subgraph's SDL (simple keys only: nested keys are not tagged). */
export function entityKeyFields(typeDefs: DocumentNode): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  for (const definition of typeDefs.definitions) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
    const key = definition.directives?.find((d) => d.name.value === 'key');
    const fields = key?.arguments?.find((a) => a.name.value === 'fields')?.value as StringValueNode | undefined;
    if (!fields || fields.kind !== Kind.STRING || /[{}]/.test(fields.value)) continue;
    keys.set(definition.name.value, fields.value.trim().split(/[\s,]+/));
  }
  return keys;
}

/**
 * Collects the tags of an operation when the gateway asks for them. Entities are recognised by their
 * parent object when one of their fields resolves, so tagging costs one map lookup per field, and
 * nothing at all when the gateway does not ask.
 */
export function cacheTagsPlugin<Ctx extends object>(keys: Map<string, string[]>): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart({ request }) {
      const wanted = request.http?.headers.get(CACHE_TAGS_HEADER) === '1';
      return {
        async executionDidStart({ contextValue }) {
          if (!wanted) return;
          const seen = new WeakSet<object>();
          return {
            willResolveField({ source, info }) {
              const fields = keys.get(info.parentType.name);
              if (!fields || typeof source !== 'object' || source === null || seen.has(source)) return;
              seen.add(source);
              const values: unknown[] = [];
              for (const field of fields) {
                const value = (source as Record<string, unknown>)[field];
                if (value === undefined || value === null) return;
                values.push(value);
              }
              addCacheTags(contextValue, `${info.parentType.name}:${values.join(':')}`);
            },
          };
        },
        async willSendResponse({ response, contextValue }) {
          const tags = tagsByContext.get(contextValue);
          if (!wanted || !tags?.size || response.body.kind !== 'single') return;
          response.body.singleResult.extensions = { ...response.body.singleResult.extensions, [CACHE_TAGS_EXTENSION]: [...tags] };
        },
      };
    },
  };
}
