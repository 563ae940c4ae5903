import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Compiler } from 'inkjs/compiler/Compiler';
import { CompilerOptions } from 'inkjs/compiler/CompilerOptions';
import { PosixFileHandler } from 'inkjs/compiler/FileHandler/PosixFileHandler';

export interface InkMessageLocation {
  file: string;
  line: number;
  /** The knot the line is in, when known. */
  knot?: string;
}

export interface InkMessage extends InkMessageLocation {
  message: string;
}

export type CompileResult = { ok: true; json: string; warnings: InkMessage[] } | { ok: false; errors: InkMessage[]; warnings: InkMessage[] };

const MESSAGE = /^(ERROR|WARNING|TODO|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'(.+?)'\s*)?(?:line (\d+):\s*)?(.*)$/s;

/** Compiles an ink file, resolving INCLUDE relative to it as Inky does. */
export function compileInk(mainFile: string): CompileResult {
  const errors: InkMessage[] = [];
  const warnings: InkMessage[] = [];
  const dir = path.dirname(mainFile);
  const onMessage = (raw: string) => {
    const match = MESSAGE.exec(raw.trim());
    const kind = match?.[1] ?? 'ERROR';
    const file = match?.[2] ? path.resolve(dir, match[2]) : mainFile;
    const entry = { file, line: match?.[3] ? Number(match[3]) : 1, message: match?.[4]?.trim() ?? raw };
    (kind.includes('ERROR') ? errors : warnings).push(entry);
  };
  const options = new CompilerOptions(path.basename(mainFile), [], false, onMessage, new PosixFileHandler(dir + path.sep));
  const compiler = new Compiler(readFileSync(mainFile, 'utf8'), options);
  let json: string | undefined;
  try {
    json = compiler.Compile()?.ToJson() ?? undefined;
  } catch (error) {
    if (!(error instanceof Error && error.message === 'Compilation failed.')) throw error;
  }
  if (!json || errors.length > 0) {
    if (errors.length === 0) errors.push({ file: mainFile, line: 1, message: 'ink could not compile this story' });
    return { ok: false, errors, warnings };
  }
  return { ok: true, json, warnings };
}
