import path from 'node:path';
import { readGlobalTags, type MetaFromTags } from '../../src/core/scenario';
import { parseTag, type ParsedTag, type TagPlace } from '../../src/core/tags';
import { CUSTOMER_STATE, DIMENSIONS } from '../../src/core/vocabulary';
import { readInkFile, type InkMessage, type InkMessageLocation } from './compile';

/**
 * Checks the scenario contract (scenarios/README.md) on the ink source itself, so every problem
 * names a file and line. ink's own syntax is left to the ink compiler.
 */

export interface ContractResult {
  problems: InkMessage[];
  meta: MetaFromTags | null;
  /** Every file the story is made of, the main file first. */
  files: string[];
  /** Where each option id is written, so later checks can point at a line. */
  optionLines: Map<string, InkMessageLocation>;
  /** The story's own exploration bound (`# explore: N`), and where it is written. */
  explore: { states: number; at: InkMessageLocation } | null;
}

interface SourceLine {
  file: string;
  line: number;
  code: string;
}

const DIMENSION_WORD = new RegExp(`\\b(${DIMENSIONS.join('|')})\\b`);
const DIMENSION_CHANGE = new RegExp(`^~\\s*(${DIMENSIONS.join('|')})\\s*([+-]=)\\s*(\\d+)\\s*$`);
const CHOICE = /^((?:[*+]\s*)+)(.*)$/;
const GATHER = /^((?:-(?!>)\s*)+)(.*)$/;
const KNOT = /^={2,}\s*(?:function\s+)?(\w+)/;
const STITCH = /^=\s*(\w+)/;
const INCLUDE = /^INCLUDE\s+(.+?)\s*$/;
const VAR = /^VAR\s+(\w+)\s*=\s*(.+?)\s*$/;

/** Strips comments, keeping line numbers. */
function readSource(file: string): SourceLine[] {
  const text = readInkFile(file).replace(/^\uFEFF/, '');
  let inBlock = false;
  return text.split(/\r?\n/).map((raw, i) => {
    let code = '';
    for (let c = 0; c < raw.length; c++) {
      if (inBlock) {
        if (raw.startsWith('*/', c)) {
          inBlock = false;
          c++;
        }
      } else if (raw.startsWith('/*', c)) {
        inBlock = true;
        c++;
      } else if (raw.startsWith('//', c) && raw[c - 1] !== ':') {
        break;
      } else {
        code += raw[c];
      }
    }
    return { file, line: i + 1, code: code.trim() };
  });
}

/** Splits a line at unescaped `#` into content and raw tags. */
function splitTags(code: string): { content: string; tags: { raw: string; at: number }[] } {
  const cuts: number[] = [];
  for (let i = 0; i < code.length; i++) if (code[i] === '#' && code[i - 1] !== '\\') cuts.push(i);
  if (cuts.length === 0) return { content: code, tags: [] };
  const tags = cuts.map((at, k) => ({ raw: code.slice(at + 1, cuts[k + 1] ?? code.length).trim(), at }));
  return { content: code.slice(0, cuts[0]).trim(), tags };
}

/** Every file a story is made of, the main file first; as far as they can be read, for watching them. */
export function collectFiles(mainFile: string): string[] {
  const dir = path.dirname(mainFile);
  const files: string[] = [];
  const visit = (file: string) => {
    if (files.includes(file)) return;
    files.push(file);
    let lines: SourceLine[];
    try {
      lines = readSource(file);
    } catch {
      // A file that is missing or not UTF-8 is the compiler's to report; it is still watched.
      return;
    }
    for (const { code } of lines) {
      const include = INCLUDE.exec(code);
      if (include) visit(path.resolve(dir, include[1]!));
    }
  };
  visit(mainFile);
  return files;
}

export function checkContract(mainFile: string): ContractResult {
  const problems: InkMessage[] = [];
  const problem = (at: SourceLine, message: string) => problems.push({ file: at.file, line: at.line, message });
  const files = collectFiles(mainFile);

  const globalTags: { raw: string; at: SourceLine }[] = [];
  const lineTags: { tag: ParsedTag; at: SourceLine }[] = [];
  const variables = new Map<string, { value: string; at: SourceLine }>();
  const optionIds = new Map<string, InkMessageLocation>();
  /** Where each decision id's choices are, by the choice group they sit in. */
  const decisionGroups = new Map<string, { group: string; at: SourceLine }>();

  for (const file of files) {
    const lines = readSource(file);
    let atTop = file === mainFile;
    let knotName = '';
    let scope = `${file}:`;
    let groupSerial = 0;
    const openGroups = new Map<number, string>();
    let underChoice = false;
    // Inside a multi-line { … } block, lines starting with "-" are its branches, not gathers.
    let braceDepth = 0;

    for (const at of lines) {
      const { code } = at;
      if (code === '') continue;
      const { content, tags } = splitTags(code);

      if (atTop && content === '' && tags.length > 0) {
        for (const t of tags) globalTags.push({ raw: t.raw, at });
        continue;
      }
      if (atTop && !(VAR.test(code) || INCLUDE.test(code) || /^(CONST|LIST)\b/.test(code))) atTop = false;

      const variable = VAR.exec(code);
      if (variable) {
        variables.set(variable[1]!, { value: variable[2]!, at });
        if (DIMENSION_WORD.test(variable[2]!)) problem(at, 'a VAR may not be computed from a score');
        continue;
      }

      const knot = KNOT.exec(code);
      const stitch = knot ? null : STITCH.exec(code);
      if (knot || stitch) {
        if (knot) knotName = knot[1]!;
        scope = knot ? `${file}:${knotName}` : `${file}:${knotName}.${stitch![1]}`;
        openGroups.clear();
        underChoice = false;
        continue;
      }

      const dimensionChange = DIMENSION_CHANGE.exec(code);
      if (dimensionChange) {
        if (!underChoice) problem(at, `change ${dimensionChange[1]} only in the lines right under a choice (the score belongs to that choice)`);
        continue;
      }
      const logic = content.startsWith('~') ? content : [...(content.match(/\{[^}]*/g) ?? []), /^-[^>].*:/.test(content) ? content : ''].join(' ');
      if (DIMENSION_WORD.test(logic)) {
        problem(at, `the story may only change scores with "~ ${DIMENSION_WORD.exec(logic)![1]} += N" or "-= N" right under a choice; branch on ${CUSTOMER_STATE.join(' or ')}, never on a score`);
      }

      const depthBefore = braceDepth;
      braceDepth = Math.max(0, braceDepth + (content.match(/(?<!\\)\{/g) ?? []).length - (content.match(/(?<!\\)\}/g) ?? []).length);
      const choice = CHOICE.exec(code);
      const gather = choice || depthBefore > 0 ? null : GATHER.exec(code);
      if (gather) {
        const depth = (gather[1]!.match(/-/g) ?? []).length;
        for (const d of [...openGroups.keys()]) if (d >= depth) openGroups.delete(d);
      }

      if (choice) {
        underChoice = true;
        const depth = (choice[1]!.match(/[*+]/g) ?? []).length;
        for (const d of [...openGroups.keys()]) if (d > depth) openGroups.delete(d);
        if (!openGroups.has(depth)) openGroups.set(depth, `${scope}#${groupSerial++}`);
        checkChoice(at, choice[2]!, openGroups.get(depth)!, knotName);
        continue;
      }
      underChoice = false;
      for (const t of tags) {
        const result = parseTag(t.raw, 'line' satisfies TagPlace);
        if (!result.ok) problem(at, result.error);
        else lineTags.push({ tag: result.tag, at });
      }
      const has = (key: string) => tags.some((t) => new RegExp(`^\\s*${key}\\s*:`).test(t.raw));
      if (has('expression') && !has('speaker') && !has('actor')) {
        problem(at, 'an "# expression:" needs a "# speaker:" or "# actor:" on the same line, to say whose face changes');
      }
      if (has('speaker') && has('actor')) problem(at, 'a line is either spoken ("# speaker:") or narrates what someone does ("# actor:"), not both');
    }
  }

  function checkChoice(at: SourceLine, body: string, group: string, knot: string) {
    const open = body.indexOf('[');
    const close = body.lastIndexOf(']');
    const isFallback = /^(\([^)]*\)\s*)?(\{[^}]*\}\s*)*->/.test(body);
    if (isFallback) return;
    if (open === -1 || close === -1) {
      problem(at, 'write the choice text inside [brackets] with its tags, e.g. "* [Ask what she needs #id: greet.ask #coach: …]"');
      return;
    }
    const late = splitTags(body.slice(close + 1)).tags;
    if (late.length > 0) {
      problem(at, `tag "#${late[0]!.raw}" is after the closing bracket, where ink gives it to the next line instead; move it inside the [brackets]`);
    }
    const parsed: ParsedTag[] = [];
    for (const t of splitTags(body.slice(open + 1, close)).tags) {
      const result = parseTag(t.raw, 'choice');
      if (result.ok) parsed.push(result.tag);
      else problem(at, result.error);
    }
    const id = parsed.find((t) => t.key === 'id');
    if (!parsed.some((t) => t.key === 'coach')) problem(at, 'this choice needs coaching: add "#coach: …" inside the [brackets]');
    if (!id) {
      problem(at, 'this choice needs a stable id: add "#id: decision.option" inside the [brackets]');
      return;
    }
    const { decision, option } = id.value;
    const earlier = optionIds.get(option);
    if (earlier) problem(at, `option id "${option}" is already used at ${path.basename(earlier.file)} line ${earlier.line}`);
    else optionIds.set(option, { file: at.file, line: at.line, ...(knot ? { knot } : {}) });
    const home = decisionGroups.get(decision);
    if (!home) decisionGroups.set(decision, { group, at });
    else if (home.group !== group) {
      problem(at, `decision id "${decision}" is already used by the choices at ${path.basename(home.at.file)} line ${home.at.line}; each decision needs its own id`);
    }
    // Choices offered together must share one decision id.
    for (const [other, where] of decisionGroups) {
      if (other !== decision && where.group === group) {
        problem(at, `this choice's decision "${decision}" differs from "${other}" of the choices beside it (line ${where.at.line})`);
      }
    }
  }

  const mainTop: SourceLine = globalTags[0]?.at ?? { file: mainFile, line: 1, code: '' };
  for (const name of [...DIMENSIONS, ...CUSTOMER_STATE]) {
    const declared = variables.get(name);
    if (!declared) problem(mainTop, `declare "VAR ${name} = ${DIMENSIONS.includes(name as never) ? 0 : 5}" (every scenario has the three scores and the customer's ${CUSTOMER_STATE.join(' and ')})`);
    else if (!/^-?\d+$/.test(declared.value)) problem(declared.at, `VAR ${name} must start as a whole number`);
    else if (DIMENSIONS.includes(name as never) && declared.value !== '0') problem(declared.at, `VAR ${name} must start at 0: scores count what the trainee's choices add`);
  }

  let meta: MetaFromTags | null = null;
  let explore: ContractResult['explore'] = null;
  let globalTagsRead = true;
  for (const { raw, at } of globalTags) {
    const result = parseTag(raw, 'global');
    if (!result.ok) {
      problem(at, result.error);
      globalTagsRead = false;
    } else if (result.tag.key === 'explore') {
      explore = { states: result.tag.value, at: { file: at.file, line: at.line } };
    }
  }
  // Only well-formed tags can be checked against each other (required tags, cast, endings).
  if (globalTagsRead) {
    const read = readGlobalTags(globalTags.map((g) => g.raw));
    if ('errors' in read) for (const message of read.errors) problem(mainTop, message);
    else meta = read.meta;
  }
  if (meta) {
    const endings = new Set(meta.endings.map((e) => e.id));
    for (const { tag, at } of lineTags) {
      if (tag.key === 'speaker' && tag.value !== 'you' && meta.cast[tag.value] === undefined) {
        problem(at, `speaker "${tag.value}" is not in the cast; add "# cast: ${tag.value} = Name" at the top, or use "you" for the trainee`);
      }
      if (tag.key === 'actor' && meta.cast[tag.value] === undefined) {
        problem(at, `actor "${tag.value}" is not in the cast; add "# cast: ${tag.value} = Name" at the top`);
      }
      if (tag.key === 'outcome' && !endings.has(tag.value)) problem(at, `outcome "${tag.value}" is not declared; add "# ending: ${tag.value} = Title" at the top`);
    }
  }
  return { problems, meta, files, optionLines: optionIds, explore };
}
