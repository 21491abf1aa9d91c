// Reads a few top-level text fields (id, title, summary) of a YAML or JSON scenario without
// parsing or validating the whole file, so the start screen can list the shipped scenarios at no
// cost. The chosen scenario is loaded and validated in full by the scenario loader.

export interface ScenarioHeader {
  id?: string;
  title?: string;
  summary?: string;
}

const WANTED = ['id', 'title', 'summary'] as const;
type Wanted = (typeof WANTED)[number];

export function readHeader(text: string): ScenarioHeader {
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) {
    try {
      const data = JSON.parse(trimmed) as Record<string, unknown>;
      const out: ScenarioHeader = {};
      for (const k of WANTED) if (typeof data[k] === 'string') out[k] = data[k] as string;
      return out;
    } catch {
      return {};
    }
  }
  return readYamlHeader(text);
}

const TOP_KEY = /^([A-Za-z_][A-Za-z0-9_-]*)\s*:(?:\s+(.*))?$/;

function readYamlHeader(text: string): ScenarioHeader {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const out: ScenarioHeader = {};
  for (let i = 0; i < lines.length; i++) {
    const m = TOP_KEY.exec(lines[i]!);
    if (!m || !(WANTED as readonly string[]).includes(m[1]!)) continue;
    // The value's continuation: following lines that are indented or blank.
    const rest: string[] = [];
    let j = i + 1;
    while (j < lines.length && (lines[j]!.trim() === '' || /^\s/.test(lines[j]!))) rest.push(lines[j++]!);
    while (rest.length > 0 && rest[rest.length - 1]!.trim() === '') rest.pop();
    const value = scalar((m[2] ?? '').trim(), rest);
    if (value !== undefined && value !== '') out[m[1] as Wanted] = value;
    i = j - 1;
  }
  return out;
}

function stripComment(s: string): string {
  const at = s.search(/\s#/);
  return (at >= 0 ? s.slice(0, at) : s).trim();
}

function fold(lines: string[]): string {
  // Plain and quoted multi-line scalars: lines join with a space, a blank line is a newline.
  let out = '';
  let blank = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      out += '\n';
      blank = true;
      continue;
    }
    out += out === '' || blank ? line : ` ${line}`;
    blank = false;
  }
  return out;
}

function scalar(first: string, rest: string[]): string | undefined {
  if (first.startsWith('|') || first.startsWith('>')) return blockScalar(first, rest);
  if (first.startsWith('"') || first.startsWith("'")) {
    const q = first[0]!;
    const joined = fold([first.slice(1), ...rest]);
    const end = q === '"' ? findDoubleQuoteEnd(joined) : findSingleQuoteEnd(joined);
    if (end < 0) return undefined;
    const body = joined.slice(0, end);
    if (q === "'") return body.replace(/''/g, "'");
    try {
      return JSON.parse(`"${body.replace(/\n/g, '\\n').replace(/\t/g, '\\t')}"`) as string;
    } catch {
      return body;
    }
  }
  if (first === '' && rest.length > 0 && /^\s*-/.test(rest[0]!)) return undefined; // a list, not text
  return fold([stripComment(first), ...rest.map(stripComment)]);
}

function findDoubleQuoteEnd(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '"') return i;
  }
  return -1;
}

function findSingleQuoteEnd(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === "'") {
      if (s[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function blockScalar(indicator: string, rest: string[]): string {
  const literal = indicator.startsWith('|');
  const keep = indicator.includes('+');
  const strip = indicator.includes('-');
  const indents = rest.filter((l) => l.trim() !== '').map((l) => /^\s*/.exec(l)![0].length);
  const indent = indents.length > 0 ? Math.min(...indents) : 0;
  const lines = rest.map((l) => l.slice(indent));
  let out: string;
  if (literal) out = lines.join('\n');
  else {
    out = '';
    let previousBlank = true;
    for (const line of lines) {
      if (line.trim() === '') {
        out += '\n';
        previousBlank = true;
      } else {
        out += previousBlank ? line : ` ${line}`;
        previousBlank = false;
      }
    }
  }
  if (strip) return out.replace(/\n+$/, '');
  return keep ? `${out}\n` : `${out.replace(/\n+$/, '')}\n`;
}
