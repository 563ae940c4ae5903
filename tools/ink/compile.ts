import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler } from 'inkjs/compiler/Compiler';
import { CompilerOptions } from 'inkjs/compiler/CompilerOptions';
import type { IFileHandler } from 'inkjs/compiler/IFileHandler';

export interface InkMessageLocation {
  file: string;
  line: number;
  /** The knot the line is in, when known. */
  knot?: string;
}

export interface InkMessage extends InkMessageLocation {
  message: string;
}

export type CompileResult =
  | {
      ok: true;
      json: string;
      warnings: InkMessage[];
      /** Where a path into the compiled story ("knot.3", as a runtime error names it) is written in the source. */
      locate: (inkPath: string) => InkMessageLocation | null;
    }
  | { ok: false; errors: InkMessage[]; warnings: InkMessage[] };

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'(.+?)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

export const NOT_UTF8 = 'not UTF-8 text (save it as UTF-8 in your editor)';

export class InkEncodingError extends Error {
  override readonly name = 'InkEncodingError';
  constructor(readonly at: InkMessageLocation) {
    super(NOT_UTF8);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Reads an ink file as UTF-8, as Inky saves it (a byte-order mark is fine). Anything else —
 * Latin-1, UTF-16 — is refused at the first line that does not decode, rather than shipping
 * replacement characters or NUL bytes to a trainee.
 */
export function readInkFile(file: string): string {
  const bytes = readFileSync(file);
  let text: string | null;
  try {
    text = strictUtf8.decode(bytes);
  } catch {
    text = null;
  }
  // UTF-16 text of plain ASCII decodes as "UTF-8" with a NUL after every letter; no text file holds NUL.
  if (text !== null && !text.includes('\0')) return text;
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    const slice = bytes.subarray(start, end === -1 ? bytes.length : end);
    let bad = slice.includes(0);
    if (!bad) {
      try {
        strictUtf8.decode(slice);
      } catch {
        bad = true;
      }
    }
    if (bad || end === -1) throw new InkEncodingError({ file, line });
    start = end + 1;
  }
}

/** Compiles an ink file, resolving INCLUDE relative to it as Inky does. Files that are not UTF-8 are refused first. */
export function compileInk(mainFile: string): CompileResult {
  const errors: InkMessage[] = [];
  const encodingErrors: InkMessage[] = [];
  const warnings: InkMessage[] = [];
  const dir = path.dirname(mainFile);
  const onMessage = (raw: string) => {
    const match = MESSAGE.exec(raw.trim());
    const kind = match?.[1] ?? 'ERROR';
    const file = match?.[2] ? path.resolve(dir, match[2]) : mainFile;
    const entry = { file, line: match?.[3] ? Number(match[3]) : 1, message: match?.[4]?.trim() ?? raw };
    (kind.includes('ERROR') ? errors : warnings).push(entry);
  };
  const read = (file: string) => {
    try {
      return readInkFile(file);
    } catch (error) {
      if (!(error instanceof InkEncodingError)) throw error;
      encodingErrors.push({ ...error.at, message: error.message });
      return '';
    }
  };
  const files: IFileHandler = {
    ResolveInkFilename: (filename) => path.resolve(dir, filename),
    LoadInkFileContents: (filename) => read(filename),
  };
  const source = read(mainFile);
  if (encodingErrors.length > 0) return { ok: false, errors: encodingErrors, warnings };
  const options = new CompilerOptions(path.basename(mainFile), [], false, onMessage, files);
  const compiler = new Compiler(source, options);
  let story: ReturnType<Compiler['Compile']> | undefined;
  let json: string | undefined;
  try {
    story = compiler.Compile();
    json = story?.ToJson() ?? undefined;
  } catch (error) {
    if (!(error instanceof Error && error.message === 'Compilation failed.')) throw error;
  }
  // An included file that is not UTF-8 was compiled as empty: its own message comes first, not the errors that follow from it.
  if (encodingErrors.length > 0) return { ok: false, errors: encodingErrors, warnings };
  if (!story || !json || errors.length > 0) {
    if (errors.length === 0) errors.push({ file: mainFile, line: 1, message: 'ink could not compile this story' });
    return { ok: false, errors, warnings };
  }
  const root = story.mainContentContainer as unknown as InkNode;
  return {
    ok: true,
    json,
    warnings,
    locate: (inkPath) => {
      const at = locateInTree(root, inkPath);
      if (!at) return null;
      const file = at.fileName ? path.resolve(dir, at.fileName) : mainFile;
      return { file, line: at.line, ...(at.knot ? { knot: at.knot } : {}) };
    },
  };
}

/** The part of ink's compiled tree the locator reads: the compiler keeps each object's source line. */
interface InkNode {
  content?: InkNode[];
  namedContent?: Map<string, InkNode>;
  debugMetadata: { startLineNumber: number; fileName: string | null } | null;
}

function locateInTree(root: InkNode, inkPath: string): { fileName: string | null; line: number; knot: string | null } | null {
  let node: InkNode | undefined = root;
  let found: InkNode['debugMetadata'] = null;
  const parts = inkPath.split('.');
  for (const part of parts) {
    node = /^\d+$/.test(part) ? node?.content?.[Number(part)] : node?.namedContent?.get(part);
    if (!node) break;
    found = node.debugMetadata ?? found;
  }
  if (!found) return null;
  const knot = parts[0] && !/^\d+$/.test(parts[0]) ? parts[0] : null;
  return { fileName: found.fileName, line: found.startLineNumber, knot };
}
