import { cpSync, existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { regionalPrefixes } from '../../gateway/src/registry/naming';

export const TEMPLATE_NAME = 'regional-template';

/** Every spelling of a regional subgraph's name that its files use. */
export function spellings(name: string): Record<'kebab' | 'snake' | 'upperSnake' | 'pascal' | 'camel', string> {
  const { type, field } = regionalPrefixes(name);
  const snake = name.replace(/-/g, '_');
  return { kebab: name, snake, upperSnake: snake.toUpperCase(), pascal: type, camel: field };
}

/** Renames the template's names in a text (SDL, TypeScript, SQL, Markdown) after the naming rule. */
export function renameRegional(text: string, to: string, from = TEMPLATE_NAME): string {
  const a = spellings(from);
  const b = spellings(to);
  return text
    .replaceAll(a.pascal, b.pascal)
    .replaceAll(a.camel, b.camel)
    .replaceAll(a.upperSnake, b.upperSnake)
    .replaceAll(a.snake, b.snake)
    .replaceAll(a.kebab, b.kebab);
}

/** Copies the template folder to `target`, renaming file names and contents; returns the files written. */
export function copyTemplate(templateDir: string, target: string, name: string): string[] {
  if (existsSync(target)) throw new Error(`${target} already exists: choose another name or remove it first.`);
  cpSync(templateDir, target, { recursive: true, filter: (source) => !source.split(path.sep).includes('__generated__') });
  const written: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      const file = path.join(dir, entry);
      if (statSync(file).isDirectory()) {
        walk(file);
        continue;
      }
      writeFileSync(file, renameRegional(readFileSync(file, 'utf8'), name));
      const renamed = path.join(dir, renameRegional(entry, name));
      if (renamed !== file) renameSync(file, renamed);
      written.push(renamed);
    }
  };
  walk(target);
  return written.sort();
}
