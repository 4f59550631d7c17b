// Types for the plain-Node licence check (run before any TypeScript tooling is installed).
export function allowedExpression(expression: string): boolean;
export function exceptionFor(name: string, license: string): { name: string; license: string; why: string } | undefined;
