import type { LocalizedText } from './library.js';

/**
 * An input or option the command cannot work with (exit code 2). Its text is shown to the user as
 * is, in their language, without a stack trace.
 */
export class CliError extends Error {
  override readonly name = 'CliError';
  readonly text: LocalizedText;

  constructor(text: LocalizedText) {
    super(text.en);
    this.text = text;
  }
}
