// Plain JSON <-> DynamoDB JSON. Plain JSON has no sets or binary: they come out as arrays and base64 strings, and
// go back as lists and strings, so items holding them are best edited as DynamoDB JSON.

export function unmarshall(value) {
  const [type, inner] = Object.entries(value)[0];
  switch (type) {
    case 'S': case 'B': return inner;
    case 'N': return Number(inner);
    case 'BOOL': return inner;
    case 'NULL': return null;
    case 'SS': case 'BS': return [...inner];
    case 'NS': return inner.map(Number);
    case 'L': return inner.map(unmarshall);
    case 'M': return unmarshallItem(inner);
    default: throw new Error(`Unknown attribute type ${type}`);
  }
}

export function unmarshallItem(item) {
  return Object.fromEntries(Object.entries(item).map(([name, value]) => [name, unmarshall(value)]));
}

export function marshall(value) {
  if (value === null) return { NULL: true };
  if (typeof value === 'string') return { S: value };
  if (typeof value === 'number') return { N: String(value) };
  if (typeof value === 'boolean') return { BOOL: value };
  if (Array.isArray(value)) return { L: value.map(marshall) };
  if (typeof value === 'object') return { M: marshallItem(value) };
  throw new Error(`Cannot store ${typeof value}`);
}

export function marshallItem(object) {
  return Object.fromEntries(Object.entries(object).map(([name, value]) => [name, marshall(value)]));
}

/** A short text for one attribute value in a table cell. */
export function cell(value) {
  if (value === undefined) return '';
  const plain = unmarshall(value);
  return typeof plain === 'object' && plain !== null ? JSON.stringify(plain) : String(plain);
}
