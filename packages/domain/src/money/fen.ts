declare const fenBrand: unique symbol;

/**
 * An amount of money in fen (分), the smallest unit of the yuan: always a safe
 * integer, never a float. Negative amounts are allowed (margins, differences);
 * rules that need a non-negative price check it themselves.
 */
export type Fen = number & { readonly [fenBrand]: true };

export const ZERO_FEN = 0 as Fen;

export function isFen(value: unknown): value is Fen {
  return typeof value === 'number' && Number.isSafeInteger(value);
}

/** Brands a whole number of fen; throws RangeError for fractions, NaN, ±Infinity and unsafe integers. */
export function fen(value: number): Fen {
  if (!isFen(value)) throw new RangeError(`Not a whole number of fen: ${String(value)}`);
  // -0 would print as "-¥0.00" and fail deep equality against 0.
  return (value === 0 ? 0 : value) as Fen;
}

export function addFen(a: Fen, b: Fen): Fen {
  return checked(a + b, 'addFen');
}

export function subtractFen(a: Fen, b: Fen): Fen {
  return checked(a - b, 'subtractFen');
}

export function sumFen(amounts: readonly Fen[]): Fen {
  let total = 0;
  for (const amount of amounts) total = checked(total + amount, 'sumFen');
  return fen(total);
}

/** Amount × a whole quantity (3 locks at ¥15.00 each). */
export function multiplyFen(amount: Fen, quantity: number): Fen {
  if (!Number.isSafeInteger(quantity)) {
    throw new RangeError(`Quantity must be a whole number: ${String(quantity)}`);
  }
  return checked(amount * quantity, 'multiplyFen');
}

/** For results computed exactly in bigint; throws RangeError outside the safe integer range. */
export function fenFromBigInt(value: bigint): Fen {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new RangeError('Amount outside the safe integer range');
  }
  return fen(Number(value));
}

function checked(result: number, operation: string): Fen {
  // Float results beyond 2^53 are never safe integers, so this catches overflow too.
  if (!Number.isSafeInteger(result)) throw new RangeError(`${operation} overflowed the safe integer range`);
  return fen(result);
}
