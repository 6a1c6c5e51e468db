// Microsoft's rule-specific advice (src/diagnosis/advice/microsoft.ts) in one language: the rule
// id to the fix for the person who sent and for an admin. Links stay Microsoft's (the engine's):
// learn.microsoft.com serves its pages in the reader's language by itself.

export interface RuleAdviceText {
  readonly user: string;
  readonly admin: string;
}

export type RuleAdviceCatalog = Readonly<Record<string, RuleAdviceText>>;
