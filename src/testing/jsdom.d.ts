// The part of jsdom's API the tests use: jsdom ships no types of its own, and this is all mermaid.test.ts needs.
declare module 'jsdom' {
  export class JSDOM {
    constructor(html?: string, options?: { pretendToBeVisual?: boolean; url?: string });
    readonly window: { document: unknown } & Record<string, unknown>;
  }
}
