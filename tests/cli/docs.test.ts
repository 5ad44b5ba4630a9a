/** README, docs/database.md and `--help` agree with the program: commands, options, exit codes, severities, error codes. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { commands } from "../../src/cli/commands/index.js";
import { commandHelp, EXIT_CODES_HELP } from "../../src/cli/command.js";
import { READ_ERROR_CODES } from "../../src/cli/errors.js";
import { Severity } from "../../src/model/finding.js";

const readme = readFileSync("README.md", "utf8");
const cliSection = readme.slice(readme.indexOf("## CLI"), readme.indexOf("## Library API"));
const database = readFileSync("docs/database.md", "utf8");
const pkg = JSON.parse(readFileSync("package.json", "utf8")) as { files: string[] };

describe("documentation agrees with the program", () => {
  it.each(commands.map((c) => c.name))("README's CLI section shows `juesuan %s` with every option it takes", (name) => {
    const cmd = commands.find((c) => c.name === name)!;
    expect(cliSection).toContain(`juesuan ${name}`);
    for (const opt of Object.keys(cmd.options)) expect(cliSection, `--${opt}`).toMatch(new RegExp(`--${opt}\\b`));
  });
  it.each(commands.map((c) => c.name))("`juesuan %s --help` lists every option", (name) => {
    const cmd = commands.find((c) => c.name === name)!;
    const help = commandHelp(cmd);
    for (const [opt, o] of Object.entries(cmd.options)) {
      expect(help).toContain(`--${opt}`);
      expect(o.help, `${name} --${opt} has no help text`).toBeTruthy();
    }
  });
  it("every option the README shows for a command exists", () => {
    for (const line of cliSection.split("\n").filter((l) => l.startsWith("juesuan "))) {
      const name = line.split(/\s+/)[1]!;
      const cmd = commands.find((c) => c.name === name);
      expect(cmd, line).toBeDefined();
      for (const m of line.matchAll(/--([a-z][a-z-]*)/g)) expect(Object.keys(cmd!.options), `${name} --${m[1]}`).toContain(m[1]);
    }
  });
  it("exit codes: README and --help name layout's 1 and batch's 130", () => {
    expect(cliSection).toMatch(/`1`[^]*\(`layout`\)/);
    expect(cliSection).toMatch(/`130` batch interrupted/);
    expect(EXIT_CODES_HELP).toMatch(/layout/);
    expect(EXIT_CODES_HELP).toMatch(/130/);
  });
  it("every severity is documented in the README", () => {
    for (const s of Severity.options) expect(readme).toContain(`\`${s}\``);
  });
  it("every read error code is in the README and docs/database.md", () => {
    for (const code of READ_ERROR_CODES.filter((c) => !["timeout", "worker-crashed", "internal", "db"].includes(c))) expect(cliSection, code).toContain(`\`${code}\``);
    for (const code of READ_ERROR_CODES) expect(database, code).toContain(`\`${code}\``);
  });
  it("docs/ ships with the package, so findings' rule links (docs/rules.md#id) resolve", () => {
    expect(pkg.files).toContain("docs");
  });
});
