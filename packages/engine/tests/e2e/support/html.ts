/**
 * Built HTML read without a browser, for specs that check every page's
 * structure: htmlparser2 (the parser the build already uses) with CSS
 * selectors from css-select, behind the few calls the specs need.
 */
import { is, selectAll, selectOne } from 'css-select';
import { isTag, isText, type AnyNode, type Element } from 'domhandler';
import { getAttributeValue, hasAttrib, textContent } from 'domutils';
import { parseDocument } from 'htmlparser2';

export interface HtmlElement {
  /** Lower-case tag name, e.g. "img". */
  tag: string;
  attr(name: string): string | undefined;
  has(name: string): boolean;
  /** All text inside, children's included. */
  text: string;
  /** The element's own text nodes only, joined by spaces. */
  ownText: string;
  parent: HtmlElement | undefined;
  /** This element or its nearest ancestor matching the selector. */
  closest(selector: string): HtmlElement | undefined;
  all(selector: string): HtmlElement[];
  one(selector: string): HtmlElement | undefined;
}

function wrap(element: Element): HtmlElement {
  return {
    tag: element.name.toLowerCase(),
    attr: (name) => getAttributeValue(element, name),
    has: (name) => hasAttrib(element, name),
    get text() {
      return textContent(element);
    },
    get ownText() {
      return element.children
        .filter(isText)
        .map((node) => node.data)
        .join(' ');
    },
    get parent() {
      return element.parent && isTag(element.parent) ? wrap(element.parent) : undefined;
    },
    closest: (selector) => {
      for (let node: Element | null = element; node; node = node.parent && isTag(node.parent) ? node.parent : null) {
        if (is(node, selector)) return wrap(node);
      }
      return undefined;
    },
    all: (selector) => selectAll(selector, element).map(wrap),
    one: (selector) => {
      const found = selectOne(selector, element);
      return found ? wrap(found) : undefined;
    },
  };
}

/** A document's root: query it like an element. */
export function parseHtml(html: string): Pick<HtmlElement, 'all' | 'one'> {
  const document = parseDocument(html);
  return {
    all: (selector) => selectAll<AnyNode, Element>(selector, document).map(wrap),
    one: (selector) => {
      const found = selectOne<AnyNode, Element>(selector, document);
      return found ? wrap(found) : undefined;
    },
  };
}
