/**
 * Where JSON text first goes wrong, as an offset. The runtime's messages give the position for some mistakes
 * ("Expected ',' … at position 8") but not for others ("Unexpected token 'x', … is not valid JSON"); this small
 * recursive-descent checker finds it for every mistake, so that users are told the line and column.
 */
export function jsonErrorPosition(text: string): number | undefined {
  const checker = new Checker(text);
  try {
    checker.value();
    checker.blank();
    return checker.at < text.length ? checker.at : undefined;
  } catch (error) {
    if (error instanceof Failure) return Math.min(error.at, text.length);
    return undefined; // nesting too deep to check: no position rather than a wrong one
  }
}

class Failure {
  constructor(readonly at: number) {}
}

class Checker {
  at = 0;
  constructor(private readonly text: string) {}

  blank(): void {
    while (/[ \t\n\r]/.test(this.text[this.at] ?? '')) this.at++;
  }

  value(): void {
    this.blank();
    const c = this.text[this.at];
    if (c === '{') this.container('}', true);
    else if (c === '[') this.container(']', false);
    else if (c === '"') this.string();
    else if (c === '-' || (c !== undefined && c >= '0' && c <= '9'))
      this.match(/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y);
    else this.match(/true|false|null/y);
  }

  private container(close: string, isObject: boolean): void {
    this.at++;
    this.blank();
    if (this.text[this.at] === close) {
      this.at++;
      return;
    }
    for (;;) {
      if (isObject) {
        this.blank();
        if (this.text[this.at] !== '"') throw new Failure(this.at);
        this.string();
        this.blank();
        if (this.text[this.at] !== ':') throw new Failure(this.at);
        this.at++;
      }
      this.value();
      this.blank();
      const next = this.text[this.at];
      this.at++;
      if (next === close) return;
      if (next !== ',') throw new Failure(this.at - 1);
    }
  }

  /** A string, checked character by character: the failure is at the bad character, not at the opening quote. */
  private string(): void {
    let i = this.at + 1;
    for (;;) {
      const c = this.text[i];
      if (c === undefined || c < ' ') throw new Failure(i);
      if (c === '"') break;
      if (c !== '\\') i++;
      else if (this.text[i + 1] === 'u' && /^[\da-fA-F]{4}$/.test(this.text.slice(i + 2, i + 6))) i += 6;
      else if ('"\\/bfnrt'.includes(this.text[i + 1] ?? 'x')) i += 2;
      else throw new Failure(i);
    }
    this.at = i + 1;
  }

  private match(pattern: RegExp): void {
    pattern.lastIndex = this.at;
    const m = pattern.exec(this.text);
    if (!m) throw new Failure(this.at);
    this.at += m[0].length;
  }
}
