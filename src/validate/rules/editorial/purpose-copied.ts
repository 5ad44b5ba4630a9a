import { defineRule } from "../../rule.js";
import { place, textBlocks, where } from "./text.js";

/** "…（款）行政运行（项）" — the 项 an item paragraph speaks of (its name, with its 款 for uniqueness). */
const ITEM = /([^（(）)。；，,：:\s\d.、]{2,30})[（(]款[）)]\s*([^（(）)。；，,：:]{2,40}?)[（(]项[）)]/;
/** "主要用于：…。" — the purpose text, up to the end of its sentence. */
const PURPOSE = /主要用于[：:]?\s*([^。；;]{4,})/;

const norm = (s: string) => s.replace(/[\s\u3000，,、：:“”"]/g, "");

/**
 * An item's purpose text copied from the item above: two consecutive item paragraphs (§五(三) and the fund
 * sections) naming different 项 with the same "主要用于…". Items apart from each other may share a purpose
 * (两个科目都用于退休人员经费); only neighbours are compared. A warning: the purpose may really be the same.
 */
export default defineRule({
  id: "purpose-copied",
  meta: {
    description: "相邻两个项级科目的“主要用于”说明不应相同（照抄上一项）",
    defaultSeverity: "warning",
    messages: {
      ok: "{{count}} 个项级科目的用途说明未照抄上一项",
      copied: "{{items}}（{{where}}）的用途说明与上一项“{{prevItem}}”（{{prevWhere}}）完全相同，均为“{{purpose}}”",
    },
  },
  check(ctx) {
    interface Item { name: string; item: string; purpose: string; text: string; index: number; start: number; end: number; section: string }
    const runs: Item[][] = [];
    let run: Item[] = [];
    let count = 0;
    const close = () => {
      if (run.length > 1) runs.push(run);
      run = [];
    };
    for (const tb of textBlocks(ctx)) {
      if (tb.toc) continue;
      const it = ITEM.exec(tb.text);
      const pu = PURPOSE.exec(tb.text);
      const section = tb.kinds.join(">");
      if (!it || !pu) {
        // A title, or another section, between items starts another list.
        if (tb.block.type === "heading" || section !== run[0]?.section) close();
        continue;
      }
      count++;
      const cur: Item = { name: it[2], item: norm(`${it[1]}${it[2]}`), purpose: norm(pu[1]), text: pu[0], index: tb.index, start: pu.index, end: pu.index + pu[0].length, section };
      const last = run[run.length - 1];
      if (last && last.section === section && last.purpose === cur.purpose && last.item !== cur.item) run.push(cur);
      else {
        close();
        run = [cur];
      }
    }
    close();
    for (const r of runs) {
      const places = r.map((x) => place(ctx, x.index, x.start, x.end));
      ctx.report({
        outcome: "fail",
        messageId: "copied",
        data: { items: r.slice(1).map((x) => `“${x.name}”`).join("、"), where: places.slice(1).map(where).join("、"), purpose: r[0].text, prevItem: r[0].name, prevWhere: where(places[0]) },
        actual: r[0].text,
        places,
      });
    }
    if (count > 0 && runs.length === 0) ctx.report({ outcome: "pass", messageId: "ok", data: { count } });
  },
});
