// JSON cannot name a TypeScript enum member: "absolute" is the value of ThresholdsMode.Absolute,
// yet a string literal is not assignable to a string enum. JsonShaped<T> turns every string enum
// of the schema into the union of its values and keeps every other type, optional and required
// field as the schema declares it, so unknown fields and wrong values still fail.
export type JsonShaped<T> = T extends string
  ? `${T}`
  : T extends number | boolean | null | undefined
    ? T
    : T extends ReadonlyArray<infer U>
      ? Array<JsonShaped<U>>
      : T extends object
        ? { [K in keyof T]: JsonShaped<T[K]> }
        : T;
