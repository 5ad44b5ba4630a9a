/**
 * Streaming well-formedness check of an XML part (saxes): linear, stops at the first error. Run on a .docx's XML
 * parts before mammoth, whose XML library is quadratic on truncated or damaged XML.
 *
 * With `recover`, it also remembers the text and the last point where an element closed at most `cutDepth` levels
 * deep (in word/document.xml, depth 2 is a paragraph or a whole table in the body), with the elements still open
 * there: `repaired()` then gives the sound prefix of a damaged part, closed properly, so the part of the document
 * before the damage can still be read, without a half table (whose sums would look wrong).
 */
import { SaxesParser } from "saxes";

export interface Repaired {
  xml: string;
  /** Share of the part's text that was kept (0–1). */
  kept: number;
}

export class XmlCheck {
  private readonly parser = new SaxesParser({ xmlns: false });
  private readonly decoder = new TextDecoder("utf-8");
  private readonly text: string[] = [];
  private textLength = 0;
  private readonly open: string[] = [];
  private lastGood: { pos: number; open: string[] } | undefined;
  /** Why the XML is not well-formed ("line:column: message"), once a write or close returned false. */
  error: string | undefined;

  constructor(
    private readonly recover = false,
    cutDepth = Infinity,
  ) {
    if (recover) {
      this.parser.on("opentag", (t) => {
        if (!t.isSelfClosing) this.open.push(t.name);
      });
      this.parser.on("closetag", (t) => {
        if (t.isSelfClosing) return;
        this.open.pop();
        if (this.open.length <= cutDepth) this.lastGood = { pos: this.parser.position, open: [...this.open] };
      });
    }
  }

  /** Feed the next bytes; false once the XML is known not to be well-formed. */
  write(chunk: Uint8Array): boolean {
    return this.feed(this.decoder.decode(chunk, { stream: true }));
  }

  /** End of input; false when the XML is not well-formed (e.g. truncated). */
  close(): boolean {
    const rest = this.decoder.decode();
    if (rest && !this.feed(rest)) return false;
    return this.run(() => this.parser.close());
  }

  /** The sound prefix, with the elements open at its end closed; undefined when nothing before the damage closed. */
  repaired(): Repaired | undefined {
    if (!this.recover || !this.lastGood || this.lastGood.open.length === 0) return undefined;
    const all = this.text.join("");
    let pos = this.lastGood.pos;
    if (all[pos - 1] !== ">") pos = all.lastIndexOf(">", pos) + 1;
    const closing = [...this.lastGood.open].reverse().map((n) => `</${n}>`).join("");
    return { xml: all.slice(0, pos) + closing, kept: all.length ? pos / all.length : 0 };
  }

  private feed(s: string): boolean {
    if (this.recover) {
      this.text.push(s);
      this.textLength += s.length;
    }
    return this.run(() => this.parser.write(s));
  }

  private run(f: () => unknown): boolean {
    if (this.error !== undefined) return false;
    try {
      f();
      return true;
    } catch (e) {
      this.error = (e as Error).message.split("\n")[0];
      return false;
    }
  }
}

/** Check a whole XML string at once. */
export function xmlError(xml: string | Uint8Array): string | undefined {
  const c = new XmlCheck();
  const ok = c.write(typeof xml === "string" ? new TextEncoder().encode(xml) : xml) && c.close();
  return ok ? undefined : c.error;
}
