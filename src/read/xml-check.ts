/**
 * Streaming well-formedness check of an XML part (saxes): linear, stops at the first error. Run on a .docx's XML
 * parts before mammoth, whose XML library is quadratic on truncated or damaged XML.
 */
import { SaxesParser } from "saxes";

export class XmlCheck {
  private readonly parser = new SaxesParser({ xmlns: false });
  private readonly decoder = new TextDecoder("utf-8");
  /** Why the XML is not well-formed ("line:column: message"), once a write or close returned false. */
  error: string | undefined;

  /** Feed the next bytes; false once the XML is known not to be well-formed. */
  write(chunk: Uint8Array): boolean {
    return this.run(() => this.parser.write(this.decoder.decode(chunk, { stream: true })));
  }

  /** End of input; false when the XML is not well-formed (e.g. truncated). */
  close(): boolean {
    return this.run(() => {
      const rest = this.decoder.decode();
      if (rest) this.parser.write(rest);
      this.parser.close();
    });
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
