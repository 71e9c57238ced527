/** Where a command writes: standard output and error in the CLI, arrays in tests. */
export interface Io {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
}
