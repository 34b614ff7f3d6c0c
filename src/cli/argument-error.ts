/** A command-line mistake: not the configuration's fault, and said so (exit 3, the flag named). */
export class ArgumentError extends Error {
  constructor(
    readonly flag: string,
    readonly problem: string,
  ) {
    super(`${flag}: ${problem}`);
    this.name = 'ArgumentError';
  }
}
