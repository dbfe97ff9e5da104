import {
  Kind, print,
  type ConstDirectiveNode, type DefinitionNode, type DocumentNode, type FieldDefinitionNode, type InputValueDefinitionNode, type TypeNode,
} from 'graphql';

/**
 * The naming rule of regional subgraphs. A regional subgraph named `bretagne` owns the namespace
 * `Bretagne…` (types, enums, inputs…) and `bretagne…` (fields it adds to shared entities and to
 * Query/Mutation). It may reference national types, and restate what it needs of them, but never
 * change them. So two regions never clash, and no region can alter what the national graph serves:
 * see the rules below and the README of subgraphs/regional-template for why each one exists.
 */
export interface NamingViolation {
  /** Stable rule id, e.g. TYPE_NOT_PREFIXED. */
  rule: string;
  /** Where: `type Workshop`, `Epn.name`, `@override`… */
  element: string;
  message: string;
}

const NAME_PATTERN = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;
const MAX_NAME_LENGTH = 40;

/** Directives a regional subgraph may never use or import (each would let it change national data or API). */
const FORBIDDEN_DIRECTIVES: Record<string, string> = {
  override: 'it would take over a field from the subgraph that serves it',
  provides: 'it would let the regional subgraph answer for national fields',
  interfaceObject: 'it would add fields to national interfaces',
  composeDirective: 'it would add directives to the national API',
  context: 'it would read data from national types by context',
  fromContext: 'it would read data from national types by context',
  inaccessible: 'it can hide national fields from the API (mark your own fields @deprecated instead)',
};

export interface RegionalPrefixes {
  /** For types, enums, inputs, unions, interfaces, scalars: `Bretagne`, `PaysDeLaLoire`. */
  type: string;
  /** For fields of Query, Mutation and shared entities, and directive names: `bretagne`, `paysDeLaLoire`. */
  field: string;
}

export function regionalPrefixes(name: string): RegionalPrefixes {
  const words = name.split('-');
  const type = words.map((w) => w[0].toUpperCase() + w.slice(1)).join('');
  return { type, field: type[0].toLowerCase() + type.slice(1) };
}

/** `Bretagne` + an upper-case letter, a digit or `_`, so `bretagne` cannot use `Bretagnesud…`. */
function hasPrefix(name: string, prefix: string): boolean {
  return name.length > prefix.length && name.startsWith(prefix) && /[A-Z0-9_]/.test(name[prefix.length]);
}

/** Whether two regional names would share names: one's prefix followed by a word of the other's. */
function prefixesOverlap(a: string, b: string): boolean {
  const pa = regionalPrefixes(a).type;
  const pb = regionalPrefixes(b).type;
  return pa === pb || hasPrefix(pa, pb) || hasPrefix(pb, pa);
}

/** Rules on the name itself: lowercase words joined by hyphens, not national, not overlapping another region. */
export function checkRegionalName(name: string, context: { nationalNames: string[]; regionalNames: string[] }): NamingViolation[] {
  const violations: NamingViolation[] = [];
  const element = `subgraph ${name}`;
  if (!NAME_PATTERN.test(name) || name.length > MAX_NAME_LENGTH) {
    violations.push({
      rule: 'NAME_FORMAT', element,
      message: `The name "${name}" must be lowercase letters and digits, words joined by hyphens, at most ${MAX_NAME_LENGTH} characters (e.g. bretagne, pays-de-la-loire).`,
    });
    return violations;
  }
  if (context.nationalNames.includes(name)) {
    violations.push({ rule: 'NAME_NATIONAL', element, message: `"${name}" is a national subgraph; a regional subgraph needs its own name.` });
  }
  for (const other of context.regionalNames) {
    if (other !== name && prefixesOverlap(name, other)) {
      violations.push({
        rule: 'NAME_OVERLAPS_REGION', element,
        message: `The prefix ${regionalPrefixes(name).type}… overlaps ${regionalPrefixes(other).type}… of the regional subgraph "${other}": their names could clash. Choose another name.`,
      });
    }
  }
  return violations;
}

interface FieldInfo {
  type: string;
  args: string;
  shareable: boolean;
}

interface NationalType {
  kind: 'object' | 'interface' | 'union' | 'enum' | 'input' | 'scalar';
  keys: Set<string>;
  fields: Map<string, FieldInfo>;
  values: Set<string>;
  shareable: boolean;
}

const normaliseFieldSet = (fields: string) => fields.trim().split(/\s+/).join(' ');

function directiveName(directive: ConstDirectiveNode): string {
  return directive.name.value.replace(/^federation__/, '');
}

function stringArgument(directive: ConstDirectiveNode, name: string): string | null {
  const argument = directive.arguments?.find((a) => a.name.value === name);
  return argument?.value.kind === Kind.STRING ? argument.value.value : null;
}

const typeString = (type: TypeNode) => print(type);
const argsString = (args: readonly InputValueDefinitionNode[] | undefined) =>
  (args ?? []).map((a) => `${a.name.value}: ${typeString(a.type)}`).sort().join(', ');

function kindOf(definition: DefinitionNode): NationalType['kind'] | null {
  switch (definition.kind) {
    case Kind.OBJECT_TYPE_DEFINITION: case Kind.OBJECT_TYPE_EXTENSION: return 'object';
    case Kind.INTERFACE_TYPE_DEFINITION: case Kind.INTERFACE_TYPE_EXTENSION: return 'interface';
    case Kind.UNION_TYPE_DEFINITION: case Kind.UNION_TYPE_EXTENSION: return 'union';
    case Kind.ENUM_TYPE_DEFINITION: case Kind.ENUM_TYPE_EXTENSION: return 'enum';
    case Kind.INPUT_OBJECT_TYPE_DEFINITION: case Kind.INPUT_OBJECT_TYPE_EXTENSION: return 'input';
    case Kind.SCALAR_TYPE_DEFINITION: case Kind.SCALAR_TYPE_EXTENSION: return 'scalar';
    default: return null;
  }
}

type TypeNodeLike = Extract<DefinitionNode, { name: { value: string } }> & {
  directives?: readonly ConstDirectiveNode[];
  fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[];
  values?: readonly { name: { value: string } }[];
  types?: readonly { name: { value: string } }[];
  interfaces?: readonly { name: { value: string } }[];
};

/** What the national subgraphs declare, merged: entities with their keys, fields, enum values. */
export function indexNationalTypes(documents: DocumentNode[]): Map<string, NationalType> {
  const index = new Map<string, NationalType>();
  for (const document of documents) {
    for (const definition of document.definitions) {
      const kind = kindOf(definition);
      if (!kind) continue;
      const node = definition as TypeNodeLike;
      const entry = index.get(node.name.value) ?? { kind, keys: new Set(), fields: new Map(), values: new Set(), shareable: false };
      const typeShareable = (node.directives ?? []).some((d) => directiveName(d) === 'shareable');
      entry.shareable ||= typeShareable;
      for (const directive of node.directives ?? []) {
        const fields = directiveName(directive) === 'key' ? stringArgument(directive, 'fields') : null;
        if (fields) entry.keys.add(normaliseFieldSet(fields));
      }
      for (const field of node.fields ?? []) {
        const shareable = typeShareable || (field.directives ?? []).some((d) => directiveName(d) === 'shareable');
        const known = entry.fields.get(field.name.value);
        entry.fields.set(field.name.value, {
          type: typeString(field.type),
          args: 'arguments' in field ? argsString(field.arguments) : '',
          shareable: shareable || (known?.shareable ?? false),
        });
      }
      for (const value of node.values ?? []) entry.values.add(value.name.value);
      for (const member of node.types ?? []) entry.values.add(member.name.value);
      index.set(node.name.value, entry);
    }
  }
  return index;
}

/**
 * Checks a regional subgraph's SDL against the naming rule, given the national subgraphs' SDL.
 * Returns every violation (an empty list means the SDL follows the rule).
 */
export function checkRegionalSdl(name: string, document: DocumentNode, nationalDocuments: DocumentNode[]): NamingViolation[] {
  const prefixes = regionalPrefixes(name);
  const national = indexNationalTypes(nationalDocuments);
  const violations: NamingViolation[] = [];
  const add = (rule: string, element: string, message: string) => violations.push({ rule, element, message });
  const ownType = (typeName: string) => hasPrefix(typeName, prefixes.type);
  const ownField = (fieldName: string) => hasPrefix(fieldName, prefixes.field);

  const checkDirectives = (element: string, directives: readonly ConstDirectiveNode[] | undefined, allowed: string[]) => {
    for (const directive of directives ?? []) {
      const directiveNameValue = directiveName(directive);
      if (FORBIDDEN_DIRECTIVES[directiveNameValue]) {
        add('FORBIDDEN_DIRECTIVE', `${element} @${directiveNameValue}`, `${element} uses @${directiveNameValue}, which a regional subgraph may not use: ${FORBIDDEN_DIRECTIVES[directiveNameValue]}.`);
      } else if (!allowed.includes(directiveNameValue) && !ownField(directiveNameValue)) {
        add('DIRECTIVE_NOT_ALLOWED', `${element} @${directiveNameValue}`, `${element} may not carry @${directiveNameValue} here (allowed: ${allowed.length ? allowed.map((d) => `@${d}`).join(', ') : 'none'}).`);
      }
    }
  };

  // Fields, enum values and members declared for each type name, across definitions and extensions.
  const declared = new Map<string, TypeNodeLike[]>();
  for (const definition of document.definitions) {
    switch (definition.kind) {
      case Kind.SCHEMA_DEFINITION:
      case Kind.SCHEMA_EXTENSION: {
        if (definition.operationTypes?.length) {
          add('SCHEMA_ROOTS', 'schema', 'A regional subgraph may not rename the root types: use type Query and type Mutation.');
        }
        for (const directive of definition.directives ?? []) {
          if (directive.name.value !== 'link') {
            add('DIRECTIVE_NOT_ALLOWED', `schema @${directive.name.value}`, `The schema may only carry @link (got @${directive.name.value}).`);
            continue;
          }
          const url = stringArgument(directive, 'url') ?? '';
          if (!/^https:\/\/specs\.apollo\.dev\/federation\/v2\.\d+$/.test(url)) {
            add('LINK_NOT_ALLOWED', `@link(url: "${url}")`, `Only the Federation 2 specification may be linked (https://specs.apollo.dev/federation/v2.x), not "${url}".`);
            continue;
          }
          const imports = directive.arguments?.find((a) => a.name.value === 'import')?.value;
          if (imports?.kind === Kind.LIST) {
            for (const item of imports.values) {
              const imported = item.kind === Kind.STRING ? item.value : item.kind === Kind.OBJECT ? (item.fields.find((f) => f.name.value === 'name')?.value as { value?: string } | undefined)?.value ?? '' : '';
              const bare = imported.replace(/^@/, '');
              if (FORBIDDEN_DIRECTIVES[bare]) {
                add('FORBIDDEN_DIRECTIVE', `@link import ${imported}`, `The schema imports ${imported}, which a regional subgraph may not use: ${FORBIDDEN_DIRECTIVES[bare]}.`);
              }
            }
          }
        }
        break;
      }
      case Kind.DIRECTIVE_DEFINITION:
        if (!ownField(definition.name.value)) {
          add('DIRECTIVE_NOT_PREFIXED', `directive @${definition.name.value}`, `The directive @${definition.name.value} must be named @${prefixes.field}… (a regional subgraph names what it adds after itself).`);
        }
        break;
      default: {
        if (!kindOf(definition)) break;
        const node = definition as TypeNodeLike;
        const list = declared.get(node.name.value) ?? [];
        list.push(node);
        declared.set(node.name.value, list);
      }
    }
  }

  for (const [typeName, nodes] of declared) {
    const kind = kindOf(nodes[0])!;
    const fields = nodes.flatMap((n) => n.fields ?? []);
    const typeDirectives = nodes.flatMap((n) => n.directives ?? []);
    const interfaces = nodes.flatMap((n) => n.interfaces ?? []).map((i) => i.name.value);
    const values = nodes.flatMap((n) => [...(n.values ?? []), ...(n.types ?? [])]).map((v) => v.name.value);

    if (typeName.startsWith('_') || typeName.startsWith('link__') || typeName.startsWith('federation__')) {
      add('RESERVED_NAME', `type ${typeName}`, `${typeName} is reserved for the federation machinery.`);
      continue;
    }

    if (typeName === 'Subscription') {
      add('SUBSCRIPTION', 'type Subscription', 'The gateway serves no subscriptions: a regional subgraph may not declare type Subscription.');
      continue;
    }

    if (typeName === 'Query' || typeName === 'Mutation') {
      checkDirectives(`type ${typeName}`, typeDirectives, []);
      for (const field of fields as FieldDefinitionNode[]) {
        const element = `${typeName}.${field.name.value}`;
        if (!ownField(field.name.value)) {
          add('FIELD_NOT_PREFIXED', element, `${element} must be named ${prefixes.field}… (e.g. ${prefixes.field}${capitalise(field.name.value)}): root fields of a regional subgraph carry its name.`);
        }
        if (field.type.kind === Kind.NON_NULL_TYPE) {
          add('FIELD_NOT_NULLABLE', element, `${element} must be nullable (${typeString(field.type).replace(/!$/, '')}), so that a query asking for it and for national data still gets the national data when this subgraph is down.`);
        }
        checkDirectives(element, field.directives, ['deprecated', 'tag']);
      }
      continue;
    }

    if (ownType(typeName)) {
      checkDirectives(`type ${typeName}`, typeDirectives, ['key', 'shareable', 'tag', 'deprecated', 'specifiedBy']);
      for (const field of fields) checkDirectives(`${typeName}.${field.name.value}`, field.directives, ['external', 'requires', 'shareable', 'tag', 'deprecated']);
      for (const implemented of interfaces) {
        if (!ownType(implemented)) {
          add('FOREIGN_INTERFACE', `${typeName} implements ${implemented}`, `${typeName} may only implement interfaces of this subgraph (${prefixes.type}…), not ${implemented}: it would add a type to a national interface.`);
        }
      }
      continue;
    }

    const reference = national.get(typeName);
    if (!reference) {
      add('TYPE_NOT_PREFIXED', `type ${typeName}`, `The type ${typeName} must be named ${prefixes.type}… (e.g. ${prefixes.type}${typeName}): a regional subgraph may only add types named after itself, and restate national types.`);
      continue;
    }
    if (reference.kind !== kind) {
      add('NATIONAL_TYPE_CHANGED', `type ${typeName}`, `${typeName} is a national ${reference.kind}, declared here as ${kind === 'input' ? 'an input' : `a ${kind}`}.`);
      continue;
    }
    if (interfaces.length) {
      add('NATIONAL_TYPE_CHANGED', `type ${typeName}`, `${typeName} is a national type: a regional subgraph may not make it implement ${interfaces.join(', ')}.`);
    }

    const isEntity = kind === 'object' && reference.keys.size > 0;
    if (isEntity) {
      // A shared entity: reference it by one of its national keys, add prefixed nullable fields.
      const keyFields = new Set<string>();
      for (const directive of typeDirectives) {
        const directiveNameValue = directiveName(directive);
        if (directiveNameValue !== 'key') {
          checkDirectives(`type ${typeName}`, [directive], ['key']);
          continue;
        }
        const fieldSet = normaliseFieldSet(stringArgument(directive, 'fields') ?? '');
        if (!reference.keys.has(fieldSet)) {
          add('ENTITY_KEY', `${typeName} @key(fields: "${fieldSet}")`, `${typeName} must be referenced by one of its national keys (${[...reference.keys].map((k) => `"${k}"`).join(' or ')}), not "${fieldSet}".`);
        }
        for (const keyField of fieldSet.split(' ')) keyFields.add(keyField);
      }
      for (const field of fields as FieldDefinitionNode[]) {
        const element = `${typeName}.${field.name.value}`;
        const nationalField = reference.fields.get(field.name.value);
        if (nationalField) {
          const external = (field.directives ?? []).some((d) => directiveName(d) === 'external');
          if (!keyFields.has(field.name.value) && !external) {
            add('NATIONAL_FIELD_REDEFINED', element, `${element} is a national field: a regional subgraph may restate it only as a key field or with @external (to @require it), never serve it.`);
          }
          if (typeString(field.type) !== nationalField.type) {
            add('NATIONAL_FIELD_REDEFINED', element, `${element} is ${nationalField.type} in the national graph, declared here as ${typeString(field.type)}.`);
          }
          checkDirectives(element, field.directives, ['external']);
          continue;
        }
        if (!ownField(field.name.value)) {
          add('FIELD_NOT_PREFIXED', element, `${element} must be named ${prefixes.field}… (e.g. ${prefixes.field}${capitalise(field.name.value)}): fields a regional subgraph adds to ${typeName} carry its name.`);
        }
        if (field.type.kind === Kind.NON_NULL_TYPE) {
          add('FIELD_NOT_NULLABLE', element, `${element} must be nullable (${typeString(field.type).replace(/!$/, '')}): when this subgraph is down, ${typeName} must still answer with its national fields.`);
        }
        checkDirectives(element, field.directives, ['requires', 'deprecated', 'tag']);
      }
      continue;
    }

    // A national value type, enum, input, union or scalar: restated as it is, never changed.
    checkDirectives(`type ${typeName}`, typeDirectives, kind === 'object' ? ['shareable'] : []);
    if (kind === 'enum' || kind === 'union') {
      const mine = new Set(values);
      const added = [...mine].filter((v) => !reference.values.has(v));
      const missing = [...reference.values].filter((v) => !mine.has(v));
      if (added.length || missing.length) {
        add('NATIONAL_TYPE_CHANGED', `${kind} ${typeName}`, `${typeName} is a national ${kind}: restate it exactly (${[...reference.values].join(', ')})${added.length ? `; adds ${added.join(', ')}` : ''}${missing.length ? `; lacks ${missing.join(', ')}` : ''}.`);
      }
      continue;
    }
    const mine = new Map(fields.map((f) => [f.name.value, f]));
    for (const field of fields) {
      const element = `${typeName}.${field.name.value}`;
      const nationalField = reference.fields.get(field.name.value);
      if (!nationalField) {
        add('NATIONAL_TYPE_CHANGED', element, `${typeName} is a national ${kind === 'input' ? 'input' : 'type'}: a regional subgraph may not add ${element} to it (add a ${prefixes.type}… type of its own instead).`);
        continue;
      }
      const type = typeString(field.type);
      const args = 'arguments' in field ? argsString(field.arguments) : '';
      if (type !== nationalField.type || args !== nationalField.args) {
        add('NATIONAL_TYPE_CHANGED', element, `${element} is ${nationalField.type}${nationalField.args ? ` with (${nationalField.args})` : ''} in the national graph, declared here as ${type}${args ? ` with (${args})` : ''}.`);
      }
      checkDirectives(element, field.directives, kind === 'object' ? ['shareable'] : []);
    }
    if (kind === 'input') {
      const missing = [...reference.fields.keys()].filter((f) => !mine.has(f));
      if (missing.length) {
        add('NATIONAL_TYPE_CHANGED', `input ${typeName}`, `${typeName} is a national input: restate all its fields (lacks ${missing.join(', ')}), or the graph would stop accepting them.`);
      }
    }
  }
  return violations;
}

function capitalise(name: string): string {
  return name[0].toUpperCase() + name.slice(1);
}
