/**
 * What a value becomes once sent as JSON (Response.json, then response.json()): dates arrive as
 * ISO strings. For response types shared by a route handler and the component that reads them.
 */
export type Serialized<T> = T extends Date
  ? string
  : T extends (infer Item)[]
    ? Serialized<Item>[]
    : T extends object
      ? { [K in keyof T]: Serialized<T[K]> }
      : T;
