// A document just large enough for the page's builder (src/ui/dom.ts `h`) in the unit tests, which
// run in Node without one: elements with attributes and children, and text nodes. What was built
// reads back as markup (`Rung 2: <span lang="fr">Patrouilles</span>`), to compare whole.
import type { Child } from '../../src/ui/dom';

class FakeNode {}

class FakeText extends FakeNode {
  constructor(readonly data: string) {
    super();
  }
}

class FakeElement extends FakeNode {
  readonly attributes = new Map<string, string>();
  readonly childNodes: FakeNode[] = [];
  constructor(readonly tagName: string) {
    super();
  }
  setAttribute(name: string, value: string): void {
    this.attributes.set(name, value);
  }
  appendChild<T extends FakeNode>(child: T): T {
    this.childNodes.push(child);
    return child;
  }
}

const globals = globalThis as { document?: unknown; Node?: unknown };

/** Puts the fake `document` and `Node` in place; returns what takes them away again. */
export function useFakeDocument(): () => void {
  const before = { document: globals.document, Node: globals.Node };
  globals.Node = FakeNode;
  globals.document = { createElement: (tag: string) => new FakeElement(tag), createTextNode: (data: string) => new FakeText(data) };
  return () => Object.assign(globals, before);
}

/** What the builder made, as markup: text as it is, elements with their attributes. */
export function markup(child: Child | FakeNode): string {
  if (child === null || child === undefined || child === false) return '';
  if (Array.isArray(child)) return (child as readonly Child[]).map(markup).join('');
  if (child instanceof FakeText) return child.data;
  if (child instanceof FakeElement) {
    const attrs = [...child.attributes].map(([name, value]) => ` ${name}="${value}"`).join('');
    return `<${child.tagName}${attrs}>${child.childNodes.map(markup).join('')}</${child.tagName}>`;
  }
  return String(child);
}
