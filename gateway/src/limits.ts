import type { ApolloServerPlugin, BaseContext, GraphQLRequestListener } from '@apollo/server';
import {
  GraphQLError, Kind, getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType,
  type FieldNode, type GraphQLCompositeType, type GraphQLField, type OperationDefinitionNode, type SelectionSetNode,
  type ValidationContext, type ValidationRule,
} from 'graphql';
import type { LimitSettings } from './config';

/**
 * Limits against abusive operations, checked before any subgraph is called.
 *
 * One pass over each operation (fragments expanded once each, whatever the number of spreads)
 * measures its depth, aliases, root fields and directives, and compiles its cost: the number of
 * objects it may return, list sizes multiplied along each path. A connection's size is its
 * `first`/`last` argument (or the default page size), applied to its `edges`; a plain list without
 * them counts as the default page size. The pass runs as a validation rule, so Apollo Server runs it
 * once per distinct document and caches the outcome with the parsed document; only a cost that
 * depends on variables (`first: $first`) is re-evaluated per request, from the compiled plan, in
 * microseconds. The token limit is graphql-js's own parser option (the parser stops counting there).
 *
 * Why not @escape.tech/graphql-armor or graphql-query-complexity: armor's rules report
 * `Syntax Error: …` without a code or structured values, count a fragment spread as a level, skip
 * `__schema` but not `__type`, have no root-field limit, and its cost ignores list sizes;
 * graphql-query-complexity walks the whole document with the schema on every request and knows
 * nothing of Relay connections (its estimators would have to be written here anyway).
 */
export const LIMIT_CODES = {
  MAX_QUERY_DEPTH: 'MAX_DEPTH_LIMIT',
  MAX_ALIASES: 'MAX_ALIASES_LIMIT',
  MAX_ROOT_FIELDS: 'MAX_ROOT_FIELDS_LIMIT',
  MAX_DIRECTIVES: 'MAX_DIRECTIVES_LIMIT',
  MAX_TOKENS: 'MAX_TOKENS_LIMIT',
  MAX_QUERY_COST: 'MAX_COST_LIMIT',
  MAX_PAGE_SIZE: 'MAX_PAGE_SIZE_LIMIT',
} as const;

export type LimitName = keyof typeof LIMIT_CODES;

export function limitError(limit: LimitName, message: string, maximum: number, actual?: number): GraphQLError {
  return new GraphQLError(message, {
    // The http extension sets the status and never reaches the client.
    extensions: { code: LIMIT_CODES[limit], limit, maximum, ...(actual === undefined ? {} : { actual }), http: { status: 400 } },
  });
}

/** A page size: a literal, or a variable resolved per request. */
type Page = number | { variable: string; fallback: number; at: string; argument: string };

interface FieldPlan {
  list: boolean;
  page?: Page;
  items: PlanItem[];
}

interface FragmentPlan {
  items: PlanItem[];
}

type PlanItem = FieldPlan | { fragment: FragmentPlan };

export interface CostPlan {
  items: PlanItem[];
  operationName: string | null;
}

interface Measured {
  items: PlanItem[];
  /** Levels of fields below (a leaf field is 1). */
  depth: number;
  aliases: number;
  directives: number;
  /** Fields at this level (fragments expanded; `__typename` does not count). */
  fields: number;
}

class OperationAnalysis {
  readonly pageErrors: GraphQLError[] = [];
  usesVariables = false;
  private readonly fragments = new Map<string, { measured: Measured; plan: FragmentPlan } | null>();

  constructor(
    private readonly context: ValidationContext,
    private readonly settings: LimitSettings,
    private readonly variableDefaults: Map<string, number>,
  ) {}

  selectionSet(set: SelectionSetNode, parentType: GraphQLCompositeType | undefined, path: string): Measured {
    const out: Measured = { items: [], depth: 0, aliases: 0, directives: 0, fields: 0 };
    for (const selection of set.selections) {
      out.directives += selection.directives?.length ?? 0;
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        if (selection.alias) out.aliases += 1;
        if (name === '__typename') continue;
        out.fields += 1;
        // Introspection is bounded by the token limit; GraphiQL's own query nests about 13 levels.
        if (name === '__schema' || name === '__type') continue;
        if (!selection.selectionSet) {
          out.depth = Math.max(out.depth, 1);
          continue;
        }
        const field = parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields()[name] : undefined;
        const key = selection.alias?.value ?? name;
        const at = path ? `${path}.${key}` : key;
        const namedType = field ? getNamedType(field.type) : undefined;
        const child = this.selectionSet(selection.selectionSet, namedType && isCompositeType(namedType) ? namedType : undefined, at);
        out.depth = Math.max(out.depth, 1 + child.depth);
        out.aliases += child.aliases;
        out.directives += child.directives;
        out.items.push({ list: field ? isListType(getNullableType(field.type)) : false, page: field ? this.page(selection, field, at) : undefined, items: child.items });
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? this.context.getSchema().getType(selection.typeCondition.name.value) : parentType;
        const inner = this.selectionSet(selection.selectionSet, type && isCompositeType(type) ? type : undefined, path);
        merge(out, inner);
        out.items.push(...inner.items);
      } else {
        const fragment = this.fragment(selection.name.value);
        if (fragment) {
          merge(out, fragment.measured);
          out.items.push({ fragment: fragment.plan });
        }
      }
    }
    return out;
  }

  /** Each fragment is measured once; a cycle (reported by graphql-js's own rule) is cut here. */
  private fragment(name: string): { measured: Measured; plan: FragmentPlan } | null {
    if (this.fragments.has(name)) return this.fragments.get(name) ?? null;
    this.fragments.set(name, null);
    const definition = this.context.getFragment(name);
    if (!definition) return null;
    const type = this.context.getSchema().getType(definition.typeCondition.name.value);
    const measured = this.selectionSet(definition.selectionSet, type && isCompositeType(type) ? type : undefined, `...${name}`);
    measured.directives += definition.directives?.length ?? 0;
    const fragment = { measured, plan: { items: measured.items } };
    this.fragments.set(name, fragment);
    return fragment;
  }

  private page(selection: FieldNode, field: GraphQLField<unknown, unknown>, at: string): Page | undefined {
    const argument = field.args.find((a) => a.name === 'first' || a.name === 'last');
    if (!argument) return undefined;
    const { maxPageSize, defaultPageSize } = this.settings;
    const fallback = typeof argument.defaultValue === 'number' ? argument.defaultValue : defaultPageSize;
    const value = selection.arguments?.find((a) => a.name.value === argument.name)?.value;
    if (!value || value.kind === Kind.NULL) return fallback;
    if (value.kind === Kind.INT) {
      const size = Number.parseInt(value.value, 10);
      if (size > maxPageSize) this.pageErrors.push(pageSizeError(argument.name, size, at, maxPageSize));
      return size;
    }
    if (value.kind === Kind.VARIABLE) {
      this.usesVariables = true;
      return { variable: value.name.value, fallback: this.variableDefaults.get(value.name.value) ?? fallback, at, argument: argument.name };
    }
    // Anything else is refused by the subgraph; count the worst case meanwhile.
    return maxPageSize;
  }
}

/** Adds what a fragment measures to the selection set it is spread in (its plan items are added by the caller). */
function merge(into: Measured, from: Measured): void {
  into.depth = Math.max(into.depth, from.depth);
  into.aliases += from.aliases;
  into.directives += from.directives;
  into.fields += from.fields;
}

function pageSizeError(argument: string, size: number, at: string, maximum: number): GraphQLError {
  return limitError('MAX_PAGE_SIZE', `"${argument}: ${size}" at ${at} asks for more than the maximum page size of ${maximum} (MAX_PAGE_SIZE).`, maximum, size);
}

function costError(cost: number, operationName: string | null, settings: LimitSettings): GraphQLError {
  const rounded = Number.isFinite(cost) ? Math.round(cost) : Number.MAX_SAFE_INTEGER;
  return limitError(
    'MAX_QUERY_COST',
    `The operation${operationName ? ` "${operationName}"` : ''} may return about ${rounded} objects (its cost: list sizes multiplied along each path, ` +
      `${settings.defaultPageSize} for a list without first); the limit is ${settings.maxCost} (MAX_QUERY_COST). Ask for smaller pages or fewer nested lists.`,
    settings.maxCost,
    rounded,
  );
}

/** Objects the plan may return, pages resolved by `pageOf`; fragments are costed once per page size. */
export function estimateCost(plan: CostPlan, settings: LimitSettings, pageOf: (page: Page) => number): number {
  const memo = new Map<FragmentPlan, Map<number | undefined, number>>();
  const unit = (items: PlanItem[], pending: number | undefined): number => {
    let total = 0;
    for (const item of items) {
      if ('fragment' in item) {
        let byPending = memo.get(item.fragment);
        if (!byPending) memo.set(item.fragment, (byPending = new Map()));
        let cost = byPending.get(pending);
        if (cost === undefined) byPending.set(pending, (cost = unit(item.fragment.items, pending)));
        total += cost;
        continue;
      }
      const page = item.page === undefined ? undefined : pageOf(item.page);
      // A list takes its own page size, else its connection's (edges), else the default page size.
      const multiplier = item.list ? page ?? pending ?? settings.defaultPageSize : 1;
      total += multiplier * (1 + unit(item.items, item.list ? undefined : page));
    }
    return total;
  };
  return unit(plan.items, undefined);
}

function variableDefaults(operation: OperationDefinitionNode): Map<string, number> {
  const defaults = new Map<string, number>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue?.kind === Kind.INT) defaults.set(definition.variable.name.value, Number.parseInt(definition.defaultValue.value, 10));
  }
  return defaults;
}

/**
 * The validation rule: refuses an operation over a limit (the error names the limit and its value),
 * and keeps the cost plan of those whose cost depends on variables, for costPlugin.
 */
export function operationLimitsRule(settings: LimitSettings, plans: WeakMap<OperationDefinitionNode, CostPlan>): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const analysis = new OperationAnalysis(context, settings, variableDefaults(operation));
      const rootType = context.getSchema().getRootType(operation.operation) ?? undefined;
      const measured = analysis.selectionSet(operation.selectionSet, rootType, '');
      const directives = measured.directives + (operation.directives?.length ?? 0);
      const name = operation.name?.value ?? null;
      const label = name ? ` "${name}"` : '';
      if (measured.depth > settings.maxDepth) {
        context.reportError(limitError('MAX_QUERY_DEPTH', `The operation${label} is ${measured.depth} levels deep; the limit is ${settings.maxDepth} (MAX_QUERY_DEPTH).`, settings.maxDepth, measured.depth));
      }
      if (measured.aliases > settings.maxAliases) {
        context.reportError(limitError('MAX_ALIASES', `The operation${label} uses ${measured.aliases} aliases; the limit is ${settings.maxAliases} (MAX_ALIASES).`, settings.maxAliases, measured.aliases));
      }
      const rootFields = measured.fields;
      if (rootFields > settings.maxRootFields) {
        context.reportError(limitError('MAX_ROOT_FIELDS', `The operation${label} asks for ${rootFields} root fields; the limit is ${settings.maxRootFields} (MAX_ROOT_FIELDS).`, settings.maxRootFields, rootFields));
      }
      if (directives > settings.maxDirectives) {
        context.reportError(limitError('MAX_DIRECTIVES', `The operation${label} uses ${directives} directives; the limit is ${settings.maxDirectives} (MAX_DIRECTIVES).`, settings.maxDirectives, directives));
      }
      for (const error of analysis.pageErrors) context.reportError(error);
      const plan: CostPlan = { items: measured.items, operationName: name };
      if (analysis.usesVariables) {
        plans.set(operation, plan);
      } else if (!analysis.pageErrors.length) {
        const cost = estimateCost(plan, settings, (page) => page as number);
        if (cost > settings.maxCost) context.reportError(costError(cost, name, settings));
      }
      return false;
    },
  });
}

/** Evaluates, per request, the cost of operations whose page sizes are variables. */
export function costPlugin<Ctx extends BaseContext>(settings: LimitSettings, plans: WeakMap<OperationDefinitionNode, CostPlan>): ApolloServerPlugin<Ctx> {
  const listener: GraphQLRequestListener<Ctx> = {
    async didResolveOperation({ operation, request }) {
      const plan = operation && plans.get(operation);
      if (!plan) return;
      const variables = request.variables ?? {};
      const cost = estimateCost(plan, settings, (page) => {
        if (typeof page === 'number') return page;
        const value = variables[page.variable];
        const size = value === undefined ? page.fallback : value === null ? settings.defaultPageSize : value;
        // A value that is not an integer is refused by variable coercion; count the worst case meanwhile.
        if (typeof size !== 'number' || !Number.isInteger(size)) return settings.maxPageSize;
        if (size > settings.maxPageSize) throw pageSizeError(page.argument, size, page.at, settings.maxPageSize);
        return size;
      });
      if (cost > settings.maxCost) throw costError(cost, plan.operationName, settings);
    },
  };
  return { requestDidStart: async () => listener };
}

// graphql-js 16 words it "more that"; later versions may fix the typo.
const TOKENS = /^Syntax Error: Document contains more tha[nt] (\d+) tokens/;

/** graphql-js's parser refusal of a document over MAX_TOKENS, as this gateway's limit error; null otherwise. */
export function tokenLimitMessage(message: string): { message: string; maximum: number } | null {
  const match = TOKENS.exec(message);
  if (!match) return null;
  const maximum = Number(match[1]);
  return { message: `The document has more than ${maximum} tokens; the limit is ${maximum} (MAX_TOKENS).`, maximum };
}
