/**
 * Mermaid syntax, judged without a browser, for the content check: Mermaid's own parser runs in
 * Node (the build draws diagrams in Chromium; parsing needs no layout). Mermaid calls DOMPurify
 * on labels while it parses, and DOMPurify does nothing without a DOM, so this module gives it a
 * pass-through stand-in: safe here, because nothing parsed is ever drawn or shown from this
 * process. A diagram whose parser still needs the browser is reported as not judged, with
 * Mermaid's reason; the build then judges it when it draws it.
 */
import { forRendering, sourceLineOf } from './source.ts';

/** What the parser said about one diagram. */
export type SyntaxVerdict =
  | { kind: 'ok'; type: string }
  | {
      kind: 'error';
      message: string;
      /** 1-based line within the diagram, when Mermaid says. */ line?: number;
    }
  | { kind: 'unjudged'; reason: string };

interface MermaidParser {
  parse(text: string): Promise<{ diagramType: string }>;
  initialize(config: object): void;
}

let mermaid: Promise<MermaidParser> | undefined;

async function loadParser(): Promise<MermaidParser> {
  const { default: purify } = (await import('dompurify')) as unknown as {
    default: Record<string, unknown>;
  };
  if (typeof purify['addHook'] !== 'function') {
    Object.assign(purify, {
      addHook() {},
      removeHook() {},
      removeHooks() {},
      sanitize: (value: unknown) => String(value),
    });
  }
  const { default: parser } = (await import('mermaid')) as unknown as { default: MermaidParser };
  parser.initialize({ startOnLoad: false, securityLevel: 'strict' });
  return parser;
}

/** Whether an error is Mermaid saying the text is wrong (rather than that it cannot run here). */
function isSyntaxError(error: unknown): boolean {
  const message = String((error as { message?: unknown })?.message ?? error);
  return (
    (typeof error === 'object' && error !== null && 'hash' in error) ||
    /^(Parse error|Lexical error|No diagram type detected|Parsing failed)/i.test(message) ||
    /\bparse error\b/i.test(message)
  );
}

/**
 * Judge each diagram's syntax, in order. `source` is the fence's text as written (accessibility
 * lines included); the parser sees what the build draws.
 */
export async function judgeDiagramSyntax(sources: readonly string[]): Promise<SyntaxVerdict[]> {
  if (sources.length === 0) return [];
  mermaid ??= loadParser();
  let parser: MermaidParser;
  try {
    parser = await mermaid;
  } catch (error) {
    const reason = `Mermaid's parser could not be loaded (${(error as Error).message})`;
    return sources.map(() => ({ kind: 'unjudged', reason }));
  }
  const verdicts: SyntaxVerdict[] = [];
  for (const source of sources) {
    try {
      const { diagramType } = await parser.parse(forRendering(source));
      verdicts.push({ kind: 'ok', type: diagramType });
    } catch (error) {
      const message = String((error as Error)?.message ?? error).trim();
      if (!isSyntaxError(error)) {
        verdicts.push({ kind: 'unjudged', reason: message.split('\n')[0] ?? message });
        continue;
      }
      const at = /on line (\d+)/.exec(message);
      verdicts.push(
        at
          ? { kind: 'error', message, line: sourceLineOf(source, Number(at[1])) }
          : { kind: 'error', message },
      );
    }
  }
  return verdicts;
}
