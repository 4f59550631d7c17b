// How a person is named where two people may share a name (pickers, lists). Pure, shared by the UI and e2e tests.

/** "Dana Coach · coach@rehearse.local": names are not unique, addresses are. */
export function personLabel(person: { name: string; email: string }): string {
  return `${person.name} · ${person.email}`;
}

/** "1 candidate", "2 candidates". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
