/**
 * src/output/review-html/assets.ts from client/review.{js,css} (and client/index.js for the batch index page):
 * the browser code of the HTML review, kept as ordinary files and inlined as strings so the compiled package needs
 * no file copying. Run `npm run assets` after editing them; a test keeps assets.ts current.
 */
import { writeFileSync } from "node:fs";
import { renderReviewAssets } from "../src/output/review-html/assets-source.js";

writeFileSync(new URL("../src/output/review-html/assets.ts", import.meta.url), renderReviewAssets());
