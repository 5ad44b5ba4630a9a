/** HTML → Doc (cheerio). Stub: implemented by the readers work. */
import type { Doc } from "../model/document.js";
export function readHtmlString(html: string): Doc {
  void html;
  throw new Error("readHtmlString: not implemented yet");
}
