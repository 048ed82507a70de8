import type { Command } from "commander";

/**
 * Commander speaks English ("error: missing required argument 'file'", "Usage:", "display help for
 * command"); a person at the terminal reads Spanish. This sets the help texts and translates its
 * refusals, for the program and every command added after it (Commander copies these settings).
 */
const MESSAGES: Array<[RegExp, (...groups: string[]) => string]> = [
  [/^error: missing required argument '(.+)'$/, (name) => `falta el argumento obligatorio «${name}»`],
  [/^error: option '(.+)' argument missing$/, (flags) => `a la opción ${flags} le falta su valor`],
  [/^error: required option '(.+)' not specified$/, (flags) => `falta la opción obligatoria ${flags}`],
  [/^error: unknown option '(.+)'$/, (flag) => `opción desconocida «${flag}»`],
  [/^error: unknown command '(.+)'$/, (name) => `orden desconocida «${name}»`],
  [
    /^error: too many arguments(?: for '(.+)')?\. Expected (\d+) arguments? but got (\d+)\.$/,
    (name, expected, got) => `demasiados argumentos${name ? ` para «${name}»` : ""}: se esperaban ${expected} y llegaron ${got}`,
  ],
  [
    /^error: option '(.+)' argument '(.+)' is invalid\. Allowed choices are (.+)\.$/,
    (flags, value, choices) => `la opción ${flags} no admite «${value}»; valores posibles: ${choices}`,
  ],
  [/^error: option '(.+)' argument '(.+)' is invalid\.?(.*)$/, (flags, value) => `la opción ${flags} no admite «${value}»`],
  [
    /^error: command-argument value '(.+)' is invalid for argument '(.+)'\.?(.*)$/,
    (value, name) => `el argumento «${name}» no admite «${value}»`,
  ],
  [/^error: (.+) cannot be used with (.+)$/, (a, b) => `${a} no se puede usar junto con ${b}`],
];

const SUGGESTION = /\n?\(Did you mean (?:one of )?(.+)\?\)$/;

/** Commander's English refusal, in Spanish; an unknown one keeps only what is not English prose. */
export function translateCommanderMessage(text: string): string {
  let message = text.trim();
  let suggestion = "";
  const similar = SUGGESTION.exec(message);
  if (similar) {
    suggestion = ` (¿quiso decir ${similar[1]}?)`;
    message = message.slice(0, similar.index).trim();
  }
  for (const [pattern, say] of MESSAGES) {
    const match = pattern.exec(message);
    if (match) return `${say(...match.slice(1))}${suggestion}`;
  }
  return "la orden no es válida; vea fideliza --help";
}

const TITLES: Record<string, string> = {
  "Usage:": "Uso:",
  "Options:": "Opciones:",
  "Commands:": "Órdenes:",
  "Arguments:": "Argumentos:",
  "Global Options:": "Opciones generales:",
};

export function speakSpanish(program: Command): void {
  program.helpOption("-h, --help", "muestra esta ayuda");
  program.helpCommand("help [orden]", "muestra la ayuda de una orden");
  program.configureHelp({
    styleTitle: (title) => TITLES[title] ?? title,
    optionDescription: (option) => {
      const extra: string[] = [];
      if (option.argChoices) extra.push(`valores: ${option.argChoices.join(", ")}`);
      if (option.defaultValue !== undefined && !option.negate) {
        extra.push(`por defecto: ${option.defaultValueDescription ?? String(option.defaultValue)}`);
      }
      if (option.envVar) extra.push(`variable de entorno: ${option.envVar}`);
      return extra.length ? `${option.description} (${extra.join("; ")})` : option.description;
    },
    argumentDescription: (argument) => {
      const extra: string[] = [];
      if (argument.argChoices) extra.push(`valores: ${argument.argChoices.join(", ")}`);
      if (argument.defaultValue !== undefined) {
        extra.push(`por defecto: ${argument.defaultValueDescription ?? String(argument.defaultValue)}`);
      }
      return extra.length ? `${argument.description} (${extra.join("; ")})` : argument.description;
    },
  });
  program.configureOutput({
    outputError: (text, write) => write(`${translateCommanderMessage(text)}\n`),
  });
}
